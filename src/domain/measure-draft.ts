// A measure as the workbench's measure form holds it, and the checks that turn it into a record: its label, unit, whole,
// background flag and its links to other measures. Pure, so the form only renders.
//
// A link is stored once, on the measure whose form declares it: the engine (buildMeasureGraph) reads every link both ways,
// so a mirrored copy would add nothing and could only disagree with the first. The other measure's form shows the link,
// and refuses to declare a second one for the same pair.
import { findRule } from './interpretation-rules';
import {
  LIMITS,
  measureRelations,
  measureSchema,
  type CaveatKind,
  type Claim,
  type Comparison,
  type Measure,
  type MeasureRelation,
} from './schema';
import { uniqueId } from './slug';
import { sameName } from './compare-strings';

export interface CaveatDraft {
  /** '' until the user chooses. */
  kind: CaveatKind | '';
  note: string;
}

export interface LinkDraft {
  /** Stable while the form is open, so a removed link takes its own fields with it. */
  key: string;
  /** The other measure's id, or '' until the user chooses. */
  measureId: string;
  relation: MeasureRelation | '';
  /** As typed; only read for `scale`. */
  factor: string;
  caveats: CaveatDraft[];
}

export interface MeasureDraft {
  /** The record being edited, or null for a new measure. */
  id: string | null;
  label: string;
  unit: string;
  description: string;
  /** As typed; '' for none. */
  total: string;
  context: boolean;
  links: LinkDraft[];
}

export type MeasureField = 'label' | 'unit' | 'description' | 'total' | 'context' | 'links';
export type LinkField = 'measureId' | 'relation' | 'factor' | 'caveats';

/** Errors by field: a measure's own fields by name, a link's as "links.<index>.<field>". */
export type MeasureErrors = Partial<Record<string, string>>;

/** What each field is called on screen, so an error names the field the user sees. */
export const MEASURE_FIELD_LABELS: Record<MeasureField, string> = {
  label: 'What is counted',
  unit: 'Unit',
  description: 'Description',
  total: 'Whole',
  context: 'Background figure',
  links: 'Links',
};

const LINK_FIELD_LABELS: Record<LinkField, string> = {
  measureId: 'linked measure',
  relation: 'how they relate',
  factor: 'factor',
  caveats: 'caveats',
};

/** Each relation as the form offers it: a short name and what it means, in plain words. */
export const RELATION_TEXT: Record<MeasureRelation, { name: string; explanation: string }> = {
  same: {
    name: 'Same as',
    explanation: 'both count the same thing, so their figures are set side by side as they are',
  },
  part: {
    name: 'Part of',
    explanation:
      'this measure counts part of what the other counts (killed is part of killed and wounded): a figure here is a floor for the other, never the same figure',
  },
  complement: {
    name: 'Complement of',
    explanation: 'the two add up to one whole (percent destroyed and percent intact): a figure here is read as the whole minus it',
  },
  scale: {
    name: 'Same, in other units',
    explanation: 'both count the same thing in different units (thousands and people): a figure here is multiplied by a factor',
  },
};

/** The order the form offers relations in: the most common first. */
export const RELATION_ORDER: readonly MeasureRelation[] = ['same', 'part', 'complement', 'scale'];

/** What each caveat kind is called in the form. */
export const CAVEAT_KIND_TEXT: Record<CaveatKind, string> = {
  definition: 'Definition: they count by different rules',
  scope: 'Scope: they cover different places or groups',
  population: 'Population: they count different people',
  period: 'Period: they cover different dates',
  unit: 'Unit: they count in different units',
};

export function emptyMeasureDraft(): MeasureDraft {
  return { id: null, label: '', unit: '', description: '', total: '', context: false, links: [] };
}

export function emptyLinkDraft(key: string): LinkDraft {
  return { key, measureId: '', relation: '', factor: '', caveats: [] };
}

export function draftFromMeasure(measure: Measure): MeasureDraft {
  return {
    id: measure.id,
    label: measure.label,
    unit: measure.unit,
    description: measure.description,
    total: measure.total === null ? '' : String(measure.total),
    context: measure.context,
    links: measure.comparableWith.map((c, i) => ({
      key: `link-${i}`,
      measureId: c.measureId,
      relation: c.relation,
      factor: c.factor === undefined ? '' : String(c.factor),
      caveats: c.caveats.map((cv) => ({ kind: cv.kind, note: cv.note })),
    })),
  };
}

