import { describe, expect, it } from 'vitest';
import { loadShippedDataset } from '../../testing/real-dataset';
import { analyseDataset } from '../analyse';
import { indexDataset } from '../lookups';
import { verdictOf } from '../view-models/verdict';
import { compareCard } from './compare-card';

describe('compareCard', () => {
  it('carries the page’s verdict headline and one chart row per drawable figure', () => {
    const dataset = loadShippedDataset();
    const index = indexDataset(dataset);
    const group = analyseDataset(dataset).groups.find((g) => g.id === 'air-raids-palmyra-2016');
    if (!group) throw new Error('missing group');
    const { content, model } = compareCard(group, index, 'https://x.example/compare/air-raids-palmyra-2016');
    expect(content.verdict).toBe(verdictOf(group, index).headline);
    expect(content.title).toBe(group.label);
    expect(content.permalink).toBe('https://x.example/compare/air-raids-palmyra-2016');
    expect(model.rows.map((r) => r.claimId).sort()).toEqual(
      group.entries
        .filter((e) => e.cannotNormalise === null)
        .map((e) => e.claimId)
        .sort(),
    );
  });
});
