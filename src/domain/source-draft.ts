// A source as the workbench's source form holds it, and the checks that turn it into a record: names, kind, the side it is
// tied to, its parent organisation (never a loop) and the other names it goes by. Pure, so the form only renders.
import { LIMITS, sourceKinds, sourceSchema, type Article, type Source, type SourceKind } from './schema';
import { uniqueId } from './slug';
import { sameName } from './compare-strings';

export interface SourceDraft {
  /** The record being edited, or null for a new source. */
  id: string | null;
  name: string;
  /** '' until the user chooses. */
  kind: SourceKind | '';
  alignment: string;
  description: string;
  /** The parent organisation's id, or '' for none. */
  parentId: string;
  aliases: string[];
}

export type SourceField = 'name' | 'kind' | 'alignment' | 'description' | 'parentId' | 'aliases';

export type SourceFieldErrors = Partial<Record<SourceField, string>>;

/** What each field is called on screen, so an error names the field the user sees. */
export const SOURCE_FIELD_LABELS: Record<SourceField, string> = {
  name: 'Name',
  kind: 'Kind of source',
  alignment: 'Side it is tied to',
  description: 'Who the source is',
  parentId: 'Parent organisation',
  aliases: 'Other names',
};

/** The alignment of a source tied to no side. */
export const INDEPENDENT = 'independent';

export function emptySourceDraft(): SourceDraft {
  return { id: null, name: '', kind: '', alignment: '', description: '', parentId: '', aliases: [] };
}

export function draftFromSource(source: Source): SourceDraft {
  return {
    id: source.id,
    name: source.name,
    kind: source.kind,
    alignment: source.alignment,
    description: source.description,
    parentId: source.parentId ?? '',
    aliases: [...source.aliases],
  };
}

/** The alignments already used in the workspace, most used first, with "independent" always offered. */
export function alignmentOptions(sources: readonly Source[]): string[] {
  const counts = new Map<string, number>([[INDEPENDENT, 0]]);
  for (const s of sources) {
    const a = s.alignment.trim();
    if (a !== '') counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  return [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0], 'en')).map(([a]) => a);
}

/** The sources that can be chosen as the parent of `id` (all but itself), by name. */
export function parentOptions(sources: readonly Source[], id: string | null): Source[] {
  return sources.filter((s) => s.id !== id).sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id, 'en'));
}

/**
 * The loop that making `parentId` the parent of `id` would close, from `id` round to itself ([id, parentId, …, id]), or null
 * when there is none: a source cannot be part of itself, even through others.
 */
export function parentLoop(id: string | null, parentId: string, sources: ReadonlyMap<string, Source>): string[] | null {
  if (id === null) return null;
  const path = [id];
  const seen = new Set<string>();
  for (let at: string | null = parentId; at !== null && !seen.has(at); at = sources.get(at)?.parentId ?? null) {
    path.push(at);
    if (at === id) return path;
    seen.add(at);
  }
  return null;
}

/** Why `parentId` cannot be the parent of the draft's source, in plain words, or null when it can. */
export function parentProblem(id: string | null, name: string, parentId: string, sources: ReadonlyMap<string, Source>): string | null {
  if (parentId === '') return null;
  if (parentId === id) return 'A source cannot be its own parent organisation.';
  const parent = sources.get(parentId);
  if (!parent) return 'That organisation is no longer in this workspace: choose another, or none.';
  const loop = parentLoop(id, parentId, sources);
  if (loop) {
    const own = name.trim() || 'this source';
    const chain = loop.map((at) => (at === id ? own : (sources.get(at)?.name ?? at))).join(' → ');
    return `“${parent.name}” is already part of “${own}” (${chain}), so it cannot also be its parent organisation. Choose an organisation above it, or none.`;
  }
  return null;
}

