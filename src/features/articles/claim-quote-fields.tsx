import { sentenceAround, stepWord } from './claim-draft';
import type { ClaimPartProps } from './claim-form-parts';

/** The quote: the article's own words at the chosen offsets, moved a word at a time or to the selection. */
export function QuoteFields({
  draft,
  errors,
  f,
  text,
  selection,
  setSpan,
}: Omit<ClaimPartProps, 'set'> & { text: string; selection: [number, number] | null; setSpan: (span: readonly [number, number]) => void }) {
  const span: [number, number] = [draft.start, draft.end];
  const quote = text.slice(draft.start, draft.end);
  return (
    <fieldset>
      <legend>Quote</legend>
      <blockquote className="quote claim-quote" id={f('quote')}>
        “{quote}”
      </blockquote>
      <p className="hint">
        Characters {draft.start.toLocaleString('en-GB')} to {draft.end.toLocaleString('en-GB')} of the text. Keep the quote short, but with
        the figure and what it counts.
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
  );
}
