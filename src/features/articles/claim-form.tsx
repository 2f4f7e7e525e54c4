import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { INTERPRETATION_RULES } from '../../domain/interpretation-rules';
import { sourceKinds, type Article, type Claim, type Dataset, type SourceKind } from '../../domain/schema';
import { NEW_SOURCE, type FieldErrors } from './article-draft';
import { ChangedElsewhereNotice, ClaimConflict } from './claim-conflict';
import { buildClaim, NEW_MEASURE, sentenceAround, stepWord, withRule, type ClaimDraft, type ClaimField } from './claim-draft';
import { describedBy, ErrorSummary, Field, TextField } from '../../shared/ui/form-field';
import { randomId } from './record-ids';
import { useClaimSave, type ClaimBase } from './use-claim-save';

const LABELS: Record<ClaimField, string> = {
  form: 'Form',
  span: 'Quote',
  asWritten: 'Figure as written',
  low: 'Lowest value',
  high: 'Highest value',
  rule: 'Interpretation',
  per: 'Rate',
  claimantId: 'Claimant',
  claimantName: 'Name of the new claimant',
  claimantKind: 'Kind of claimant',
  claimantAlignment: 'Side',
  outletId: 'Outlet',
  via: 'Intermediaries',
  measureId: 'Measure',
  measureLabel: 'New measure: what is counted',
  measureUnit: 'New measure: unit',
  measureTotal: 'New measure: whole',
  periodFrom: 'Period from',
  periodTo: 'Period to',
  statedOn: 'Stated on',
  place: 'Place',
};

/** Where the user's chosen words go back into the form: the span of a new selection replaces the quote. */
export interface ClaimFormProps {
  workspaceId: string;
  article: Article;
  dataset: Dataset;
  text: string;
  initial: ClaimDraft;
  /** The stored claim the form opened with, and its revision: the save is refused if it has moved on. Null for a new claim. */
  base: ClaimBase;
  /** The claim's revision in the data shown now (null: no longer there), so a change elsewhere is announced at once. */
  currentRevision: number | null;
  /** The words currently selected in the article, offered as a new quote. */
  selection: [number, number] | null;
  onSaved: (claim: Claim, created: boolean) => void;
  onCancel: () => void;
  /** The user let the other tab's version stand; the message says what happened. */
  onDiscarded: (message: string) => void;
}

