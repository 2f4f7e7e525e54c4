import { describe, expect, it } from 'vitest';
import type { SourceProfile } from '../analysis-types';
import type { Source } from '../schema';
import { testSource } from '../../testing/builders';
import { profilesByFiguresMade, profileView } from './source-profiles-order';

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
