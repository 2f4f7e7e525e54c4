// A source's fields as the side-by-side view of a refused save compares them: what each is called and how its value reads.
import { sourceName } from './lookups';
import { defaultPicks, diffRecord, mergeRecord, type FieldDiff, type FieldGroup, type MergePick } from './record-merge';
import type { Source } from './schema';
import { SOURCE_FIELD_LABELS, type SourceField } from './source-draft';

const SOURCE_FIELD_GROUPS: readonly FieldGroup<SourceField | 'id'>[] = [
  { key: 'id', fields: ['id'] },
  { key: 'name', fields: ['name'] },
  { key: 'kind', fields: ['kind'] },
  { key: 'alignment', fields: ['alignment'] },
  { key: 'parentId', fields: ['parentId'] },
  { key: 'aliases', fields: ['aliases'] },
  { key: 'description', fields: ['description'] },
];

export interface SourceFieldRow {
  key: SourceField;
  label: string;
  mine: string;
  stored: string;
  diff: FieldDiff;
}

function describe(key: SourceField, source: Source, sources: ReadonlyMap<string, Source>): string {
  switch (key) {
    case 'name':
      return source.name;
    case 'kind':
      return source.kind;
    case 'alignment':
      return source.alignment;
    case 'parentId':
      return source.parentId === null ? 'None' : sourceName(sources, source.parentId);
    case 'aliases':
      return source.aliases.length === 0 ? 'None' : source.aliases.join('; ');
    case 'description':
      return source.description === '' ? 'None' : source.description;
  }
}

/** The rows of the side-by-side view, each with what differs and the merge's starting pick. */
export function sourceFieldRows(base: Source | null, mine: Source, stored: Source, sources: ReadonlyMap<string, Source>): SourceFieldRow[] {
  const diffs = new Map(diffRecord(base, mine, stored, SOURCE_FIELD_GROUPS).map((d) => [d.key, d]));
  return SOURCE_FIELD_GROUPS.flatMap(({ key }) => {
    const diff = diffs.get(key);
    if (key === 'id' || !diff) return [];
    return [{ key, label: SOURCE_FIELD_LABELS[key], mine: describe(key, mine, sources), stored: describe(key, stored, sources), diff }];
  });
}

/** Where a field-by-field merge starts: each differing field from the side that changed it. */
export function initialSourcePicks(rows: readonly SourceFieldRow[]): Partial<Record<string, MergePick>> {
  return defaultPicks(rows.map((r) => r.diff));
}

/** The source with each field from the side picked for it. */
export function mergeSources(mine: Source, stored: Source, picks: Readonly<Partial<Record<string, MergePick>>>): Source {
  return mergeRecord(mine, stored, SOURCE_FIELD_GROUPS, picks);
}
