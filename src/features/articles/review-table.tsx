// Every proposed figure of an article in one keyboard-first table: Enter accepts a row, Delete rejects it, arrows move,
// and accepted rows become claims at once, with Undo.
import { useEffect, useRef, useState } from 'react';
import { TextField } from '../../shared/ui/form-field';
import { ReviewTableRow } from './review-row';
import type { ClaimDraft } from './claim-draft';
import { draftFromSuggestion, type ReviewItem } from './suggestion-draft';
import { useReview, type AcceptedBatch, type ReviewRecords } from './use-review';

interface ReviewTableProps extends ReviewRecords {
  onPlaceChange: (place: string) => void;
  /** Opens the one-claim form on this draft, for what the table does not edit (the quote, the value, notes). */
  onOpenForm: (draft: ClaimDraft, candidateStart: number) => void;
  /** After claims were saved or taken back, so the page reads the workspace again. */
  onChanged: () => void;
}

function countClaims(n: number): string {
  return n === 1 ? 'the claim' : `${n} claims`;
}

export function ReviewTable(props: ReviewTableProps) {
  const { workspaceId, article, dataset, text, suggestions, claims, place, onPlaceChange, onOpenForm, onChanged } = props;
  const [status, setStatus] = useState<{ message: string; undo: AcceptedBatch | null } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  // The place field turns red only once an accept has needed it: an empty field before anything is tried is not a mistake.
  const [placeNeeded, setPlaceNeeded] = useState(false);
  const noPlace = place.trim() === '';
  const accept = (items: ReviewItem[]) => {
    if (noPlace) setPlaceNeeded(true);
    if (!review.busy) review.accept(items);
  };

  const review = useReview({
    workspaceId,
    article,
    dataset,
    text,
    suggestions,
    claims,
    place,
    onSaved: (batch) => {
      const made = batch.made.length > 0 ? ` Also made ${batch.made.map((n) => `“${n}”`).join(', ')}.` : '';
      const what = batch.claims.length === 1 ? `the claim “${batch.claims[0]?.asWritten ?? ''}”` : `${batch.claims.length} claims`;
      setStatus({ message: `Accepted ${what}.${made}`, undo: batch });
      setFocusKey(nextOpen(batch.keys.at(-1) ?? null, batch.keys));
      onChanged();
    },
    onUndone: (batch, kept) => {
      const taken = batch.claims.length - kept;
      const left =
        batch.made.length > 0 ? ` The new records it made stay in the workspace: ${batch.made.map((n) => `“${n}”`).join(', ')}.` : '';
      const keptNote = kept > 0 ? ` ${countClaims(kept)} changed in another tab since, so left as they are.` : '';
      setStatus({ message: `Took back ${countClaims(taken)}.${keptNote}${left}`, undo: null });
      setFocusKey(batch.keys[0] ?? null);
      onChanged();
    },
    onFailed: (message) => setStatus({ message, undo: null }),
  });

  // Figures a claim of this article already quotes are done, unless this table just accepted them.
  const shown = review.entries.filter((e) => e.status !== 'open' || !e.row.claimed);
  const hiddenCount = review.entries.length - shown.length;
  const open = shown.filter((e) => e.status === 'open');
  const ready = open.filter((e) => !e.row.context && e.row.missing.length === 0);

  function nextOpen(after: string | null, skip: readonly string[] = []): string | null {
    const candidates = shown.filter((e) => e.status === 'open' && !skip.includes(e.item.key));
    const at = shown.findIndex((e) => e.item.key === after);
    const below = candidates.find((e) => shown.indexOf(e) > at);
    return (below ?? candidates.at(-1) ?? null)?.item.key ?? 'done';
  }

  useEffect(() => {
    if (focusKey === null) return;
    const target = focusKey === 'done' ? doneRef.current : buttons.current.get(focusKey);
    if (target) {
      target.focus();
      setFocusKey(null);
    }
  }, [focusKey, shown]);

  const move = (key: string, by: -1 | 1) => {
    const at = shown.findIndex((e) => e.item.key === key);
    const target = shown[at + by];
    if (target) buttons.current.get(target.item.key)?.focus();
  };

  if (review.entries.length === 0) {
    return <p className="muted">No figures found in this text. Select words in the text to quote them.</p>;
  }
  return (
    <>
      <p className="hint" id="review-keys">
        Each row is a figure the finder proposes, with who said it, what it counts and when, as read from the text. On a row,{' '}
        <kbd>Enter</kbd> accepts it as a claim, <kbd>Delete</kbd> rejects it, and <kbd>↑</kbd> <kbd>↓</kbd> move between rows.
      </p>
      <div className="review-bar">
        <TextField
          id="review-place"
          label="Place of these figures"
          hint="Given to every claim accepted here."
          error={placeNeeded && noPlace ? 'Give the place the figures are about.' : undefined}
          value={place}
          onChange={onPlaceChange}
        />
        <button
          type="button"
          aria-disabled={ready.length === 0 || review.busy || undefined}
          aria-describedby="review-all-hint"
          onClick={() => {
            if (noPlace) setPlaceNeeded(true);
            if (ready.length > 0) accept(ready.map((e) => e.item));
          }}
        >
          Accept all ready ({ready.length})
        </button>
        <p className="hint" id="review-all-hint">
          Ready rows have a claimant, a measure and a place. Background figures (ages, centuries) are left for you to accept one by one.
        </p>
      </div>
      <div role="status" className="status-line">
        {status && (
          <>
            {status.message}{' '}
            {status.undo && (
              <button type="button" className="secondary" onClick={() => status.undo && review.undo(status.undo)}>
                Undo
              </button>
            )}
          </>
        )}
      </div>
      {/* With every figure already in a claim there is no row to show, so no table either: just the line below. */}
      {shown.length > 0 && (
        <div className="review-scroll">
          <table className="review-table" aria-describedby="review-keys">
            <caption className="visually-hidden">Proposed figures of “{article.title}”, with their suggested claims</caption>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Claimant</th>
                <th scope="col">Measure</th>
                <th scope="col">Period</th>
                <th scope="col">Quote</th>
                <th scope="col">Decision</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <ReviewTableRow
                  key={entry.item.key}
                  entry={entry}
                  dataset={dataset}
                  busy={review.busy}
                  acceptRef={(el) => {
                    if (el) buttons.current.set(entry.item.key, el);
                    else buttons.current.delete(entry.item.key);
                  }}
                  onAccept={() => accept([entry.item])}
                  onReject={() => {
                    review.reject(entry.item.key);
                    setFocusKey(nextOpen(entry.item.key, [entry.item.key]));
                  }}
                  onRestore={() => {
                    review.restore(entry.item.key);
                    setFocusKey(entry.item.key);
                  }}
                  onOpenForm={() =>
                    onOpenForm(
                      draftFromSuggestion(entry.item.suggestion, entry.item.choices, { article, place }),
                      entry.item.suggestion.candidate.start,
                    )
                  }
                  onChoices={(choices, cell) => review.setChoices(entry.item.key, choices, cell)}
                  onMove={(by) => move(entry.item.key, by)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p ref={doneRef} tabIndex={-1} className="muted">
        {open.length === 0 ? 'Every proposed figure has been reviewed.' : `${open.length} to review.`}
        {hiddenCount > 0 && ` ${hiddenCount} already in claims of this article, not listed.`}
      </p>
    </>
  );
}
