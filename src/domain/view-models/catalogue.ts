// What the editors of articles, sources and measures list and check a record against: every record but the claims, with
// each measure's number of figures. The claims stay where they are held; an editor asks for the few it needs.
import type { Dataset } from '../schema';

export interface Catalogue {
  /** Every article, source and measure; no claims. */
  records: Dataset;
  /** How many claims each measure has (a measure with none is left out). */
  figuresPerMeasure: Map<string, number>;
}

/**
 * catalogue({ articles, sources, measures, claims: [c1 (m1), c2 (m1), c3 (m2)] })
 *   → { records: { articles, sources, measures, claims: [] }, figuresPerMeasure: Map { m1 → 2, m2 → 1 } }
 */
export function catalogue(dataset: Dataset): Catalogue {
  const figuresPerMeasure = new Map<string, number>();
  for (const c of dataset.claims) figuresPerMeasure.set(c.measureId, (figuresPerMeasure.get(c.measureId) ?? 0) + 1);
  return { records: { articles: dataset.articles, sources: dataset.sources, measures: dataset.measures, claims: [] }, figuresPerMeasure };
}
