// The analyst's own grades: Admiralty reliability A–F per source, credibility 1–6 per claim, each with a reason.
import { GRADE_LABELS } from './credibility';
import { LIMITS } from './schema';
import { z } from './zod';

export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];

export const RELIABILITY_LABELS: Record<ReliabilityGrade, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

export const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const;
export type CredibilityGrade = (typeof CREDIBILITY_GRADES)[number];
export const CREDIBILITY_LABELS: Record<CredibilityGrade, string> = GRADE_LABELS;

/** Longest reason kept with a grade. */
export const GRADE_REASON_MAX = 2_000;

const reason = z.string().max(GRADE_REASON_MAX);

export const sourceGradeSchema = z.object({
  sourceId: z.string().min(1).max(LIMITS.id),
  grade: z.enum(RELIABILITY_GRADES),
  reason,
});

export const claimGradeSchema = z.object({
  claimId: z.string().min(1).max(LIMITS.id),
  grade: z.literal(CREDIBILITY_GRADES),
  reason,
});

export type SourceGradeEntry = z.infer<typeof sourceGradeSchema>;
export type ClaimGradeEntry = z.infer<typeof claimGradeSchema>;

/** Every grade of one dataset copy. */
export interface DatasetGrades {
  sources: SourceGradeEntry[];
  claims: ClaimGradeEntry[];
}

export const NO_GRADES: DatasetGrades = { sources: [], claims: [] };

/** True for one of A–F; anything else (lower case, "G", a number) is not a grade. */
export function isReliabilityGrade(value: unknown): value is ReliabilityGrade {
  return typeof value === 'string' && (RELIABILITY_GRADES as readonly string[]).includes(value);
}

/** True for an integer 1–6; 0, 7, 2.5 and strings are not grades. */
export function isCredibilityGrade(value: unknown): value is CredibilityGrade {
  return typeof value === 'number' && (CREDIBILITY_GRADES as readonly number[]).includes(value);
}
