import { describe, expect, it, vi } from 'vitest';
import { NO_FILTERS, type ClaimFilters } from '../domain/filter';
import { loadShippedDataset } from '../testing/real-dataset';
import { createStore } from '../service/dataset-store';
import { createHandlers } from '../service/handlers';
import { PUBLISHED } from '../service/keys';
import type { PostedCard } from '../service/posted-cards';
import { askWithHeldCards, createHeldCards } from './held-cards';

const shipped = loadShippedDataset();

describe('createHeldCards', () => {
  const card = (id: string) => ({ id }) as unknown as NonNullable<PostedCard['card']>;

  it('keeps the cards posted in full, and puts them back for their stamps', () => {
    const held = createHeldCards();
    const a = card('a');
    const b = card('b');
    expect(
      held.take([
        { stamp: 's1', card: a },
        { stamp: 's2', card: b },
      ]),
    ).toEqual([a, b]);
    expect(held.stamps()).toEqual(['s1', 's2']);
    const back = held.take([
      { stamp: 's2', card: null },
      { stamp: 's1', card: null },
    ]);
    expect(back?.[0]).toBe(b);
    expect(back?.[1]).toBe(a);
    // A stamp it never held cannot be put back.
    expect(held.take([{ stamp: 's3', card: null }])).toBeNull();
  });

  it('lets go of the cards used longest ago beyond its limit', () => {
    const held = createHeldCards(2);
    held.take([
      { stamp: 's1', card: card('a') },
      { stamp: 's2', card: card('b') },
    ]);
    // s1 is used again, so s2 is the one let go when s3 comes.
    held.take([{ stamp: 's1', card: null }]);
    held.take([{ stamp: 's3', card: card('c') }]);
    expect(held.stamps().sort()).toEqual(['s1', 's3']);
  });
});

describe('askWithHeldCards over the data service', () => {
  // As the worker's answers reach the page: structured clones.
  const service = () => {
    const handlers = createHandlers(createStore({ fetchPublished: () => Promise.resolve(shipped) }));
    const overview = vi.fn(async (filters: ClaimFilters, held: string[]) =>
      structuredClone(await handlers.overview({ key: PUBLISHED, filters, held }, {})),
    );
    return { handlers, overview };
  };
  const measuresOf = async (handlers: ReturnType<typeof createHandlers>, count: number) => {
    const first = await handlers.overview({ key: PUBLISHED, filters: NO_FILTERS }, {});
    const ids = first.overview.groups.filter((g) => g.contested).slice(0, count);
    const slices = await Promise.all(ids.map((g) => handlers.group({ key: PUBLISHED, filters: NO_FILTERS, groupId: g.id }, {})));
    return slices.flatMap((s) => s.group?.measureIds ?? []);
  };

  it('gives back the very cards the page holds, and the others in full', async () => {
    const { handlers, overview } = service();
    const held = createHeldCards();
    const three = { ...NO_FILTERS, measures: await measuresOf(handlers, 3) };
    const two = { ...NO_FILTERS, measures: await measuresOf(handlers, 2) };
    const before = await askWithHeldCards(
      held,
      (stamps) => overview(three, stamps),
      (r) => r.overview.cards,
    );
    const after = await askWithHeldCards(
      held,
      (stamps) => overview(two, stamps),
      (r) => r.overview.cards,
    );
    expect(after.cards).toHaveLength(2);
    for (const card of after.cards) expect(card).toBe(before.cards.find((c) => c.id === card.id));
    // Nothing came twice over the boundary: the second answer named the two cards by stamp.
    expect(after.reply.overview.cards.every((p) => p.card === null)).toBe(true);
  });

  it('asks again with nothing held when a card was let go before its answer came', async () => {
    const { handlers, overview } = service();
    const held = createHeldCards(3);
    const three = { ...NO_FILTERS, measures: await measuresOf(handlers, 3) };
    const two = { ...NO_FILTERS, measures: await measuresOf(handlers, 2) };
    await askWithHeldCards(
      held,
      (stamps) => overview(three, stamps),
      (r) => r.overview.cards,
    );
    overview.mockClear();
    const { cards } = await askWithHeldCards(
      held,
      async (stamps) => {
        const reply = await overview(two, stamps);
        // Another answer comes first, with three new cards: the store lets go of the three it named.
        if (stamps.length > 0) held.take(['x', 'y', 'z'].map((id) => ({ stamp: id, card: { id } as never })));
        return reply;
      },
      (r) => r.overview.cards,
    );
    expect(overview).toHaveBeenCalledTimes(2);
    expect(overview.mock.calls[1]?.[1]).toEqual([]);
    const plain = await handlers.overview({ key: PUBLISHED, filters: two }, {});
    expect(cards).toEqual(plain.overview.cards.map((p) => p.card));
  });
});
