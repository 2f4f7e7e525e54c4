// One proposed figure in the review table: its suggestions with why, editable in place, and accept, reject or open in the form.
import { useEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { Dataset } from '../../domain/schema';
import { missingSentence, type ReviewCell, type ReviewChoices } from '../../domain/view-models/review-rows';
import { ClaimantEditor, MeasureEditor, PeriodEditor } from './review-cell-editors';
import type { ReviewEntry } from './use-review';

type CellName = 'claimant' | 'measure' | 'period';

interface RowProps {
  entry: ReviewEntry;
  dataset: Dataset;
  busy: boolean;
  acceptRef: Ref<HTMLButtonElement>;
  onAccept: () => void;
  onReject: () => void;
  onRestore: () => void;
  onOpenForm: () => void;
  onChoices: (choices: ReviewChoices, cell: CellName) => void;
  /** Moves focus to the row above (-1) or below (+1). */
  onMove: (by: -1 | 1) => void;
}

function Suggested({
  cell,
  label,
  figure,
  onChange,
  open,
}: {
  cell: ReviewCell;
  label: string;
  figure: string;
  onChange: () => void;
  open: boolean;
}) {
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  // Closing the editor puts focus back where it was opened, so the keyboard user keeps their place in the row.
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <>
      <span className={cell.isNew ? 'review-new' : undefined}>{cell.text}</span>
      <span className="review-why">{cell.why}</span>
      {!open && (
        <button ref={button} type="button" className="link-button" onClick={onChange}>
          Change
          <span className="visually-hidden">
            {' '}
            the {label} of “{figure}”
          </span>
        </button>
      )}
    </>
  );
}

export function ReviewTableRow({
  entry,
  dataset,
  busy,
  acceptRef,
  onAccept,
  onReject,
  onRestore,
  onOpenForm,
  onChoices,
  onMove,
}: RowProps) {
  const [open, setOpen] = useState<CellName | null>(null);
  const { row, item, status, error } = entry;
  const id = `review-${row.key}`;
  const figureName = `“${row.figure}”`;
  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>) => {
    // Keys typed into an editor's fields are the user's words, not commands.
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
    if ((e.key === 'Delete' || e.key === 'Backspace') && status === 'open') {
      e.preventDefault();
      onReject();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      onMove(e.key === 'ArrowDown' ? 1 : -1);
    }
  };
  const editor = (cell: CellName) => {
    const props = {
      id: `${id}-${cell}`,
      choices: item.choices,
      dataset,
      onChange: (choices: ReviewChoices) => onChoices(choices, cell),
      onClose: () => setOpen(null),
    };
    if (cell === 'claimant') return <ClaimantEditor {...props} />;
    if (cell === 'measure') return <MeasureEditor {...props} />;
    return <PeriodEditor {...props} />;
  };
  const cellOf = (cell: CellName, heading: string, value: ReviewCell) => (
    <td data-label={heading}>
      <Suggested cell={value} label={cell} figure={row.figure} open={open === cell} onChange={() => setOpen(cell)} />
      {open === cell && editor(cell)}
    </td>
  );
  const needs = missingSentence(row.missing);
  return (
    <tr className={`review-row is-${status}`} onKeyDown={onKeyDown}>
      <th scope="row" data-label="Figure">
        <strong>{row.figure}</strong>
        <span className="review-why">
          {row.reading}
          {row.context && ' · background figure, not a count'}
        </span>
      </th>
      {cellOf('claimant', 'Claimant', row.claimant)}
      {cellOf('measure', 'Measure', row.measure)}
      {cellOf('period', 'Period', row.period)}
      <td data-label="Quote" className="review-quote">
        “{row.quote.before}
        <mark className="figure">{row.quote.figure}</mark>
        {row.quote.after}”
      </td>
      <td data-label="Decision" className="review-actions">
        {status === 'open' && (
          <>
            <button
              ref={acceptRef}
              type="button"
              aria-disabled={busy || undefined}
              aria-describedby={needs || error ? `${id}-needs` : undefined}
              onClick={onAccept}
            >
              Accept<span className="visually-hidden"> {figureName}</span>
            </button>
            <button type="button" className="secondary" onClick={onReject}>
              Reject<span className="visually-hidden"> {figureName}</span>
            </button>
            <button type="button" className="link-button" onClick={onOpenForm}>
              Open in the form<span className="visually-hidden"> {figureName}</span>
            </button>
            {(needs || error) && (
              <p id={`${id}-needs`} className={error ? 'field-error' : 'review-needs'}>
                {error ?? needs}
              </p>
            )}
          </>
        )}
        {status === 'accepted' && <p className="review-done">Accepted</p>}
        {status === 'rejected' && (
          <>
            <p className="review-done">Rejected</p>
            <button ref={acceptRef} type="button" className="secondary" onClick={onRestore}>
              Bring back<span className="visually-hidden"> {figureName}</span>
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
