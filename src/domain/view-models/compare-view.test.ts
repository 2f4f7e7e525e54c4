import { describe, expect, it } from 'vitest';
import { loadShippedDataset } from '../../testing/real-dataset';
import { buildGroups } from '../divergence';
import { indexDataset } from '../lookups';
import { compareViewModel } from './compare-view';

const dataset = loadShippedDataset();
const index = indexDataset(dataset);
const group = buildGroups(dataset).find((g) => g.id === 'air-raids-palmyra-2016');
if (!group) throw new Error('the shipped dataset has no air-raids group');

describe('compareViewModel', () => {
  it('draws the chart in the order the list reads, with one labelled, tipped mark per figure', () => {
    for (const by of ['source', 'date'] as const) {
      const view = compareViewModel(group, by, index);
      const listed = view.sections.flatMap((s) => s.entries.map((e) => e.claimId));
      expect(view.ordered.entries.map((e) => e.claimId)).toEqual(listed);
      expect(view.chart.rows.map((r) => r.claimId)).toEqual(listed.filter((id) => view.chart.rows.some((r) => r.claimId === id)));
      for (const row of view.chart.rows) {
        expect(row.label).toBe(view.labels.get(row.claimId));
        expect(row.tip?.claimant).toBe(index.sources.get(index.claims.get(row.claimId)?.claimantId ?? '')?.name);
      }
    }
  });

  it('names each figure by its claimant and gives each one its status in the comparison', () => {
    const view = compareViewModel(group, 'source', index);
    expect([...view.labels.values()].sort()).toEqual(['Palmyra Revolution Coordination', 'Russian Defence Ministry']);
    expect([...view.statuses.values()]).toEqual(['disjoint', 'disjoint']);
  });
});
