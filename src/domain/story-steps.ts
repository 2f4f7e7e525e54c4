// Walking through a story: the stages of each step (predict, then reveal in turn), where "next" and "back" go, and how far along.
import type { Story, StoryStep } from './schema';
import { parseStepRoute } from './stories';

/**
 * The stages of a step. Blind compare steps: predict with the sources hidden, then reveal the claimants and their alignment,
 * then the quotes and articles, then why the figures may differ. Every other step: the question, then the answer.
 */
export type Stage = 'predict' | 'claimants' | 'quotes' | 'why' | 'answer';

/** What a stage shows. */
export interface Visibility {
  /** Claimants, their alignment and kind; false: neutral labels (Source A, B…). */
  sources: boolean;
  /** Verbatim quotes, articles and outlets. */
  quotes: boolean;
  /** The step's reveal text and the answer to its question. */
  reveal: boolean;
  /** The "why they may differ" list. */
  why: boolean;
}

/** True when a step is played blind: blind mode is on and the step compares figures (the only view that is blinded). */
export function isBlindStep(step: StoryStep, blind: boolean): boolean {
  return blind && parseStepRoute(step.view.path)?.kind === 'compare';
}

/** The stages of a step, in order; blind mode only changes compare steps. */
export function stagesOf(step: StoryStep, blind: boolean): readonly Stage[] {
  return isBlindStep(step, blind) ? ['predict', 'claimants', 'quotes', 'why'] : ['predict', 'answer'];
}

/** What a stage of a step shows; the predict stage of a step that is not blind shows its sources and quotes. */
export function visibilityOf(stage: Stage, blindStep: boolean): Visibility {
  switch (stage) {
    case 'predict':
      return { sources: !blindStep, quotes: !blindStep, reveal: false, why: false };
    case 'claimants':
      return { sources: true, quotes: false, reveal: true, why: false };
    case 'quotes':
      return { sources: true, quotes: true, reveal: true, why: false };
    case 'why':
    case 'answer':
      return { sources: true, quotes: true, reveal: true, why: true };
  }
}

/** Where the class is: a step (from 0) and a stage of it (from 0). */
export interface Position {
  step: number;
  stage: number;
}

/** The position moved into the story: step and stage clamped to those that exist; a non-number reads as 0. */
export function clampPosition(story: Story, blind: boolean, position: Position): Position {
  const whole = (n: number) => (Number.isFinite(n) ? Math.trunc(n) : 0);
  const step = Math.min(Math.max(whole(position.step), 0), story.steps.length - 1);
  const stages = stagesOf(story.steps[step] as StoryStep, blind).length;
  return { step, stage: Math.min(Math.max(whole(position.stage), 0), stages - 1) };
}

/** The next stage of this step, or the first stage of the next step; the last stage of the story stays where it is. */
export function nextPosition(story: Story, blind: boolean, position: Position): Position {
  const at = clampPosition(story, blind, position);
  const stages = stagesOf(story.steps[at.step] as StoryStep, blind).length;
  if (at.stage < stages - 1) return { step: at.step, stage: at.stage + 1 };
  if (at.step < story.steps.length - 1) return { step: at.step + 1, stage: 0 };
  return at;
}

/** The previous stage of this step, or the previous step as it ended (fully revealed); the first stage stays where it is. */
export function previousPosition(story: Story, blind: boolean, position: Position): Position {
  const at = clampPosition(story, blind, position);
  if (at.stage > 0) return { step: at.step, stage: at.stage - 1 };
  if (at.step === 0) return at;
  const step = at.step - 1;
  return { step, stage: stagesOf(story.steps[step] as StoryStep, blind).length - 1 };
}

/** The first stage of a step (for "go to step n"). */
export function startOf(story: Story, blind: boolean, step: number): Position {
  return clampPosition(story, blind, { step, stage: 0 });
}

/** How far along: "Step 3 of 10", and the share of all stages done, from 0 at the first stage to 1 at the last. */
export function progressOf(
  story: Story,
  blind: boolean,
  position: Position,
): { step: number; steps: number; fraction: number; label: string } {
  const at = clampPosition(story, blind, position);
  const counts = story.steps.map((s) => stagesOf(s, blind).length);
  const total = counts.reduce((a, b) => a + b, 0);
  const done = counts.slice(0, at.step).reduce((a, b) => a + b, 0) + at.stage;
  return {
    step: at.step + 1,
    steps: story.steps.length,
    fraction: total <= 1 ? 1 : done / (total - 1),
    label: `Step ${at.step + 1} of ${story.steps.length}`,
  };
}

/** What the button that moves on says at this position, naming what comes next. */
export function nextActionLabel(story: Story, blind: boolean, position: Position): string | null {
  const at = clampPosition(story, blind, position);
  const next = nextPosition(story, blind, at);
  if (next.step === at.step && next.stage === at.stage) return null;
  if (next.step !== at.step) return 'Next step';
  const stage = stagesOf(story.steps[at.step] as StoryStep, blind)[next.stage];
  return stage === 'claimants'
    ? 'Reveal who said what'
    : stage === 'quotes'
      ? 'Reveal the quotes and articles'
      : stage === 'why'
        ? 'Reveal why they may differ'
        : 'Reveal the answer';
}
