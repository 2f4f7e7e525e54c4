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
    expect(sohr).toMatchObject({ made: 2, corroborated: 1, contradicted: 1, standalone: 0, selfContradicting: 1 });
    const airwars = a.profiles.find((p) => p.sourceId === 'airwars')!;
    expect(airwars).toMatchObject({ made: 2, corroborated: 1, contradicted: 1, standalone: 1, selfContradicting: 0 });
  });
  it('distances: ratio to the other voices when there is no consensus', () => {
    const a = analyseDataset(ds([claim('sohr', 'kills', 100, null), claim('airwars', 'kills', 20, 25), claim('rdm', 'kills', 10, 22)]));
    const sohr = a.profiles.find((p) => p.sourceId === 'sohr')!;
    expect(sohr.distances).toEqual([
      { groupId: 'kills', relative: 100 / 22, text: 'at least 100 people: 4.5× above what the other voices agree on, 20–22 people' },
    ]);
    const rdm = a.profiles.find((p) => p.sourceId === 'rdm')!;
    expect(rdm.distances[0]!.text).toBe('10–22 people: within the range of the other voices, at least 20 people');
  });
  it('distances: consistent with the consensus; alone on a measure', () => {
    const a = analyseDataset(ds([claim('sohr', 'kills', 10, 30), claim('airwars', 'kills', 20, 40), claim('kurds', 'other', 3, 3)]));
    expect(a.profiles.find((p) => p.sourceId === 'sohr')!.distances[0]).toEqual({
      groupId: 'kills',
      relative: 1,
      text: '10–30 people: consistent with the consensus, 20–30 people',
    });
    expect(a.profiles.find((p) => p.sourceId === 'kurds')!.distances[0]!.relative).toBeNull();
  });
  it('relativeDistance below, overlapping, and with a zero reference', () => {
    expect(relativeDistance({ low: 1, high: 2 }, { low: 10, high: 20 })).toBe(0.2);
    expect(relativeDistance({ low: 1, high: 20 }, { low: 10, high: 20 })).toBe(1);
    expect(relativeDistance({ low: 5, high: 6 }, { low: 0, high: 0 })).toBeNull();
  });
});
