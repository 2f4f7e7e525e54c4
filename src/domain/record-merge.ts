// Three-way comparison of one record: the version a form opened with (base), the user's (mine) and the one stored since
// (stored). Fields are compared in groups that only make sense together (a quote and its offsets), and merged by
// picking a side per group.

export type MergePick = 'mine' | 'stored';

/** Fields that change together, under one key. */
export interface FieldGroup<K extends string = string> {
  key: K;
  fields: readonly string[];
}

export interface FieldDiff<K extends string = string> {
  key: K;
  /** Mine and stored differ in this group. */
  differs: boolean;
  /** The user changed it since the form opened (true for any difference when the base is unknown). */
  changedByMe: boolean;
  /** Someone else changed it since the form opened (true for any difference when the base is unknown). */
  changedByThem: boolean;
  /** The side a field-by-field merge starts from: the side that changed it, or the user's when both did. */
  pick: MergePick;
}

/** Deep equality of JSON-like values, blind to key order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  return [...keys].every((k) => sameValue(ra[k], rb[k]));
}

type Fields = Readonly<Record<string, unknown>>;

const sameFields = (a: Fields, b: Fields, fields: readonly string[]) => fields.every((f) => sameValue(a[f], b[f]));

/** The groups, plus one group for each field of either record that no group names, so no difference goes unseen. */
function completeGroups<K extends string>(groups: readonly FieldGroup<K>[], ...records: Fields[]): FieldGroup<K | string>[] {
  const named = new Set(groups.flatMap((g) => g.fields));
  const rest = [...new Set(records.flatMap((r) => Object.keys(r)))].filter((f) => !named.has(f));
  return [...groups, ...rest.map((f) => ({ key: f, fields: [f] }))];
}

/** Group by group, how mine and stored differ and who changed what since the base. */
export function diffRecord<K extends string>(
  base: Fields | null,
  mine: Fields,
  stored: Fields,
  groups: readonly FieldGroup<K>[],
): FieldDiff<K | string>[] {
  return completeGroups(groups, mine, stored).map(({ key, fields }) => {
    const differs = !sameFields(mine, stored, fields);
    const changedByMe = differs && (base === null || !sameFields(base, mine, fields));
    const changedByThem = differs && (base === null || !sameFields(base, stored, fields));
    return { key, differs, changedByMe, changedByThem, pick: changedByThem && !changedByMe ? 'stored' : 'mine' };
  });
}

/** The record with each group taken from the side picked for it (mine where no pick is given). */
export function mergeRecord<T extends Fields, K extends string>(
  mine: T,
  stored: T,
  groups: readonly FieldGroup<K>[],
  picks: Readonly<Partial<Record<K | string, MergePick>>>,
): T {
  const out: Record<string, unknown> = { ...mine };
  for (const { key, fields } of completeGroups(groups, mine, stored)) {
    if (picks[key] !== 'stored') continue;
    for (const f of fields) out[f] = stored[f];
  }
  // A field the picked side does not have is left out, not carried as undefined.
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as T;
}

/** The picks a merge starts from: each differing group from the side that changed it. */
export function defaultPicks<K extends string>(diffs: readonly FieldDiff<K>[]): Partial<Record<K, MergePick>> {
  return Object.fromEntries(diffs.filter((d) => d.differs).map((d) => [d.key, d.pick])) as Partial<Record<K, MergePick>>;
}
