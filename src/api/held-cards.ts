// The landing cards the page holds, by stamp: the data service posts a card the page already holds as its stamp alone
// (a filter change that left a group's claims alone), and the page puts back the very card object, which React then
// does not draw again.
import type { OverviewCard } from '../domain/overview';
import type { PostedCard } from '../service/posted-cards';

/** About ten pages of cards: enough to go back and forth between filters without asking for them again. */
const HELD_LIMIT = 200;

export function createHeldCards(limit = HELD_LIMIT) {
  // In the order last used: the first is let go first.
  const byStamp = new Map<string, OverviewCard>();
  return {
    /** The stamps of the cards held now, for the next question. */
    stamps(): string[] {
      return [...byStamp.keys()];
    },
    /** The posted cards with each stamp replaced by the card held under it; null if one is no longer held (another
     * answer let it go between the question and this answer). */
    take(posted: readonly PostedCard[]): OverviewCard[] | null {
      const cards: OverviewCard[] = [];
      for (const { stamp, card } of posted) {
        const found = card ?? byStamp.get(stamp);
        if (!found) return null;
        cards.push(found);
      }
      posted.forEach(({ stamp }, i) => {
        byStamp.delete(stamp);
        byStamp.set(stamp, cards[i] as OverviewCard);
      });
      for (const stamp of byStamp.keys()) {
        if (byStamp.size <= limit) break;
        byStamp.delete(stamp);
      }
      return cards;
    },
  };
}

export type HeldCards = ReturnType<typeof createHeldCards>;

/** Asks with the stamps of the cards held, and gives the answer with its cards whole. Should a stamp no longer be held
 * when the answer comes, asks once more with none held, so that every card comes in full. */
export async function askWithHeldCards<R>(
  held: HeldCards,
  ask: (stamps: string[]) => Promise<R>,
  postedOf: (reply: R) => readonly PostedCard[],
): Promise<{ reply: R; cards: OverviewCard[] }> {
  const reply = await ask(held.stamps());
  const cards = held.take(postedOf(reply));
  if (cards) return { reply, cards };
  const again = await ask([]);
  return { reply: again, cards: held.take(postedOf(again)) ?? [] };
}