/** A number as typed ("100", "1,000", "0.5"), or null for blank, or 'invalid'. */
export function parseNumber(text: string): number | null | 'invalid' {
  let t = text.trim().replace(/[\s\u202f]/g, '');
  if (t === '') return null;
  // Commas only as thousands separators ("1,000"), so "1,5" is refused rather than read as 15.
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replaceAll(',', '');
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(t)) return 'invalid';
  const n = Number(t);
  return Number.isFinite(n) ? n : 'invalid';
}

/** "“Killed” (people)": how the form names another measure. */
function named(m: Pick<Measure, 'label'>): string {
  return `“${m.label}”`;
}

/** The measures another measure can be linked to: all but itself, by label. */
export function linkOptions(measures: readonly Measure[], id: string | null): Measure[] {
  return measures.filter((m) => m.id !== id).sort((a, b) => a.label.localeCompare(b.label, 'en') || a.id.localeCompare(b.id, 'en'));
}

/** Links to `id` that other measures declare: shown on its form, edited on theirs. */
export function incomingLinks(measures: readonly Measure[], id: string | null): { from: Measure; link: Comparison }[] {
  if (id === null) return [];
  return measures.flatMap((from) =>
    from.id === id ? [] : from.comparableWith.filter((c) => c.measureId === id).map((link) => ({ from, link })),
  );
}

/** A link in words, from the declaring measure's side: "Part of “Killed and wounded” (1 caveat)". */
export function describeLink(link: Comparison, measures: ReadonlyMap<string, Measure>): string {
  const other = measures.get(link.measureId);
  const target = other ? named(other) : `a measure no longer here (${link.measureId})`;
  const caveats = link.caveats.length === 0 ? '' : `; ${link.caveats.map((c) => `${c.kind}: ${c.note}`).join('; ')}`;
  if (link.relation === 'scale') return `Multiplied by ${link.factor ?? '(no factor)'}, gives ${target}${caveats}`;
  return `${RELATION_TEXT[link.relation].name} ${target}${caveats}`;
}

/** A link another measure declares, as this measure's form reads it: "“Fighters killed” counts part of what this one counts". */
export function describeIncoming(from: Measure, link: Comparison): string {
  const caveats = link.caveats.length === 0 ? '' : `; ${link.caveats.map((c) => `${c.kind}: ${c.note}`).join('; ')}`;
  const text: Record<Comparison['relation'], string> = {
    same: 'counts the same thing as this one',
    part: 'counts part of what this one counts',
    complement: 'counts the rest of the same whole',
    scale: `counts the same thing in other units (its figures times ${link.factor ?? '(no factor)'} give this one’s)`,
  };
  return `${named(from)} ${text[link.relation]}${caveats}`;
}

/** Why two wholes cannot carry the relation (validate-dataset refuses the same on export), or null when they can. */
export function totalsProblem(relation: MeasureRelation, mine: number | null, other: Measure): string | null {
  if (relation === 'complement') {
    if (mine === null || other.total === null) {
      return `A complement needs a whole on both measures (100 for percent): give ${mine === null ? 'this measure' : named(other)} a whole${mine === null && other.total === null ? `, and ${named(other)} one too` : ''}.`;
    }
    if (mine !== other.total)
      return `A complement needs the same whole on both measures: this one has ${mine}, ${named(other)} has ${other.total}.`;
  }
  if (relation === 'part' && mine !== other.total) {
    if (mine === null || other.total === null) {
      return `“Part of” needs both measures counted alike: two counts, or two shares of the same whole. ${mine === null ? `${named(other)} is a share of ${other.total}, this measure a count` : `This measure is a share of ${mine}, ${named(other)} a count`}.`;
    }
    return `“Part of” needs shares of the same whole: this measure has ${mine}, ${named(other)} has ${other.total}.`;
  }
  return null;
}

export interface MeasureContext {
  /** The workspace's measures as stored (the one being edited included). */
  measures: readonly Measure[];
  /** The workspace's claims: a measure's whole and background flag must still fit the figures on it. */
  claims: readonly Claim[];
}

