// The parts of a refused save's view that every record shares: a panel that takes focus, and the two versions side by side.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { FieldDiff, MergePick } from '../../domain/record-merge';
import './form-field.css';

/** One field of the side-by-side view, as words. */
export interface ConflictFieldRow {
  key: string;
  label: string;
  mine: string;
  stored: string;
  diff: FieldDiff;
}

/** The panel that replaces a form whose save was refused; it takes focus so the user lands on it. */
export function ConflictPanel({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The form the user was looking at is replaced: take them to what replaced it.
    heading.current?.focus();
  }, []);
  return (
    <section className="record-form claim-conflict" aria-labelledby={id}>
      <h2 id={id} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

// The column headings; on narrow screens each row stacks into a card and its cells carry these as their labels.
const YOURS = 'Yours';
const STORED = 'Saved in the other tab';
const KEEP = 'Keep';

/** Both versions field by field; each field that differs gets a choice of side, so the user can merge them. */
export function ConflictFieldTable({
  rows,
  picks,
  onPick,
}: {
  rows: readonly ConflictFieldRow[];
  picks: Partial<Record<string, MergePick>>;
  onPick: (key: string, pick: MergePick) => void;
}) {
  const id = useId();
  return (
    <div className="table-wrap conflict-table-wrap">
      <table className="conflict-table">
        <caption>Your version and the version saved in the other tab. Fields that differ are marked.</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">{YOURS}</th>
            <th scope="col">{STORED}</th>
            <th scope="col">{KEEP}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.diff.differs ? 'differs' : undefined}>
              <th scope="row">
                {row.label}
                {row.diff.differs && (
                  <>
                    {' '}
                    <span className="badge badge-disjoint">
                      {row.diff.changedByMe && row.diff.changedByThem ? 'both changed' : 'differs'}
                    </span>
                  </>
                )}
              </th>
              <td data-label={YOURS}>{row.mine}</td>
              <td data-label={STORED}>{row.stored}</td>
              <td data-label={KEEP}>
                {row.diff.differs ? (
                  <fieldset className="conflict-pick">
                    <legend className="visually-hidden">Keep which {row.label.toLowerCase()}</legend>
                    {(['mine', 'stored'] as const).map((side) => (
                      <label key={side}>
                        <input
                          type="radio"
                          name={`${id}-${row.key}`}
                          checked={picks[row.key] === side}
                          onChange={() => onPick(row.key, side)}
                        />{' '}
                        {side === 'mine' ? 'Yours' : 'Saved'}
                      </label>
                    ))}
                  </fieldset>
                ) : (
                  <span className="muted">Same</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
