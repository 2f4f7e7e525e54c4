import { useState, type ReactNode } from 'react';

/**
 * Renders the first `step` items and a button for the next batch, so long lists never flood the page. With `what`, the
 * button names the items ("Show 100 more figures"); `remainder` adds a line about what is left, which still reads on
 * paper, where the button is not printed.
 */
export function ShowMore<T>({
  items,
  step,
  render,
  what,
  remainder,
}: {
  items: readonly T[];
  step: number;
  render: (shown: readonly T[]) => ReactNode;
  what?: string;
  remainder?: (left: number) => ReactNode;
}) {
  const [count, setCount] = useState(step);
  const left = items.length - count;
  const next = Math.min(step, left).toLocaleString('en-GB');
  return (
    <>
      {render(items.slice(0, count))}
      {left > 0 && (
        <p>
          <button type="button" className="secondary" onClick={() => setCount((c) => c + step)}>
            {what ? `Show ${next} more ${what}` : `Show ${next} more (of ${left.toLocaleString('en-GB')} not shown)`}
          </button>
          {remainder && (
            <>
              {' '}
              <span className="muted">{remainder(left)}</span>
            </>
          )}
        </p>
      )}
    </>
  );
}
