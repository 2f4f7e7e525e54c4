import { describe, expect, it } from 'vitest';
import { loadShippedDataset } from '../../testing/real-dataset';
import { indexDataset } from '../lookups';
import { timelineTableOrder } from '../view-models/timeline-table';
import { timelineImageContent, TIMELINE_TITLE } from './timeline-image-content';

describe('timelineImageContent', () => {
  const dataset = loadShippedDataset();
  const index = indexDataset(dataset);
  const claims = timelineTableOrder(dataset.claims, index.articles);

  it('counts the figures, sources and measures and gives the span of dates', () => {
    const content = timelineImageContent(claims, index, 3, 'https://x.example/timeline');
    expect(content.title).toBe(TIMELINE_TITLE);
    const sources = new Set(dataset.claims.map((c) => c.claimantId)).size;
    expect(content.verdict).toMatch(
      new RegExp(
        `^${dataset.claims.length} figures from ${sources} sources on \\d+ measures, dated \\d{4}-\\d{2}-\\d{2} to \\d{4}-\\d{2}-\\d{2}\\. 3 changes of control marked\\.$`,
      ),
    );
    expect(content.figures[0]).toMatch(/^\d{4}-\d{2}-\d{2}, .+: .+/);
    expect(content.permalink).toBe('https://x.example/timeline');
  });

  it('says one figure and no changes of control plainly', () => {
    const content = timelineImageContent(claims.slice(0, 1), index, 0, 'p');
    expect(content.verdict).toMatch(/^1 figure from 1 source on 1 measure, dated \d{4}-\d{2}-\d{2}\.$/);
  });
});