/** Creates or edits one claim; the quote is always the article's own words at the chosen offsets. */
export function ClaimForm(props: ClaimFormProps) {
  const { workspaceId, article, dataset, text, initial, base, currentRevision, selection, onSaved, onCancel, onDiscarded } = props;
  const id = useId();
  const f = (name: string) => `${id}-${name}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<ClaimField>>({});
  const [viaPick, setViaPick] = useState('');
  const set = <K extends keyof ClaimDraft>(key: K, value: ClaimDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const setSpan = ([start, end]: readonly [number, number]) => {
    setDraft((d) => ({ ...d, start, end }));
  };

  useEffect(() => {
    // Move focus to the form it opened, so keyboard and screen-reader users land on it.
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  const save = useClaimSave(workspaceId, (claim) => onSaved(claim, draft.id === null));

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const result = buildClaim(draft, { text, article, dataset, newClaimId: randomId('u') });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    save.save(result, base?.revision ?? null, base?.claim ?? null);
  };

  if (save.refused) {
    const { conflict, mine, basedOn } = save.refused;
    const names = {
      sources: new Map([...dataset.sources, ...mine.sources].map((s) => [s.id, s])),
      measures: new Map([...dataset.measures, ...mine.measures].map((m) => [m.id, m])),
    };
    return (
      <ClaimConflict
        conflict={conflict}
        mine={mine.claim}
        base={basedOn}
        names={names}
        busy={save.isPending}
        onSave={(claim, revision, stored) => save.save({ ...mine, claim }, revision, stored)}
        onDiscard={onDiscarded}
      />
    );
  }

  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const sources = [...dataset.sources].sort(byName);
  const outlets = sources.filter((s) => s.kind === 'outlet');
  const measures = [...dataset.measures].sort((a, b) => a.label.localeCompare(b.label));
  const nameOf = (sourceId: string) => dataset.sources.find((s) => s.id === sourceId)?.name ?? sourceId;
  const span: [number, number] = [draft.start, draft.end];
  const quote = text.slice(draft.start, draft.end);
  const ruleSet = draft.rule !== '';

  return (
    <form className="record-form claim-form" noValidate onSubmit={submit} aria-labelledby={f('heading')}>
      <h2 id={f('heading')} ref={headingRef} tabIndex={-1}>
        {draft.id === null ? 'New claim' : 'Edit the claim'}
      </h2>
      <ChangedElsewhereNotice
        change={base === null || currentRevision === base.revision ? null : currentRevision === null ? 'deleted' : 'changed'}
      />
      <ErrorSummary errors={errors} labels={LABELS} />

      <fieldset>
        <legend>Quote</legend>
        <blockquote className="quote claim-quote" id={f('quote')}>
          “{quote}”
        </blockquote>
        <p className="hint">
          Characters {draft.start.toLocaleString('en-GB')} to {draft.end.toLocaleString('en-GB')} of the text. Keep the quote short, but
          with the figure and what it counts.
        </p>
        {errors.span && <p className="field-error">{errors.span}</p>}
        <div className="button-row" role="group" aria-label="Change the quote">
          <button type="button" className="secondary" onClick={() => setSpan(stepWord(text, span, 'start', -1))}>
            Start a word earlier
          </button>
          <button type="button" className="secondary" onClick={() => setSpan(stepWord(text, span, 'start', 1))}>
            Start a word later
          </button>
          <button type="button" className="secondary" onClick={() => setSpan(stepWord(text, span, 'end', -1))}>
            End a word earlier
          </button>
          <button type="button" className="secondary" onClick={() => setSpan(stepWord(text, span, 'end', 1))}>
            End a word later
          </button>
          <button type="button" className="secondary" onClick={() => setSpan(sentenceAround(text, draft.start, draft.end))}>
            Whole sentence
          </button>
          {selection && (selection[0] !== draft.start || selection[1] !== draft.end) && (
            <button type="button" className="secondary" onClick={() => setSpan(selection)}>
              Quote the selected words
            </button>
          )}
        </div>
      </fieldset>

      <fieldset>
        <legend>Figure</legend>
        <TextField
          id={f('as-written')}
          label="Figure as written"
          hint="The figure’s words: “more than 900”, “20 to 25”."
          error={errors.asWritten}
          value={draft.asWritten}
          onChange={(v) => set('asWritten', v)}
        />
        <Field id={f('rule')} label="Interpretation" hint="For vague words only: the rule sets the values." error={errors.rule}>
          <select
            value={draft.rule}
            onChange={(e) => setDraft((d) => withRule(d, e.target.value))}
            {...describedBy(f('rule'), errors.rule, true)}
          >
            <option value="">None: read as written</option>
            {INTERPRETATION_RULES.map((rule) => (
              <option key={rule.id} value={rule.id}>
                {rule.words.join(', ')} ({rule.reading.replace('{word}', rule.words[0] ?? rule.id)})
              </option>
            ))}
          </select>
        </Field>
        <div className="bounds">
          <Field id={f('low')} label="Lowest value" hint="Blank: none (“up to 300”)." error={errors.low}>
            <input
              type="text"
              inputMode="decimal"
              value={draft.low}
              readOnly={ruleSet}
              onChange={(e) => set('low', e.target.value)}
              {...describedBy(f('low'), errors.low, true)}
            />
          </Field>
          <Field id={f('low-inclusive')} label="Lowest value included (“at least”)" error={undefined} inline>
            <input
              type="checkbox"
              id={f('low-inclusive')}
              checked={draft.lowInclusive}
              disabled={ruleSet}
              onChange={(e) => set('lowInclusive', e.target.checked)}
            />
          </Field>
          <Field id={f('high')} label="Highest value" hint="Blank: none (“more than 900”)." error={errors.high}>
            <input
              type="text"
              inputMode="decimal"
              value={draft.high}
              readOnly={ruleSet}
              onChange={(e) => set('high', e.target.value)}
              {...describedBy(f('high'), errors.high, true)}
            />
          </Field>
          <Field id={f('high-inclusive')} label="Highest value included (“up to”)" error={undefined} inline>
            <input
              type="checkbox"
              id={f('high-inclusive')}
              checked={draft.highInclusive}
              disabled={ruleSet}
              onChange={(e) => set('highInclusive', e.target.checked)}
            />
          </Field>
        </div>
        <Field id={f('approximate')} label="Approximate (“around 50”): the engine widens it by its own rule" error={undefined} inline>
          <input
            type="checkbox"
            id={f('approximate')}
            checked={draft.approximate}
            disabled={ruleSet}
            onChange={(e) => set('approximate', e.target.checked)}
          />
        </Field>
        <Field id={f('per')} label="Rate" error={errors.per}>
          <select id={f('per')} value={draft.per} onChange={(e) => set('per', e.target.value === 'day' ? 'day' : '')}>
            <option value="">A total</option>
            <option value="day">Per day (“daily”, “a day”)</option>
          </select>
        </Field>
      </fieldset>

      <fieldset>
        <legend>Who says it</legend>
        <Field
          id={f('claimant')}
          label="Claimant"
          hint="Who made the claim; the outlet itself when it speaks in its own voice."
          error={errors.claimantId}
        >
          <select
            value={draft.claimantId}
            onChange={(e) => set('claimantId', e.target.value)}
            {...describedBy(f('claimant'), errors.claimantId, true)}
          >
            <option value="">Choose a source…</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.kind})
              </option>
            ))}
            <option value={NEW_SOURCE}>A new source…</option>
          </select>
        </Field>
        {draft.claimantId === NEW_SOURCE && (
          <div className="subfields">
            <TextField
              id={f('claimant-name')}
              label="Name of the new claimant"
              error={errors.claimantName}
              value={draft.newClaimant.name}
              onChange={(v) => set('newClaimant', { ...draft.newClaimant, name: v })}
            />
            <Field id={f('claimant-kind')} label="Kind of claimant" error={errors.claimantKind}>
              <select
                value={draft.newClaimant.kind}
                onChange={(e) => set('newClaimant', { ...draft.newClaimant, kind: e.target.value as SourceKind | '' })}
                {...describedBy(f('claimant-kind'), errors.claimantKind)}
              >
                <option value="">Choose a kind…</option>
                {sourceKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {kind}
                  </option>
                ))}
              </select>
            </Field>
            <TextField
              id={f('claimant-alignment')}
              label="Side"
              hint="The side it is tied to, in neutral words (“Syrian government”), or “independent”."
              error={errors.claimantAlignment}
              value={draft.newClaimant.alignment}
              onChange={(v) => set('newClaimant', { ...draft.newClaimant, alignment: v })}
            />
          </div>
        )}
        <Field id={f('outlet')} label="Outlet" hint="The outlet that published the article." error={errors.outletId}>
          <select
            value={draft.outletId}
            onChange={(e) => set('outletId', e.target.value)}
            {...describedBy(f('outlet'), errors.outletId, true)}
          >
            {!outlets.some((s) => s.id === draft.outletId) && <option value={draft.outletId}>{nameOf(draft.outletId)}</option>}
            {outlets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
        <div className={`field${errors.via ? ' has-error' : ''}`}>
          <p className="field-label" id={f('via-label')}>
            Intermediaries
          </p>
          <p className="hint" id={f('via-hint')}>
            Sources named between the claimant and the outlet (“told AFP”), the claimant’s side last.
          </p>
          {draft.via.length > 0 && (
            <ol className="via-list" aria-labelledby={f('via-label')}>
              {draft.via.map((sourceId) => (
                <li key={sourceId}>
                  {nameOf(sourceId)}{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      set(
                        'via',
                        draft.via.filter((v) => v !== sourceId),
                      )
                    }
                  >
                    Remove<span className="visually-hidden"> {nameOf(sourceId)}</span>
                  </button>
                </li>
              ))}
            </ol>
          )}
          <div className="inline-pick">
            <label htmlFor={f('via-pick')} className="visually-hidden">
              Intermediary to add
            </label>
            <select id={f('via-pick')} value={viaPick} onChange={(e) => setViaPick(e.target.value)} aria-describedby={f('via-hint')}>
              <option value="">Choose a source…</option>
              {sources
                .filter((s) => !draft.via.includes(s.id))
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
            </select>
            <button
              type="button"
              className="secondary"
              disabled={viaPick === ''}
              onClick={() => {
                set('via', [...draft.via, viaPick]);
                setViaPick('');
              }}
            >
              Add intermediary
            </button>
          </div>
          {errors.via && <p className="field-error">{errors.via}</p>}
        </div>
      </fieldset>

      <fieldset>
        <legend>What it counts</legend>
        <Field
          id={f('measure')}
          label="Measure"
          hint="The thing counted and its scope; claims on one measure are compared."
          error={errors.measureId}
        >
          <select
            value={draft.measureId}
            onChange={(e) => set('measureId', e.target.value)}
            {...describedBy(f('measure'), errors.measureId, true)}
          >
            <option value="">Choose a measure…</option>
            {measures.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label} ({m.unit})
              </option>
            ))}
            <option value={NEW_MEASURE}>A new measure…</option>
          </select>
        </Field>
        {draft.measureId === NEW_MEASURE && (
          <div className="subfields">
            <TextField
              id={f('measure-label')}
              label="What is counted, where and when"
              hint="E.g. “Air raids on Palmyra, March 2016”."
              error={errors.measureLabel}
              value={draft.newMeasure.label}
              onChange={(v) => set('newMeasure', { ...draft.newMeasure, label: v })}
            />
            <TextField
              id={f('measure-unit')}
              label="Unit"
              hint="raids, people, percent…"
              error={errors.measureUnit}
              value={draft.newMeasure.unit}
              onChange={(v) => set('newMeasure', { ...draft.newMeasure, unit: v })}
            />
            <Field id={f('measure-description')} label="Description (optional)" error={undefined}>
              <textarea
                id={f('measure-description')}
                rows={2}
                value={draft.newMeasure.description}
                onChange={(e) => set('newMeasure', { ...draft.newMeasure, description: e.target.value })}
              />
            </Field>
            <TextField
              id={f('measure-total')}
              label="Whole (optional)"
              hint="100 for a share in percent."
              error={errors.measureTotal}
              inputMode="decimal"
              value={draft.newMeasure.total}
              onChange={(v) => set('newMeasure', { ...draft.newMeasure, total: v })}
            />
            <Field
              id={f('measure-context')}
              label="Background figure (an age, a visitor count): shown, never ranked as contested"
              error={undefined}
              inline
            >
              <input
                type="checkbox"
                id={f('measure-context')}
                checked={draft.newMeasure.context}
                onChange={(e) => set('newMeasure', { ...draft.newMeasure, context: e.target.checked })}
              />
            </Field>
          </div>
        )}
      </fieldset>

      <fieldset>
        <legend>When and where</legend>
        <Field
          id={f('stated-on')}
          label="Stated on (optional)"
          hint="The day the claimant said it; blank when the text gives no day."
          error={errors.statedOn}
        >
          <input
            type="date"
            value={draft.statedOn}
            max={article.publishedAt}
            onChange={(e) => set('statedOn', e.target.value)}
            {...describedBy(f('stated-on'), errors.statedOn, true)}
          />
        </Field>
        {draft.statedOn !== '' && (
          <>
            <Field id={f('stated-inferred')} label="Worked out from the text (e.g. from a weekday)" error={undefined} inline>
              <input
                type="checkbox"
                id={f('stated-inferred')}
                checked={draft.statedOnInferred}
                onChange={(e) => set('statedOnInferred', e.target.checked)}
              />
            </Field>
            <Field id={f('stated-evidence')} label="Evidence for that day" error={undefined}>
              <input
                type="text"
                id={f('stated-evidence')}
                value={draft.statedOnEvidence}
                onChange={(e) => set('statedOnEvidence', e.target.value)}
              />
            </Field>
          </>
        )}
        <div className="bounds">
          <TextField
            id={f('period-from')}
            label="Period from (optional)"
            error={errors.periodFrom}
            type="date"
            value={draft.periodFrom}
            onChange={(v) => set('periodFrom', v)}
          />
          <TextField
            id={f('period-to')}
            label="Period to (optional)"
            error={errors.periodTo}
            type="date"
            value={draft.periodTo}
            onChange={(v) => set('periodTo', v)}
          />
        </div>
        {(draft.periodFrom !== '' || draft.periodTo !== '') && (
          <>
            <Field id={f('period-approximate')} label="The period is approximate" error={undefined} inline>
              <input
                type="checkbox"
                id={f('period-approximate')}
                checked={draft.periodApproximate}
                onChange={(e) => set('periodApproximate', e.target.checked)}
              />
            </Field>
            <TextField
              id={f('period-evidence')}
              label="Evidence for the period"
              hint="E.g. “the past two weeks”, said on 22 March."
              error={undefined}
              value={draft.periodEvidence}
              onChange={(v) => set('periodEvidence', v)}
            />
          </>
        )}
        <TextField id={f('place')} label="Place" error={errors.place} value={draft.place} onChange={(v) => set('place', v)} />
        <Field id={f('notes')} label="Notes (optional)" error={undefined}>
          <textarea id={f('notes')} rows={2} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />
        </Field>
      </fieldset>

      {save.error && (
        <p role="alert" className="field-error">
          Not saved: {save.error instanceof Error ? save.error.message : String(save.error)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save the claim'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
