import { describe, expect, it } from 'vitest';
import { rankGroups } from '../domain/analyse';
import { filterDataset, NO_FILTERS } from '../domain/filter';
import { indexDataset } from '../domain/lookups';
import { overviewCard } from '../domain/overview';
import { loadShippedDataset } from '../testing/real-dataset';
import { createCardPost } from './posted-cards';

const shipped = loadShippedDataset();

describe('createCardPost', () => {
  const index = indexDataset(shipped);
  const contested = rankGroups(shipped).filter((g) => g.voiceCount >= 2 && !g.context);

  it('makes a group’s card once, as overviewCard makes it, and again for another group object', () => {
    const post = createCardPost();
    const [group] = contested;
    if (!group) throw new Error('the shipped dataset has a contested group');
    const card = post.cardOf(group, index);
    expect(card).toEqual(overviewCard(group, index));
    expect(post.cardOf(group, index)).toBe(card);
    // The same group judged again (another filter state) is another object: its card is made again.
    const again = rankGroups(filterDataset(shipped, NO_FILTERS)).find((g) => g.id === group.id);
    if (!again) throw new Error('the group is ranked again');
    expect(post.cardOf(again, index)).not.toBe(card);
    expect(post.cardOf(again, index)).toEqual(card);
  });

  it('posts a card in full until the page says it holds it, then by its stamp alone', () => {
    const post = createCardPost();
    const cards = contested
      .slice(0, 3)
      .map((g) => post.cardOf(g, index))
      .filter((c) => c !== null);
    expect(cards).toHaveLength(3);
    const first = post.post(cards, []);
    expect(first.map((p) => p.card)).toEqual(cards);
    const stamps = first.map((p) => p.stamp);
    expect(new Set(stamps).size).toBe(3);
    // The page holds the first two: only the third goes in full, each under the same stamp as before.
    const second = post.post(cards, stamps.slice(0, 2));
    expect(second).toEqual([
      { stamp: stamps[0], card: null },
      { stamp: stamps[1], card: null },
      { stamp: stamps[2], card: cards[2] },
    ]);
  });

  it('gives each service its own stamps, so a restarted one never names a card the page holds from the last', () => {
    const [group] = contested;
    if (!group) throw new Error('the shipped dataset has a contested group');
    const a = createCardPost();
    const b = createCardPost();
    const stampA = a.post([a.cardOf(group, index) as NonNullable<ReturnType<typeof a.cardOf>>], [])[0]?.stamp;
    const stampB = b.post([b.cardOf(group, index) as NonNullable<ReturnType<typeof b.cardOf>>], [])[0]?.stamp;
    expect(stampA).not.toBe(stampB);
  });
});
