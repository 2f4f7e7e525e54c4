// Source profiles → one dot per (source, measure) at how many times apart from the reference its figures sit.
import type { ComparisonGroup, SourceProfile } from '../../domain/analysis-types';

export interface DistanceDot {
  sourceId: string;
  lane: number;
  groupId: string;
  /** ≥ 1: 1 means consistent; 3 means three times above or below the reference. */
  factor: number;
  direction: 'above' | 'below' | 'agrees';
  text: string;
}

export interface DistanceModel {
  lanes: { sourceId: string; name: string; lane: number }[];
  dots: DistanceDot[];
  maxFactor: number;
}

/** Dots for every distance the engine could compute; context groups and unbounded comparisons are left out. */
export function toDistanceRows(
  profiles: readonly SourceProfile[],
  groups: readonly ComparisonGroup[],
  nameOf: (id: string) => string,
): DistanceModel {
  const contextGroups = new Set(groups.filter((g) => g.context).map((g) => g.id));
  const lanes: DistanceModel['lanes'] = [];
  const dots: DistanceDot[] = [];
  for (const profile of profiles) {
    const usable = profile.distances.filter((d) => d.relative !== null && d.relative > 0 && !contextGroups.has(d.groupId));
    if (usable.length === 0) continue;
    const lane = lanes.length;
    lanes.push({ sourceId: profile.sourceId, name: nameOf(profile.sourceId), lane });
    for (const d of usable) {
      const r = d.relative ?? 1;
      dots.push({
        sourceId: profile.sourceId,
        lane,
        groupId: d.groupId,
        factor: r >= 1 ? r : 1 / r,
        direction: r > 1 ? 'above' : r < 1 ? 'below' : 'agrees',
        text: d.text,
      });
    }
  }
  return { lanes, dots, maxFactor: Math.max(2, ...dots.map((d) => d.factor)) };
}
