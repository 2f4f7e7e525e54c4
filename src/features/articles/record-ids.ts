// Ids for records the user creates: readable slugs (they appear in URLs such as /compare/<measure>), unique in the workspace.

export { slugify, uniqueId } from '../../domain/slug';

/** A short random id with a prefix, for records without a natural name (articles, claims). */
export function randomId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}
