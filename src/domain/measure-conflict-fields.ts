// A measure's fields as the side-by-side view of a refused save compares them: what each is called and how its value reads.
import { describeLink, MEASURE_FIELD_LABELS, type MeasureField } from './measure-draft';
import { defaultPicks, diffRecord, mergeRecord, type FieldDiff, type FieldGroup, type MergePick } from './record-merge';
import type { Measure } from './schema';

type ConflictField = Exclude<MeasureField, 'links'> | 'comparableWith';

// The links are one group: merging them one by one could pair a link of one version with a whole of the other.
const MEASURE_FIELD_GROUPS: readonly FieldGroup<ConflictField | 'id'>[] = [
  { key: 'id', fields: ['id'] },
  { key: 'label', fields: ['label'] },
  { key: 'unit', fields: ['unit'] },
  { key: 'description', fields: ['description'] },
  { key: 'total', fields: ['total'] },
  { key: 'context', fields: ['context'] },
  { key: 'comparableWith', fields: ['comparableWith'] },
];

export interface MeasureFieldRow {
  key: ConflictField;
  label: string;
  mine: string;
  stored: string;
  diff: FieldDiff;
}

function describe(key: ConflictField, measure: Measure, measures: ReadonlyMap<string, Measure>): string {
  switch (key) {
    case 'label':
      return measure.label;
    case 'unit':
      return measure.unit;
    case 'description':
      return measure.description === '' ? 'None' : measure.description;
    case 'total':
      return measure.total === null ? 'None' : String(measure.total);
    case 'context':
      return measure.context ? 'Yes: background figures' : 'No: contested figures';
    case 'comparableWith':
      return measure.comparableWith.length === 0 ? 'None' : measure.comparableWith.map((c) => describeLink(c, measures)).join(' · ');
  }
}

/** The rows of the side-by-side view, each with what differs and the merge's starting pick. */
export function measureFieldRows(
  base: Measure | null,
  mine: Measure,
  stored: Measure,
  measures: ReadonlyMap<string, Measure>,
): MeasureFieldRow[] {
  const diffs = new Map(diffRecord(base, mine, stored, MEASURE_FIELD_GROUPS).map((d) => [d.key, d]));
  return MEASURE_FIELD_GROUPS.flatMap(({ key }) => {
    const diff = diffs.get(key);
    if (key === 'id' || !diff) return [];
    const label = key === 'comparableWith' ? MEASURE_FIELD_LABELS.links : MEASURE_FIELD_LABELS[key];
    return [{ key, label, mine: describe(key, mine, measures), stored: describe(key, stored, measures), diff }];
  });
}

/** Where a field-by-field merge starts: each differing field from the side that changed it. */
export function initialMeasurePicks(rows: readonly MeasureFieldRow[]): Partial<Record<string, MergePick>> {
  return defaultPicks(rows.map((r) => r.diff));
}

/** The measure with each field from the side picked for it. */
export function mergeMeasures(mine: Measure, stored: Measure, picks: Readonly<Partial<Record<string, MergePick>>>): Measure {
  return mergeRecord(mine, stored, MEASURE_FIELD_GROUPS, picks);
}