function checkLink(
  link: LinkDraft,
  i: number,
  draft: MeasureDraft,
  total: number | null,
  byId: ReadonlyMap<string, Measure>,
  err: (field: LinkField, message: string) => void,
): Comparison | null {
  const other = byId.get(link.measureId);
  if (link.measureId === '') err('measureId', 'Choose the measure this one is linked to.');
  else if (link.measureId === draft.id) err('measureId', 'A measure cannot be linked to itself.');
  else if (!other) err('measureId', 'That measure is no longer in this workspace: choose another, or remove the link.');
  else {
    const earlier = draft.links.findIndex((l) => l.measureId === link.measureId);
    if (earlier < i) err('measureId', `Link ${earlier + 1} already goes to ${named(other)}: keep one link for the two measures.`);
    else if (draft.id !== null && other.comparableWith.some((c) => c.measureId === draft.id)) {
      err(
        'measureId',
        `${named(other)} already declares a link to this measure. Change that link on ${named(other)}, so the two never disagree.`,
      );
    }
  }
  if (link.relation === '' || !(measureRelations as readonly string[]).includes(link.relation)) {
    err('relation', 'Choose how the two measures relate.');
    return null;
  }
  let factor: number | undefined;
  if (link.relation === 'scale') {
    const n = parseNumber(link.factor);
    if (n === null) err('factor', 'Give the factor: the number a figure of this measure is multiplied by to read it in the other’s unit.');
    else if (n === 'invalid' || !(n > 0)) err('factor', 'The factor must be a number above zero, such as 1000 or 0.5.');
    else factor = n;
  }
  if (other) {
    const problem = totalsProblem(link.relation, total, other);
    if (problem) err('relation', problem);
  }
  if (link.caveats.length > LIMITS.list) err('caveats', `A link can carry up to ${LIMITS.list} caveats.`);
  const caveatProblem = link.caveats
    .map((c, n) => {
      if (c.kind === '') return `Caveat ${n + 1}: choose what kind of difference it is.`;
      if (c.note.trim() === '') return `Caveat ${n + 1}: say in a few words what differs.`;
      if (c.note.trim().length > LIMITS.shortText) return `Caveat ${n + 1}: keep the note under ${LIMITS.shortText} characters.`;
      return null;
    })
    .find((p) => p !== null);
  if (caveatProblem) err('caveats', caveatProblem);
  return {
    measureId: link.measureId,
    relation: link.relation,
    ...(factor !== undefined && { factor }),
    caveats: link.caveats.map((c) => ({ kind: c.kind as CaveatKind, note: c.note.trim() })),
  };
}

/** Why the claims on the measure would no longer fit its whole or background flag, by field. */
function claimProblems(id: string | null, total: number | null, context: boolean, claims: readonly Claim[]): MeasureErrors {
  const errors: MeasureErrors = {};
  if (id === null) return errors;
  const own = claims.filter((c) => c.measureId === id);
  const mismatched = own.filter((c) => c.context !== context);
  const first = mismatched[0];
  if (first) {
    const more = mismatched.length > 1 ? ` and ${mismatched.length - 1} more` : '';
    errors.context = context
      ? `The figure “${first.value.asWritten}”${more} on this measure is recorded as contested; a background measure can hold only background figures. Leave this unticked, or move those figures to another measure first.`
      : `The figure “${first.value.asWritten}”${more} on this measure is recorded as background; a contested measure can hold only contested figures. Leave this ticked, or move those figures to another measure first.`;
  }
  if (total !== null) {
    const outside = own.find((c) => [c.value.low, c.value.high].some((v) => v !== null && (v < 0 || v > total)));
    if (outside)
      errors.total = `The figure “${outside.value.asWritten}” on this measure lies outside 0–${total}: give a larger whole, or none.`;
  }
  const percent = own.find((c) => c.value.interpretation !== null && findRule(c.value.interpretation.rule)?.scale === 'percent');
  if (percent && total !== 100)
    errors.total ??= `The figure “${percent.value.asWritten}” on this measure is read as a percentage, so the whole must be 100.`;
  return errors;
}

export type BuiltMeasure = { ok: true; measure: Measure; created: boolean } | { ok: false; errors: MeasureErrors };

