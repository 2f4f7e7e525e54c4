import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import type { Article, Claim, Dataset } from '../../domain/schema';
import type { FieldErrors } from './article-draft';
import { ChangedElsewhereNotice } from '../../shared/ui/record-conflict';
import { ClaimConflict } from './claim-conflict';
import { buildClaim, type ClaimDraft, type ClaimField } from './claim-draft';
import { FigureFields } from './claim-figure-fields';
import { MeasureFields } from './claim-measure-fields';
import { QuoteFields } from './claim-quote-fields';
import { SourceFields } from './claim-source-fields';
import { WhenFields } from './claim-when-fields';
import { ErrorSummary } from '../../shared/ui/form-field';
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
  viaName: 'Name of the new intermediary',
  viaKind: 'Kind of intermediary',
  viaAlignment: 'Side of the intermediary',
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

  const part = { draft, set, errors, f };

  return (
    <form className="record-form claim-form" noValidate onSubmit={submit} aria-labelledby={f('heading')}>
      <h2 id={f('heading')} ref={headingRef} tabIndex={-1}>
        {draft.id === null ? 'New claim' : 'Edit the claim'}
      </h2>
      <ChangedElsewhereNotice
        noun="claim"
        change={base === null || currentRevision === base.revision ? null : currentRevision === null ? 'deleted' : 'changed'}
      />
      <ErrorSummary errors={errors} labels={LABELS} />

      <QuoteFields {...part} text={text} selection={selection} setSpan={setSpan} />
      <FigureFields {...part} setDraft={setDraft} />
      <SourceFields {...part} dataset={dataset} />
      <MeasureFields {...part} dataset={dataset} />
      <WhenFields {...part} article={article} />

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
