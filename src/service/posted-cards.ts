// A filter change that leaves a group's claims alone leaves its card alone: the service keeps each card it made, and posts
// the page only the cards the page does not already hold.
import type { ComparisonGroup } from '../domain/analysis-types';
import type { DatasetIndex } from '../domain/lookups';
import { overviewCard, type OverviewCard } from '../domain/overview';

/** A landing card as posted to the page: in full, or, when the page said it holds that very card, its stamp alone. */
export interface PostedCard {
  stamp: string;
  card: OverviewCard | null;
}

/** Cards with stamps: `cardOf` gives back the card it made for a group as long as the group is the same object (the
 * ranking keeps a group whose claims did not change, `judgeGroups`), and `post` leaves out the cards the page holds. */
export function createCardPost() {
  // A stamp names one card object; the session part keeps the stamps of a restarted service apart from the last one's.
  const session = Math.random().toString(36).slice(2, 10);
  let next = 0;
  const stamps = new WeakMap<OverviewCard, string>();
  const byIndex = new WeakMap<DatasetIndex, WeakMap<ComparisonGroup, OverviewCard | null>>();

  const stampOf = (card: OverviewCard): string => {
    let stamp = stamps.get(card);
    if (stamp === undefined) {
      stamp = `${session}-${(next++).toString(36)}`;
      stamps.set(card, stamp);
    }
    return stamp;
  };

  return {
    /** The group's card, made once per group object (and per records, by their index). */
    cardOf: (group: ComparisonGroup, index: DatasetIndex): OverviewCard | null => {
      let made = byIndex.get(index);
      if (!made) {
        made = new WeakMap();
        byIndex.set(index, made);
      }
      let card = made.get(group);
      if (card === undefined) {
        card = overviewCard(group, index);
        made.set(group, card);
      }
      return card;
    },
    /** The cards as posted: a card whose stamp is in `held` goes as its stamp alone. */
    post: (cards: readonly OverviewCard[], held: readonly string[]): PostedCard[] => {
      const holds = new Set(held);
      return cards.map((card) => {
        const stamp = stampOf(card);
        return { stamp, card: holds.has(stamp) ? null : card };
      });
    },
  };
}
