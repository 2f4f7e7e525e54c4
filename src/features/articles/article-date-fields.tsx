import type { ArticleDraft, ArticleField, FieldErrors } from './article-draft';
import { describedBy, Field } from '../../shared/ui/form-field';

/** When the article was published, how that is known, or that it prints no date (then the access date stands in for sorting). */
export function ArticleDateFields({
  idOf,
  draft,
  errors,
  set,
}: {
  idOf: (name: string) => string;
  draft: ArticleDraft;
  errors: FieldErrors<ArticleField>;
  set: <K extends keyof ArticleDraft>(key: K, value: ArticleDraft[K]) => void;
}) {
  const f = idOf;
  const undated = draft.noDatePrinted;
  return (
    <>
      <Field id={f('date')} label="Date published" error={undated ? undefined : errors.publishedAt}>
        <input
          type="date"
          value={undated ? '' : draft.publishedAt}
          disabled={undated}
          onChange={(e) => set('publishedAt', e.target.value)}
          {...describedBy(f('date'), undated ? undefined : errors.publishedAt)}
        />
      </Field>
      <Field id={f('undated')} label="No date printed, and none can be worked out from the text" error={undefined} inline>
        <input
          type="checkbox"
          id={f('undated')}
          checked={undated}
          onChange={(e) => set('noDatePrinted', e.target.checked)}
          aria-describedby={undated ? `${f('undated')}-hint` : undefined}
        />
      </Field>
      {undated && (
        // Below the checkbox, not beside it: an inline field has no room for a hint on a narrow screen.
        <p className="hint" id={`${f('undated')}-hint`}>
          Give the date you read it under “Date accessed” below: the article is listed by that date, and cited as “n.d.”.
        </p>
      )}
      {!undated && (
        <>
          <Field id={f('inferred')} label="The article prints no date: it was worked out from the text" error={undefined} inline>
            <input
              type="checkbox"
              id={f('inferred')}
              checked={draft.publishedAtInferred}
              onChange={(e) => set('publishedAtInferred', e.target.checked)}
            />
          </Field>
          {draft.publishedAtInferred && (
            <Field id={f('confidence')} label="Confidence in the worked-out date" error={undefined}>
              <select
                id={f('confidence')}
                value={draft.publishedAtConfidence}
                onChange={(e) => set('publishedAtConfidence', e.target.value as ArticleDraft['publishedAtConfidence'])}
              >
                <option value="high">High</option>
                <option value="medium">Medium</option>
                <option value="low">Low</option>
              </select>
            </Field>
          )}
          <Field
            id={f('evidence')}
            label="Evidence for the date"
            hint={
              draft.publishedAtInferred
                ? 'How the date was worked out, e.g. “Tuesday” named next to an event dated 22 March.'
                : 'Where it is printed, e.g. “dateline above the headline”.'
            }
            error={errors.publishedAtEvidence}
          >
            <textarea
              rows={2}
              value={draft.publishedAtEvidence}
              onChange={(e) => set('publishedAtEvidence', e.target.value)}
              {...describedBy(f('evidence'), errors.publishedAtEvidence, true)}
            />
          </Field>
        </>
      )}
    </>
  );
}