/** Why `alias` cannot be added to the draft, or null when it can. */
export function aliasProblem(draft: SourceDraft, alias: string, sources: readonly Source[]): string | null {
  const text = alias.trim();
  if (text === '') return 'Type the other name first.';
  if (text.length > LIMITS.alias) return `Keep each other name under ${LIMITS.alias} characters.`;
  if (sameName(text, draft.name)) return 'That is the source’s own name already.';
  if (draft.aliases.some((a) => sameName(a, text))) return `“${text}” is in the list already.`;
  if (draft.aliases.length >= LIMITS.aliases) return `A source can have up to ${LIMITS.aliases} other names.`;
  const other = sources.find((s) => s.id !== draft.id && (sameName(s.name, text) || s.aliases.some((a) => sameName(a, text))));
  if (other) return `“${text}” already names another source, “${other.name}”: a name can point to one source only.`;
  return null;
}

/** The draft with `alias` added (trimmed), or why not. */
export function addAlias(
  draft: SourceDraft,
  alias: string,
  sources: readonly Source[],
): { ok: true; draft: SourceDraft } | { ok: false; error: string } {
  const error = aliasProblem(draft, alias, sources);
  return error === null ? { ok: true, draft: { ...draft, aliases: [...draft.aliases, alias.trim()] } } : { ok: false, error };
}

export interface SourceContext {
  /** The workspace's sources as stored (the one being edited included). */
  sources: readonly Source[];
  /** The workspace's articles: a source that published one must stay an outlet. */
  articles: readonly Article[];
}

export type BuiltSource = { ok: true; source: Source; created: boolean } | { ok: false; errors: SourceFieldErrors };

/** The record the draft describes, or every field's problem at once; a new source gets an id made from its name. */
export function buildSource(draft: SourceDraft, { sources, articles }: SourceContext): BuiltSource {
  const errors: SourceFieldErrors = {};
  const byId = new Map(sources.map((s) => [s.id, s]));
  const name = draft.name.trim();
  const alignment = draft.alignment.trim();
  const description = draft.description.trim();

  if (name === '') errors.name = 'Give the source’s name, as reports write it.';
  else if (name.length > LIMITS.shortText) errors.name = `Keep the name under ${LIMITS.shortText} characters.`;
  else {
    const twin = sources.find((s) => s.id !== draft.id && sameName(s.name, name));
    if (twin)
      errors.name = `Another source is already called “${twin.name}”: edit that one, or tell the two apart (add a role or a country).`;
  }

  if (draft.kind === '' || !(sourceKinds as readonly string[]).includes(draft.kind)) errors.kind = 'Choose what kind of source this is.';
  else if (draft.kind !== 'outlet' && draft.id !== null) {
    const published = articles.filter((a) => a.outlet === draft.id);
    const first = published[0];
    if (first) {
      const more = published.length > 1 ? ` and ${published.length - 1} more` : '';
      errors.kind = `It published “${first.title}”${more} in this workspace, so it must stay an outlet.`;
    }
  }

  if (alignment === '')
    errors.alignment = `Say which side the source is tied to (a government, a party to the conflict), or “${INDEPENDENT}”.`;
  else if (alignment.length > LIMITS.shortText) errors.alignment = `Keep the side under ${LIMITS.shortText} characters.`;

  if (description.length > LIMITS.longText) {
    errors.description = `Keep the description under ${LIMITS.longText.toLocaleString('en-GB')} characters.`;
  }

  const parent = parentProblem(draft.id, name, draft.parentId, byId);
  if (parent !== null) errors.parentId = parent;

  // Aliases are checked as they are added; they are checked again here, as a merge with another tab's version can bring others.
  let kept: SourceDraft = { ...draft, name, aliases: [] };
  for (const alias of draft.aliases) {
    const added = addAlias(kept, alias, sources);
    if (!added.ok) {
      errors.aliases = added.error;
      break;
    }
    kept = added.draft;
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const id = draft.id ?? uniqueId(name, new Set(sources.map((s) => s.id)), 'source');
  const parsed = sourceSchema.safeParse({
    id,
    name,
    kind: draft.kind,
    alignment,
    description,
    parentId: draft.parentId === '' ? null : draft.parentId,
    aliases: kept.aliases,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = String(issue?.path[0] ?? 'name');
    const field: SourceField = path in SOURCE_FIELD_LABELS ? (path as SourceField) : 'name';
    return { ok: false, errors: { [field]: issue?.message ?? 'This is not valid.' } };
  }
  return { ok: true, source: parsed.data, created: draft.id === null };
}
