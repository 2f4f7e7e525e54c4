import { useState, type ReactNode } from 'react';

/** Renders the first `step` items and a button for the next batch, so long lists never flood the page. */
export function ShowMore<T>({ items, step, render }: { items: readonly T[]; step: number; render: (shown: readonly T[]) => ReactNode }) {
  const [count, setCount] = useState(step);
  const left = items.length - count;
  return (
    <>
      {render(items.slice(0, count))}
      {left > 0 && (
        <p>
          <button type="button" className="secondary" onClick={() => setCount((c) => c + step)}>
            Show {Math.min(step, left)} more (of {left.toLocaleString('en-GB')} not shown)
          </button>
        </p>
      )}
    </>
  );
}
