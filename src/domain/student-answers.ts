// A student's answers to a story in self-paced mode. They stay on the student's device, so what is read back may be
// damaged, from an older story or from another one; reading never throws and keeps only answers that still fit a step.
import { z } from './zod';
import type { Story, StoryQuestion, StoryStep } from './schema';

/** One answer: the number of the choice picked (from 0), or the words written for an open question. */
export type StudentAnswer = { kind: 'choice'; choice: number } | { kind: 'open'; text: string };

/** The answers to one story, by step id. */
export type StudentAnswers = ReadonlyMap<string, StudentAnswer>;

/** Longest written answer kept: a paragraph or two, never a pasted article. */
export const MAX_ANSWER_LENGTH = 2_000;

const storedSchema = z.object({
  version: z.literal(1),
  storyId: z.string(),
  answers: z.record(
    z.string(),
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('choice'), choice: z.number().int().min(0) }),
      z.object({ kind: z.literal('open'), text: z.string().max(MAX_ANSWER_LENGTH) }),
    ]),
  ),
});

/** The key the answers to a story are kept under on the device. */
export function answersKey(storyId: string): string {
  return `corroborate:student-answers:${storyId}`;
}

/** True when `answer` still answers `question`: the same kind, and a choice that exists. */
function fits(question: StoryQuestion | null, answer: StudentAnswer): boolean {
  if (question === null || question.kind !== answer.kind) return false;
  return question.kind === 'open' || (answer.kind === 'choice' && answer.choice < question.choices.length);
}

/**
 * Reads the stored answers to `story`; `damaged` is true when something was stored but could not be read, so the page can say
 * the earlier answers were lost instead of silently starting afresh.
 */
export function readAnswers(raw: string | null, story: Story): { answers: StudentAnswers; damaged: boolean } {
  if (raw === null || raw === '') return { answers: new Map(), damaged: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { answers: new Map(), damaged: true };
  }
  const stored = storedSchema.safeParse(parsed);
  if (!stored.success || stored.data.storyId !== story.id) return { answers: new Map(), damaged: true };
  const steps = new Map(story.steps.map((s) => [s.id, s]));
  const answers = new Map<string, StudentAnswer>();
  for (const [stepId, answer] of Object.entries(stored.data.answers)) {
    const step = steps.get(stepId);
    if (step && fits(step.question, answer)) answers.set(stepId, answer);
  }
  return { answers, damaged: false };
}

/** The text kept on the device for `answers`. */
export function writeAnswers(storyId: string, answers: StudentAnswers): string {
  return JSON.stringify({ version: 1, storyId, answers: Object.fromEntries(answers) });
}

/** The answers with one step's answer set; a written answer that is only blanks removes it, and long text is cut. */
export function withAnswer(answers: StudentAnswers, stepId: string, answer: StudentAnswer): StudentAnswers {
  const next = new Map(answers);
  if (answer.kind === 'open' && answer.text.trim() === '') next.delete(stepId);
  else next.set(stepId, answer.kind === 'open' ? { kind: 'open', text: answer.text.slice(0, MAX_ANSWER_LENGTH) } : answer);
  return next;
}

/**
 * What the student is told once a step is revealed, in one sentence; null before an answer is given.
 *
 * @example feedbackOn(question, { kind: 'choice', choice: 1 }) // "You chose “20 to 25 sorties a day”: that is the answer."
 */
export function feedbackOn(question: StoryQuestion, answer: StudentAnswer | undefined): string | null {
  if (answer === undefined) return null;
  if (question.kind === 'open' || answer.kind === 'open') return 'Compare what you wrote with the answer below.';
  const picked = question.choices[answer.choice];
  if (!picked) return null;
  const right = question.choices.filter((c) => c.correct);
  if (right.length === 0) return `You chose “${picked.text}”. This is a question of judgement: no choice is marked right.`;
  if (picked.correct) return `You chose “${picked.text}”: that is the answer.`;
  const names = right.map((c) => `“${c.text}”`).join(' or ');
  return `You chose “${picked.text}”. The answer is ${names}.`;
}

/** How many of the story's questions are answered, for "You have answered 3 of 7 questions". */
export function answeredCount(story: Story, answers: StudentAnswers): { answered: number; questions: number } {
  const asked = story.steps.filter((s): s is StoryStep & { question: StoryQuestion } => s.question !== null);
  return { answered: asked.filter((s) => answers.has(s.id)).length, questions: asked.length };
}
