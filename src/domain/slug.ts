// Ids for records the user creates: readable slugs (they appear in URLs such as /compare/<measure>), unique in the workspace.

/** A lower-case ASCII slug of a label ("Air raids on Palmyra, 2016" → "air-raids-on-palmyra-2016"); '' when nothing is left. */
export function slugify(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The slug of the label, or `fallback` when it has none, with "-2", "-3"… added until it is not taken. */
export function uniqueId(label: string, taken: ReadonlySet<string>, fallback: string): string {
  const base = slugify(label) || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}
