import { describe, expect, it } from 'vitest';
import { analyseDataset } from './analyse';
import { relativeDistance, voiceOf } from './independence';
import { testClaim, testMeasure, testSource } from '../testing/builders';
import type { Claim, Dataset } from './schema';

const src = testSource;
const meas = testMeasure;
const claim = testClaim;
const sources = [src('sohr'), src('rami', 'sohr'), src('airwars'), src('rdm'), src('kurds')];
const sourceMap = new Map(sources.map((s) => [s.id, s]));
const ds = (claims: Claim[]): Dataset => ({ articles: [], sources, measures: [meas({ id: 'kills' }), meas({ id: 'other' })], claims });

describe('voiceOf', () => {
  it('a spokesman counts as his organisation; a source without parent is its own voice', () => {
    expect(voiceOf('rami', sourceMap)).toBe('sohr');
    expect(voiceOf('sohr', sourceMap)).toBe('sohr');
    expect(voiceOf('unknown', sourceMap)).toBe('unknown');
  });
  it('a parent cycle does not loop', () => {
    const cyc = new Map([src('a', 'b'), src('b', 'a')].map((s) => [s.id, s]));
    expect(voiceOf('a', cyc)).toBe('b');
  });
});

describe('profiles', () => {
  it('the same voice through two claimants and two outlets counts once', () => {
    const a = analyseDataset(
      ds([claim('sohr', 'kills', 10, 20, { outletId: 'afp' }), claim('rami', 'kills', 15, 15, { outletId: 'dpa', via: ['dpa'] })]),
    );
    expect(a.groups[0]!.voiceCount).toBe(1);
    const sohr = a.profiles.find((p) => p.sourceId === 'sohr')!;
    expect(sohr).toMatchObject({ made: 1, corroborated: 0, standalone: 1 });
  });
  it('counts corroborated, contradicted, standalone and self-contradicting (the later figure only)', () => {
    const a = analyseDataset(
      ds([
        claim('sohr', 'kills', 10, 20, { statedOn: '2016-03-01' }),
        claim('sohr', 'kills', 50, 60, { statedOn: '2016-03-05' }),
        claim('airwars', 'kills', 15, 15, { statedOn: '2016-03-02' }),
        claim('airwars', 'other', 1, 1),
      ]),
    );
    const sohr = a.profiles.find((p) => p.sourceId === 'sohr')!;
    expect(sohr).toMatchObject({ made: 2, corroborated: 1, contradicted: 1, compatibleOnly: 0, standalone: 0, selfContradicting: 1 });
    // 15 is corroborated by SOHR's 10–20 and contradicted by its 50–60: a figure counts once, as contradicted.
    const airwars = a.profiles.find((p) => p.sourceId === 'airwars')!;
    expect(airwars).toMatchObject({ made: 2, corroborated: 0, contradicted: 1, compatibleOnly: 0, standalone: 1, selfContradicting: 0 });
    for (const p of a.profiles) expect(p.corroborated + p.contradicted + p.compatibleOnly + p.standalone).toBe(p.made);
  });
  it('in a large group, lists a voice’s own clashing figures only up to 12 but counts them, and the profile in full', () => {
    // 60 figures of one source, switching between 10 and 50 every day: each after the first clashes with the one before.
    const day = (i: number) => `2016-03-${String(1 + (i % 28)).padStart(2, '0')}`;
    const figures = Array.from({ length: 60 }, (_, i) =>
      claim('sohr', 'kills', i % 2 ? 50 : 10, i % 2 ? 50 : 10, { statedOn: `${i < 28 ? '2016' : '2017'}${day(i).slice(4)}` }),
    );
    const a = analyseDataset(ds([...figures, claim('airwars', 'kills', 10, 10)]));
    const group = a.groups.find((g) => g.id === 'kills')!;
    expect(group.pairsOmitted).toBe(true);
    const first = group.entries.find((e) => e.claimId === figures[0]!.id)!.evidence;
    expect(first.selfContradictingCount).toBe(30);
    expect(first.selfContradicting).toHaveLength(12);
    expect(first.selfConsistentCount).toBe(29);
    expect(first.selfConsistentWith).toHaveLength(12);
    expect(a.profiles.find((p) => p.sourceId === 'sohr')).toMatchObject({ made: 60, selfContradicting: 59 });
  });
  it('an open figure overlapping a bounded one is compatible only, never corroborated', () => {
    const a = analyseDataset(ds([claim('sohr', 'kills', 15, null), claim('airwars', 'kills', 20, 20), claim('rdm', 'kills', 25, 25)]));
    expect(a.profiles.find((p) => p.sourceId === 'sohr')).toMatchObject({ made: 1, compatibleOnly: 1, corroborated: 0, contradicted: 0 });
    expect(a.credibility[a.groups[0]!.entries.find((e) => e.claimantId === 'sohr')!.claimId]!.grade).toBe(3);
  });
  it('distances: ratio to the other voices when there is no consensus', () => {
    const a = analyseDataset(ds([claim('sohr', 'kills', 100, null), claim('airwars', 'kills', 20, 25), claim('rdm', 'kills', 10, 22)]));
    const sohr = a.profiles.find((p) => p.sourceId === 'sohr')!;
    expect(sohr.distances).toEqual([
      {
        groupId: 'kills',
        claimId: a.groups[0]!.entries.find((e) => e.claimantId === 'sohr')!.claimId,
        relative: 100 / 22,
        direction: 'above',
        text: 'kills: its figure, at least 100 people, is at least 4.5 times RDM’s, 10–22 people',
      },
    ]);
    const rdm = a.profiles.find((p) => p.sourceId === 'rdm')!;
    // The same pair, read from the other side: the multiple is the verdict's, never "0.22× below".
    expect(rdm.distances[0]).toEqual({
      groupId: 'kills',
      claimId: a.groups[0]!.entries.find((e) => e.claimantId === 'rdm')!.claimId,
      relative: 1 / (100 / 22),
      direction: 'below',
      text: 'kills: SOHR’s figure, at least 100 people, is at least 4.5 times its own, 10–22 people',
    });
  });
  it('distances: consistent with the consensus; alone on a measure', () => {
    const a = analyseDataset(ds([claim('sohr', 'kills', 10, 30), claim('airwars', 'kills', 20, 40), claim('kurds', 'other', 3, 3)]));
    expect(a.profiles.find((p) => p.sourceId === 'sohr')!.distances[0]).toEqual({
      groupId: 'kills',
      claimId: a.groups[0]!.entries.find((e) => e.claimantId === 'sohr')!.claimId,
      relative: 1,
      direction: 'agrees',
      text: 'kills: no independent figure contradicts it',
    });
    // Alone on a measure: nothing to be distant from.
    expect(a.profiles.find((p) => p.sourceId === 'kurds')!.distances).toEqual([]);
  });
  it('distances between shares are in percentage points, and every contested measure is listed', () => {
    const pct = meas({ id: 'intact', unit: 'percent', total: 100 });
    const a = analyseDataset({
      articles: [],
      sources,
      measures: [pct],
      claims: [claim('sohr', 'intact', 80, 80), claim('airwars', 'intact', 0, 0)],
    });
    expect(a.profiles.find((p) => p.sourceId === 'sohr')!.distances).toEqual([
      {
        groupId: 'intact',
        claimId: a.groups[0]!.entries.find((e) => e.claimantId === 'sohr')!.claimId,
        relative: null,
        direction: 'above',
        text: 'intact: its figure, 80%, is at least 80 percentage points above AIRWARS’, 0%',
      },
    ]);
  });
  it('relativeDistance below, overlapping, and with a zero reference', () => {
    expect(relativeDistance({ low: 1, high: 2 }, { low: 10, high: 20 })).toBe(0.2);
    expect(relativeDistance({ low: 1, high: 20 }, { low: 10, high: 20 })).toBe(1);
    expect(relativeDistance({ low: 5, high: 6 }, { low: 0, high: 0 })).toBeNull();
  });
});
