import { describe, expect, it } from 'vitest';
import type { Interval } from './analysis-types';
import { analyseDataset } from './analyse';
import { farthestPair, farthestPairByEveryPair, pairIndex } from './farthest-pair';
import { loadShippedDataset } from '../testing/real-dataset';
import { generatedDataset } from '../testing/corpus';
import type { Dataset } from './schema';

interface TestEntry {
  voiceId: string;
  interval: Interval;
}

const iv = (low: number | null, high: number | null, lowInclusive = true, highInclusive = true): Interval => ({
  low,
  high,
  lowInclusive,
  highInclusive,
  approximate: false,
});

/** Every voice's figures against the others', both ways: the same pair (the same objects), or both none. */
function expectSameAsEveryPair(entries: readonly TestEntry[]): number {
  const index = pairIndex(entries);
  let found = 0;
  for (const voice of new Set(entries.map((e) => e.voiceId))) {
    const own = entries.filter((e) => e.voiceId === voice);
    const expected = farthestPairByEveryPair(
      own,
      entries.filter((e) => e.voiceId !== voice),
    );
    const actual = farthestPair(index, own);
    expect(actual).toEqual(expected);
    expect(actual?.mine).toBe(expected?.mine);
    expect(actual?.theirs).toBe(expected?.theirs);
    if (actual) found++;
  }
  return found;
}

/** A small deterministic generator (mulberry32), so a failure names a seed that fails again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('farthestPair', () => {
  it('finds the worked example’s pair', () => {
    const own = [{ voiceId: 'a', interval: iv(100, 120) }];
    const others = [iv(10, 20), iv(5, 8), iv(110, 115), iv(200, 300)].map((interval, i) => ({ voiceId: `o${i}`, interval }));
    const pair = farthestPair(pairIndex([...others, ...own]), own);
    expect(pair).toMatchObject({ theirs: others[1], above: true, ratio: 12.5, gap: 92 });
  });

  it('gives the pair every pair gives, ties, shared ends, open ends, zero and negatives included (random groups)', () => {
    let found = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed);
      // Few values and few voices, so ends meet and distances tie often.
      const value = () => Math.floor(next() * 7) - 1;
      const entries: TestEntry[] = Array.from({ length: 2 + Math.floor(next() * 14) }, () => {
        const a = value();
        const b = a + Math.floor(next() * 3);
        return {
          voiceId: `v${Math.floor(next() * 4)}`,
          interval: iv(next() < 0.15 ? null : a, next() < 0.15 ? null : b, next() < 0.7, next() < 0.7),
        };
      });
      found += expectSameAsEveryPair(entries);
    }
    // Most random groups have a disjoint pair: the comparison was not between two nulls.
    expect(found).toBeGreaterThan(500);
  });

  it('tries every pair when a figure is empty, as an empty interval overlaps nothing', () => {
    const entries = [
      { voiceId: 'a', interval: iv(5, 5, true, false) },
      { voiceId: 'b', interval: iv(1, 2) },
      { voiceId: 'b', interval: iv(8, 9) },
    ];
    expect(pairIndex(entries).simple).toBe(false);
    expect(expectSameAsEveryPair(entries)).toBeGreaterThan(0);
  });

  it('gives the pair every pair gives for every source of the shipped dataset and a generated corpus', () => {
    const corpus: Dataset = generatedDataset({ claims: 3000, seed: 11 });
    let found = 0;
    for (const dataset of [loadShippedDataset(), corpus]) {
      for (const group of analyseDataset(dataset).groups) {
        found += expectSameAsEveryPair(group.entries.filter((e) => !e.cannotNormalise));
      }
    }
    expect(found).toBeGreaterThan(100);
  });
});
