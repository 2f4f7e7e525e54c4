import { articleDate } from '../../domain/article-date';
import type { Article } from '../../domain/schema';
import { describedBy, Field, TextField } from '../../shared/ui/form-field';
import type { ClaimPartProps } from './claim-form-parts';

/** When and where: the day it was said, the period it covers, the place, and notes. */
export function WhenFields({ draft, set, errors, f, article }: ClaimPartProps & { article: Article }) {
  return (
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
          max={articleDate(article).date || undefined}
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
  );
}