/** The record the draft describes, or every field's problem at once; a new measure gets an id made from its label. */
export function buildMeasure(draft: MeasureDraft, { measures, claims }: MeasureContext): BuiltMeasure {
  const errors: MeasureErrors = {};
  const byId = new Map(measures.map((m) => [m.id, m]));
  const label = draft.label.trim();
  const unit = draft.unit.trim();
  const description = draft.description.trim();

  if (label === '') errors.label = 'Say what is counted, and where and when: “ISIS fighters killed in Palmyra, 11 December 2016”.';
  else if (label.length > LIMITS.shortText) errors.label = `Keep it under ${LIMITS.shortText} characters.`;
  else {
    const twin = measures.find((m) => m.id !== draft.id && sameName(m.label, label));
    if (twin) errors.label = `Another measure is already called “${twin.label}”: edit that one, or tell the two apart (a place or a date).`;
  }

  if (unit === '') errors.unit = 'Say what one unit counts: people, raids, percent…';
  else if (unit.length > LIMITS.shortText) errors.unit = `Keep the unit under ${LIMITS.shortText} characters.`;

  if (description.length > LIMITS.longText)
    errors.description = `Keep the description under ${LIMITS.longText.toLocaleString('en-GB')} characters.`;

  const parsedTotal = parseNumber(draft.total);
  const total = typeof parsedTotal === 'number' && parsedTotal > 0 ? parsedTotal : null;
  if (parsedTotal === 'invalid' || parsedTotal === 0) errors.total = 'The whole must be a number above zero (100 for percent), or blank.';

  Object.assign(errors, { ...claimProblems(draft.id, total, draft.context, claims), ...errors });

  // Links other measures declare to this one must still hold with its new whole.
  if (!errors.total) {
    for (const { from, link } of incomingLinks(measures, draft.id)) {
      const needs =
        link.relation === 'complement' ? from.total === null || from.total !== total : link.relation === 'part' && from.total !== total;
      if (!needs) continue;
      const rule =
        link.relation === 'complement'
          ? 'the same whole on both (100 for percent)'
          : 'both counted alike: two counts, or two shares of the same whole';
      errors.total = `${named(from)} is declared ${RELATION_TEXT[link.relation].name.toLowerCase()} this measure, which needs ${rule}; ${named(from)} has ${from.total === null ? 'no whole' : `a whole of ${from.total}`}. Change that link on ${named(from)} first.`;
      break;
    }
  }

  if (draft.links.length > LIMITS.list) errors.links = `A measure can have up to ${LIMITS.list} links.`;
  const comparableWith = draft.links.flatMap((link, i) => {
    const built = checkLink(link, i, draft, total, byId, (field, message) => {
      errors[`links.${i}.${field}`] ??= message;
    });
    return built ? [built] : [];
  });

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const id = draft.id ?? uniqueId(label, new Set(measures.map((m) => m.id)), 'measure');
  const parsed = measureSchema.safeParse({ id, label, unit, description, total, context: draft.context, comparableWith });
  if (!parsed.success) {
    // The checks above should leave nothing for the schema to refuse; if it does, its message still names a field.
    const issue = parsed.error.issues[0];
    const path = issue?.path.map(String) ?? [];
    const first = path[0] ?? '';
    const key =
      first === 'comparableWith'
        ? `links.${path[1] ?? 0}.${path[2] === 'factor' ? 'factor' : path[2] === 'measureId' ? 'measureId' : 'caveats'}`
        : first in MEASURE_FIELD_LABELS
          ? first
          : 'label';
    return { ok: false, errors: { [key]: issue?.message ?? 'This is not valid.' } };
  }
  return { ok: true, measure: parsed.data, created: draft.id === null };
}

/** What the error summary calls each field with an error: a link's fields are named by the measure it goes to. */
export function measureErrorLabels(
  errors: MeasureErrors,
  draft: MeasureDraft,
  measures: ReadonlyMap<string, Measure>,
): Record<string, string> {
  const labels: Record<string, string> = { ...MEASURE_FIELD_LABELS };
  for (const key of Object.keys(errors)) {
    const m = /^links\.(\d+)\.(measureId|relation|factor|caveats)$/.exec(key);
    if (!m) continue;
    const i = Number(m[1]);
    const other = measures.get(draft.links[i]?.measureId ?? '');
    labels[key] = `Link ${i + 1}${other ? ` (to ${named(other)})` : ''}, ${LINK_FIELD_LABELS[m[2] as LinkField]}`;
  }
  return labels;
}

/** The error of one field of link `i`, for the form. */
export function linkError(errors: MeasureErrors, i: number, field: LinkField): string | undefined {
  return errors[`links.${i}.${field}`];
}
