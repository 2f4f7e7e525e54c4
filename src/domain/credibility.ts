// Suggested Admiralty (NATO) information-credibility grade per claim, from the comparison evidence.
import type { CredibilitySuggestion } from './analysis-types';
import type { EngineComparedClaim, EngineComparisonGroup } from './engine-group';
import { joinNames } from './format';
import { sourceName } from './lookups';
import type { Source } from './schema';

export const GRADE_LABELS = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
} as const;

type Grade = CredibilitySuggestion['grade'];

const LARGE_GROUP_REASON = 'Large group: evidence counted from sorted bounds, without checking periods.';

/** Grade from independent corroborating (c) and contradicting (d) voices: c≥2 → 1, c=1 → 2, c=d=0 → 3, d=1 → 4, d≥2 → 5; mixed evidence (c≥1 and d≥1) drops one step (c≥2 → 2, c=1 → 3). */
export function gradeFromCounts(corroborating: number, contradicting: number): Grade {
  if (corroborating >= 2) return contradicting > 0 ? 2 : 1;
  if (corroborating === 1) return contradicting > 0 ? 3 : 2;
  if (contradicting === 0) return 3;
  return contradicting === 1 ? 4 : 5;
}

/** Sources named in a reason before the rest are counted: "A, B, C and 4 more". */
const REASON_NAME_LIMIT = 3;

/** Names the first voices of an evidence list, "A, B and C", or "A, B, C and 4 more" when `count` exceeds REASON_NAME_LIMIT. */
function nameVoices(ids: readonly string[], count: number, sources: ReadonlyMap<string, Source>): string {
  if (count <= REASON_NAME_LIMIT) return joinNames(ids.slice(0, count).map((id) => sourceName(sources, id)));
  const shown = ids.slice(0, REASON_NAME_LIMIT).map((id) => sourceName(sources, id));
  return `${shown.join(', ')} and ${count - shown.length} more`;
}

/** Suggests a grade for one entry of a group: 6 for context figures and figures that could not be put on the group's footing, else gradeFromCounts on the evidence counts; reasons name up to REASON_NAME_LIMIT other sources per sentence. */
function suggestCredibility(
  entry: EngineComparedClaim,
  group: Pick<EngineComparisonGroup, 'context' | 'label' | 'unit' | 'pairsOmitted'>,
  sources: ReadonlyMap<string, Source>,
): CredibilitySuggestion {
  if (group.context || entry.context) {
    return {
      claimId: entry.claimId,
      grade: 6,
      label: GRADE_LABELS[6],
      reasons: ['This is a background figure, not one the accounts dispute, so it is not graded.'],
    };
  }
  if (entry.cannotNormalise) {
    return {
      claimId: entry.claimId,
      grade: 6,
      label: GRADE_LABELS[6],
      reasons: [`It could not be compared with the other figures on ${group.label}: ${entry.cannotNormalise.reason}.`],
    };
  }
  const ev = entry.evidence;
  const c = ev.corroboratingCount;
  const d = ev.contradictingCount;
  const grade = gradeFromCounts(c, d);
  const reasons: string[] = [];
  if (c > 0) reasons.push(`Independent figures from ${nameVoices(ev.corroboratingVoices, c, sources)} overlap with it.`);
  if (d > 0)
    reasons.push(`Independent figures from ${nameVoices(ev.contradictingVoices, d, sources)} cannot both be true with it (no overlap).`);
  const k = ev.compatibleCount;
  if (k > 0) {
    reasons.push(
      `Figures from ${nameVoices(ev.compatibleVoices, k, sources)} do not contradict it, but one side is open or vague (“at least”, “scores”), so they do not confirm it.`,
    );
  }
  if (c === 0 && d === 0 && k === 0) reasons.push(`No independent source gives a comparable figure on ${group.label} for the same period.`);
  if (ev.selfConsistentWith.length > 0) {
    reasons.push('The same source gives another, consistent figure; that is self-consistency, not corroboration.');
  }
  if (ev.selfContradicting.length > 0) reasons.push('The same source gives another figure that does not overlap with this one.');
  if (group.pairsOmitted) reasons.push(LARGE_GROUP_REASON);
  return { claimId: entry.claimId, grade, label: GRADE_LABELS[grade], reasons };
}

/** Suggestions for every claim in the groups, keyed by claim id (own keys only, so an id like "__proto__" is just a key); a claim in no group gets none. */
export function suggestAll(
  groups: readonly EngineComparisonGroup[],
  sources: ReadonlyMap<string, Source>,
): Record<string, CredibilitySuggestion> {
  // fromEntries defines own properties; assigning out["__proto__"] would replace the prototype instead.
  return Object.fromEntries(groups.flatMap((g) => g.entries.map((e) => [e.claimId, suggestCredibility(e, g, sources)] as const)));
}

/** The suggestion for one claim, read as an own key only: "constructor" or "__proto__" never find Object's built-ins. */
export function credibilityOf(credibility: Record<string, CredibilitySuggestion>, claimId: string): CredibilitySuggestion | undefined {
  return Object.hasOwn(credibility, claimId) ? credibility[claimId] : undefined;
}
