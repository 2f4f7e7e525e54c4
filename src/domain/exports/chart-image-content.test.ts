import { describe, expect, it } from 'vitest';
import { loadShippedDataset } from '../../testing/real-dataset';
import { analyseDataset } from '../analyse';
import { indexDataset } from '../lookups';
import { chartImageContent } from './chart-image-content';

describe('chartImageContent', () => {
  const dataset = loadShippedDataset();
  const index = indexDataset(dataset);
  const groups = analyseDataset(dataset).groups;

  it('names each figure as said with its claimant, and the outlets with their dates', () => {
    const group = groups.find((g) => g.id === 'air-raids-palmyra-2016');
    if (!group) throw new Error('missing group');
    const content = chartImageContent(
      group,
      index,
      'Headline',
      (id) => index.sources.get(index.claims.get(id)?.claimantId ?? '')?.name ?? id,
      'https://x.example/compare/a',
    );
    expect(content.title).toBe(group.label);
    expect(content.verdict).toBe('Headline');
    expect(content.figures).toHaveLength(group.entries.length);
    expect(content.figures.some((f) => f.startsWith('Russian Defence Ministry: ') && f.includes('20 to 25'))).toBe(true);
    expect(content.sourceLine).toMatch(/\(\d{4}-\d{2}-\d{2}(, \d{4}-\d{2}-\d{2})*\)/);
    expect(content.permalink).toBe('https://x.example/compare/a');
  });

  it('carries each reading of a vague word once', () => {
    const group = groups.find((g) => g.entries.some((e) => e.interpretation !== null));
    if (!group) throw new Error('no group with a vague word');
    const content = chartImageContent(group, index, 'h', (id) => id, 'p');
    const readings = new Set(group.entries.flatMap((e) => (e.interpretation ? [e.interpretation.reading] : [])));
    expect(content.notes).toHaveLength(readings.size);
    for (const r of readings) expect(content.notes.join(' ')).toContain(r);
  });
});
