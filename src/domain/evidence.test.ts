import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntryEvidence, Interval } from './analysis-types';
import { disjointIndependentPairCount, EVIDENCE_LIST_LIMIT, evidenceFromSortedBounds, type EvidenceEntry } from './evidence';
import { overlaps } from './interval';

const fresh = (): EntryEvidence => ({
  corroboratingVoices: [],
  corroboratingCount: 0,
  contradictingVoices: [],
  contradictingCount: 0,
  compatibleVoices: [],
  compatibleCount: 0,
  selfConsistentWith: [],
  selfConsistentCount: 0,
  selfContradicting: [],
  selfContradictingCount: 0,
});

/** The definition, pair by pair (O(k²)): what the sorted-bounds path must reproduce exactly. */
function reference(entries: readonly EvidenceEntry[]): { evidence: EntryEvidence[]; disjointPairs: number } {
  const voices = [...new Set(entries.map((e) => e.voiceId))].sort();
  let disjointPairs = 0;
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const a = entries[i]!;
      const b = entries[j]!;
      if (a.voiceId !== b.voiceId && !overlaps(a.interval, b.interval)) disjointPairs++;
    }
  }
  const evidence = entries.map((e) => {
    const others = (v: string) => entries.filter((x) => x.voiceId === v);
    const corroborating = voices.filter((v) => v !== e.voiceId && others(v).some((x) => overlaps(x.interval, e.interval)));
    const contradicting = voices.filter((v) => v !== e.voiceId && others(v).some((x) => !overlaps(x.interval, e.interval)));
    const same = entries.filter((x) => x !== e && x.voiceId === e.voiceId);
    const consistent = same
      .filter((x) => overlaps(x.interval, e.interval))
      .map((x) => x.claimId)
      .sort();
    const clashing = same
      .filter((x) => !overlaps(x.interval, e.interval))
      .map((x) => x.claimId)
      .sort();
    return {
      corroboratingVoices: corroborating.slice(0, EVIDENCE_LIST_LIMIT),
      corroboratingCount: corroborating.length,
      contradictingVoices: contradicting.slice(0, EVIDENCE_LIST_LIMIT),
      contradictingCount: contradicting.length,
      // The sorted-bounds pass leaves "compatible" to its caller (divergence.ts), which tells firm figures apart.
      compatibleVoices: [],
      compatibleCount: 0,
      selfConsistentWith: consistent.slice(0, EVIDENCE_LIST_LIMIT),
      selfConsistentCount: consistent.length,
      selfContradicting: clashing.slice(0, EVIDENCE_LIST_LIMIT),
      selfContradictingCount: clashing.length,
    };
  });
  return { evidence, disjointPairs };
}

// Integer ends from a small range, so that ties, touching ends, open/closed ends and unbounded ends are frequent;
// some intervals are empty (low above high, or one point with an open end): those are disjoint from everything.
const arbInterval = (max: number): fc.Arbitrary<Interval> =>
  fc
    .record({
      a: fc.option(fc.integer({ min: 0, max }), { nil: null, freq: 6 }),
      b: fc.option(fc.integer({ min: 0, max }), { nil: null, freq: 6 }),
      li: fc.boolean(),
      hi: fc.boolean(),
      keepOrder: fc.nat(20),
    })
    .map(({ a, b, li, hi, keepOrder }) => {
      const [low, high] = a !== null && b !== null && a > b && keepOrder > 0 ? [b, a] : [a, b];
      return {
        low,
        high,
        lowInclusive: low !== null && li,
        highInclusive: high !== null && hi,
        approximate: false,
      };
    });

const arbEntries = (voices: number, maxLength: number, max = 12): fc.Arbitrary<EvidenceEntry[]> =>
  fc
    .array(fc.record({ v: fc.integer({ min: 0, max: voices - 1 }), interval: arbInterval(max) }), { minLength: 1, maxLength, size: 'max' })
    .map((xs) =>
      xs.map(({ v, interval }, i) => ({
        claimId: `c${String(i).padStart(3, '0')}`,
        voiceId: `v${String(v).padStart(2, '0')}`,
        interval,
        evidence: fresh(),
      })),
    );

describe('evidence from sorted bounds', () => {
  it('equals the pair-by-pair definition: counts, first voices in id order, same-voice lists, disjoint pairs', () => {
    fc.assert(
      fc.property(fc.oneof(arbEntries(4, 12), arbEntries(40, 90), arbEntries(200, 60), arbEntries(150, 120, 400)), (entries) => {
        const expected = reference(entries);
        const pairs = evidenceFromSortedBounds(entries);
        expect(entries.map((e) => e.evidence)).toEqual(expected.evidence);
        expect(pairs).toBe(expected.disjointPairs);
      }),
      { numRuns: 300 },
    );
  });

  it('caps the named voices but keeps exact counts', () => {
    const entries: EvidenceEntry[] = Array.from({ length: 30 }, (_, i) => ({
      claimId: `c${i}`,
      voiceId: `v${String(i).padStart(2, '0')}`,
      interval: { low: i < 20 ? 0 : 100, high: i < 20 ? 10 : 110, lowInclusive: true, highInclusive: true, approximate: false },
      evidence: fresh(),
    }));
    expect(evidenceFromSortedBounds(entries)).toBe(20 * 10);
    const first = entries[0]!.evidence;
    expect(first.corroboratingCount).toBe(19);
    expect(first.corroboratingVoices).toEqual(Array.from({ length: EVIDENCE_LIST_LIMIT }, (_, i) => `v${String(i + 1).padStart(2, '0')}`));
    expect(first.contradictingCount).toBe(10);
    expect(first.contradictingVoices).toEqual(Array.from({ length: 10 }, (_, i) => `v${i + 20}`));
  });

  it('an empty group gives nothing', () => {
    expect(evidenceFromSortedBounds([])).toBe(0);
    expect(disjointIndependentPairCount([])).toBe(0);
  });
});

describe('disjoint independent pairs, counted alone', () => {
  it('equals the pair-by-pair count, empty intervals and same-voice pairs included', () => {
    fc.assert(
      fc.property(fc.oneof(arbEntries(1, 8), arbEntries(4, 12), arbEntries(40, 90), arbEntries(150, 120, 400)), (entries) => {
        expect(disjointIndependentPairCount(entries)).toBe(reference(entries).disjointPairs);
      }),
      { numRuns: 300 },
    );
  });

  it('counts two voices far apart as every pair between them', () => {
    const at = (voiceId: string, low: number): Pick<EvidenceEntry, 'voiceId' | 'interval'> => ({
      voiceId,
      interval: { low, high: low + 1, lowInclusive: true, highInclusive: true, approximate: false },
    });
    expect(disjointIndependentPairCount([at('a', 0), at('a', 5), at('b', 100), at('b', 200), at('b', 300)])).toBe(6);
  });
});
