// The sources page's cards, a page at a time: the list, and the button that asks for the next page.
import { useEffect, useRef, type ReactNode } from 'react';
import { SOURCE_PAGE_SIZE, type SourceCardView } from '../../domain/view-models/source-profiles-order';

/** The button for the next page of cards; while that page is on its way the cards shown stay, and the button says so. */
function MoreSources({ shown, total, asked, onMore }: { shown: number; total: number; asked: number; onMore: () => void }) {
  const left = total - shown;
  if (left <= 0) return null;
  const next = Math.min(SOURCE_PAGE_SIZE, left).toLocaleString('en-GB');
  return (
    <p>
      <button type="button" className="secondary" onClick={onMore}>
        {asked > shown ? `Loading ${next} more sources…` : `Show ${next} more sources`}
      </button>{' '}
      <span className="muted">
        {shown.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')} sources shown.
      </span>
    </p>
  );
}

/** The cards, and the button for more; once the next page is in, the reader goes on from its first card (the button is
 * gone after the last page, and its focus with it). */
export function SourceCardList({
  cards,
  total,
  asked,
  onMore,
  card,
}: {
  cards: readonly SourceCardView[];
  total: number;
  asked: number;
  onMore: (shown: number) => void;
  card: (view: SourceCardView) => ReactNode;
}) {
  const list = useRef<HTMLUListElement>(null);
  const firstNew = useRef<number | null>(null);
  useEffect(() => {
    const at = firstNew.current;
    if (at === null || cards.length <= at) return;
    firstNew.current = null;
    list.current?.querySelectorAll<HTMLElement>(':scope > li > h2')[at]?.focus();
  }, [cards]);
  return (
    <>
      <ul className="card-list" ref={list}>
        {cards.map(card)}
      </ul>
      <MoreSources
        shown={cards.length}
        total={total}
        asked={asked}
        onMore={() => {
          firstNew.current = cards.length;
          onMore(cards.length);
        }}
      />
    </>
  );
}
