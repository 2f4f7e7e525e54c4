import { describe, expect, it } from 'vitest';
import type { SourceProfile } from '../analysis-types';
import type { Source } from '../schema';
import { testSource } from '../../testing/builders';
import { firstPages, profilesByFiguresMade, profileView, SOURCE_PAGE_SIZE, sourceCards } from './source-profiles-order';

const profile = (sourceId: string, made: number) => ({ sourceId, made }) as SourceProfile;

describe('profilesByFiguresMade', () => {
  it('puts the sources with most figures first, ties alphabetically by name, an unknown source by its id', () => {
    const named = (id: string, name: string): Source => ({ ...testSource(id), name });
    const sources = new Map([named('s1', 'Syrian Observatory'), named('s2', 'airwars'), named('s3', 'Amnesty')].map((s) => [s.id, s]));
    const profiles = [profile('s1', 3), profile('s2', 3), profile('s3', 7), profile('b-unknown', 3)];
    expect(profilesByFiguresMade(profiles, sources).map((p) => p.sourceId)).toEqual(['s3', 's2', 'b-unknown', 's1']);
    expect(profiles.map((p) => p.sourceId)).toEqual(['s1', 's2', 's3', 'b-unknown']);
  });
});

describe('profileView', () => {
  it('keeps the counts, drops the claim ids and the distances, and counts the distances', () => {
    const full: SourceProfile = {
      sourceId: 'sohr',
      made: 3,
      corroborated: 1,
      contradicted: 1,
      compatibleOnly: 0,
      standalone: 1,
      selfContradicting: 0,
      claimIds: ['c1', 'c2', 'c3'],
      distances: [
        { groupId: 'g1', claimId: 'c1', relative: 2, direction: 'above', text: 'two times higher' },
        { groupId: 'g2', claimId: 'c2', relative: 1, direction: 'agrees', text: 'agrees' },
      ],
    };
    expect(profileView(full)).toEqual({
      sourceId: 'sohr',
      made: 3,
      corroborated: 1,
      contradicted: 1,
      compatibleOnly: 0,
      standalone: 1,
      selfContradicting: 0,
      distanceCount: 2,
    });
  });
});

describe('sourceCards', () => {
  it('pairs each profile with its source in the list’s order, and leaves out a profile no source names', () => {
    const sources = new Map([testSource('s1'), testSource('s2')].map((s) => [s.id, s]));
    const full = (sourceId: string, made: number): SourceProfile => ({
      sourceId,
      made,
      corroborated: 0,
      contradicted: 0,
      compatibleOnly: 0,
      standalone: made,
      selfContradicting: 0,
      claimIds: [],
      distances: [],
    });
    const cards = sourceCards([full('s1', 1), full('gone', 9), full('s2', 4)], sources);
    expect(cards.map((c) => c.source)).toEqual([sources.get('s2'), sources.get('s1')]);
    expect(cards[0]?.profile).toEqual(profileView(full('s2', 4)));
  });
});

describe('firstPages', () => {
  const cards = Array.from({ length: 70 }, (_, i) => i);
  it('gives whole pages, at least one', () => {
    expect(firstPages(cards, 0)).toHaveLength(SOURCE_PAGE_SIZE);
    expect(firstPages(cards, SOURCE_PAGE_SIZE)).toHaveLength(SOURCE_PAGE_SIZE);
    expect(firstPages(cards, SOURCE_PAGE_SIZE + 1)).toEqual(cards.slice(0, 2 * SOURCE_PAGE_SIZE));
    expect(firstPages(cards, Infinity)).toEqual(cards);
  });
});
