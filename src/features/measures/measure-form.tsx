// Creates or edits one measure of a workspace: what it counts, its unit and whole, whether it is background, and its links.
import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { describedBy, ErrorSummary, Field, TextField } from '../../shared/ui/form-field';
import { ChangedElsewhereNotice } from '../../shared/ui/record-conflict';
import { useRecordSave } from '../../shared/hooks/use-record-save';
import type { Claim, Measure } from '../../domain/schema';
import {
  buildMeasure,
  describeIncoming,
  draftFromMeasure,
  incomingLinks,
  MEASURE_FIELD_LABELS,
  measureErrorLabels,
  type MeasureDraft,
  type MeasureErrors,
} from '../../domain/measure-draft';
import { MeasureConflict } from './measure-conflict';
import { MeasureLinkFields } from './measure-link-fields';

/** The stored measure a form opened with and its revision; null for a new measure. */
export type MeasureBase = { measure: Measure; revision: number } | null;

export interface MeasureFormProps {
  workspaceId: string;
  measures: readonly Measure[];
  claims: readonly Claim[];
  initial: MeasureDraft;
  base: MeasureBase;
  /** The measure's revision in the data shown now (null: no longer there), so a change elsewhere is announced at once. */
  currentRevision: number | null;
  onSaved: (measure: Measure, created: boolean) => void;
  onCancel: () => void;
  onDiscarded: (message: string) => void;
  /** Opens another measure's form, where a link it declares is edited. */
  onEditOther: (id: string) => void;
}

/** Links other measures declare to this one: shown so nothing is hidden, edited on the measure that declares them. */
function IncomingLinks({
  measures,
  id,
  dirty,
  onEditOther,
}: {
  measures: readonly Measure[];
  id: string | null;
  /** The form holds unsaved changes: opening another measure would drop them. */
  dirty: boolean;
  onEditOther: (id: string) => void;
}) {
  const incoming = incomingLinks(measures, id);
  if (incoming.length === 0) return null;
  return (
    <section className="incoming-links" aria-label="Links declared on other measures">
      <h3>Links declared on other measures</h3>
      <p className="hint">
        Each link is kept on one measure, and changed there.{dirty && ' Save or cancel your changes here before you open another measure.'}
      </p>
      <ul className="plain">
        {incoming.map(({ from, link }) => (
          <li key={from.id}>
            {describeIncoming(from, link)}.{' '}
            {!dirty && (
              <button type="button" className="secondary" onClick={() => onEditOther(from.id)}>
                Edit the link on “{from.label}”
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function MeasureForm(props: MeasureFormProps) {
  const { workspaceId, measures, claims, initial, base, currentRevision, onSaved, onCancel, onDiscarded, onEditOther } = props;
  const id = useId();
  const f = (name: string) => `${id}-${name}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<MeasureErrors>({});
  const [conflictProblem, setConflictProblem] = useState<string | null>(null);
  const byId = new Map(measures.map((m) => [m.id, m]));
  const set = <K extends keyof MeasureDraft>(key: K, value: MeasureDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
  };

  useEffect(() => {
    // Move focus to the form it opened, so keyboard and screen-reader users land on it.
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  const save = useRecordSave(workspaceId, 'measures', (measure) => onSaved(measure, base === null));

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const built = buildMeasure(draft, { measures, claims });
    if (!built.ok) {
      setErrors(built.errors);
      return;
    }
    setErrors({});
    save.save(built.measure, base?.revision ?? null, base?.measure ?? null);
  };

  if (save.refused) {
    const { conflict, mine, basedOn } = save.refused;
    return (
      <MeasureConflict
        conflict={conflict}
        mine={mine}
        base={basedOn}
        measures={byId}
        busy={save.isPending}
        problem={conflictProblem}
        onSave={(chosen, revision, stored) => {
          // The chosen version is checked like a form's against today's measures: a merge can pair a link with the wrong whole.
          const draftOfChosen = { ...draftFromMeasure(chosen), id: chosen.id };
          const built = buildMeasure(draftOfChosen, { measures, claims });
          if (!built.ok) {
            const labels = measureErrorLabels(built.errors, draftOfChosen, byId);
            setConflictProblem(
              Object.entries(built.errors)
                .map(([k, v]) => `${labels[k] ?? 'Form'}: ${v ?? ''}`)
                .join(' '),
            );
            return;
          }
          setConflictProblem(null);
          save.save(built.measure, revision, stored);
        }}
        onDiscard={onDiscarded}
      />
    );
  }

  return (
    <form className="record-form measure-form" noValidate onSubmit={submit} aria-labelledby={f('heading')}>
      <h2 id={f('heading')} ref={headingRef} tabIndex={-1}>
        {draft.id === null ? 'New measure' : `Edit “${initial.label}”`}
      </h2>
      <ChangedElsewhereNotice
        noun="measure"
        change={base === null || currentRevision === base.revision ? null : currentRevision === null ? 'deleted' : 'changed'}
      />
      <ErrorSummary errors={errors} labels={measureErrorLabels(errors, draft, byId)} />
      <TextField
        id={f('label')}
        label={MEASURE_FIELD_LABELS.label}
        hint="What, where and when: “ISIS fighters killed in Palmyra, 11 December 2016”."
        error={errors.label}
        value={draft.label}
        onChange={(v) => set('label', v)}
      />
      <TextField
        id={f('unit')}
        label={MEASURE_FIELD_LABELS.unit}
        hint="What one unit counts: people, raids, percent."
        error={errors.unit}
        value={draft.unit}
        onChange={(v) => set('unit', v)}
      />
      <TextField
        id={f('total')}
        label={MEASURE_FIELD_LABELS.total}
        hint="For shares only: 100 for percent. Leave blank for a count."
        error={errors.total}
        inputMode="decimal"
        value={draft.total}
        onChange={(v) => set('total', v)}
      />
      <Field
        id={f('description')}
        label={MEASURE_FIELD_LABELS.description}
        hint="What is counted and what is not, so two reporters can agree on it."
        error={errors.description}
      >
        <textarea
          rows={3}
          value={draft.description}
          onChange={(e) => set('description', e.target.value)}
          {...describedBy(f('description'), errors.description, true)}
        />
      </Field>
      <Field
        id={f('context')}
        label="Background figure (an age, a visitor count): shown, never ranked as contested"
        error={errors.context}
        inline
      >
        <input
          type="checkbox"
          checked={draft.context}
          onChange={(e) => set('context', e.target.checked)}
          {...describedBy(f('context'), errors.context)}
        />
      </Field>
      <fieldset>
        <legend>Links to other measures</legend>
        <p className="hint">
          Link measures whose figures can be set side by side. The comparison of both changes as soon as you save; the link shows on both
          measures but is kept on this one.
        </p>
        {errors.links && <p className="field-error">{errors.links}</p>}
        <MeasureLinkFields id={f('link')} draft={draft} measures={measures} errors={errors} onChange={(links) => set('links', links)} />
        <IncomingLinks
          measures={measures}
          id={draft.id}
          dirty={JSON.stringify(draft) !== JSON.stringify(initial)}
          onEditOther={onEditOther}
        />
      </fieldset>
      {save.error && (
        <p role="alert" className="field-error">
          Not saved: {save.error instanceof Error ? save.error.message : String(save.error)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save the measure'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
