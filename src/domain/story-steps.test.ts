import { describe, expect, it } from 'vitest';
import type { Story, StoryStep } from './schema';
import {
  clampPosition,
  isBlindStep,
  nextActionLabel,
  nextPosition,
  previousPosition,
  progressOf,
  stagesOf,
  visibilityOf,
} from './story-steps';

function step(id: string, path: string): StoryStep {
  return { id, title: id, view: { path, search: '' }, narration: 'n', question: null, reveal: 'r', notes: '' };
}

// A compare step, an overview step, another compare step.
const story: Story = {
  id: 's',
  title: 'S',
  summary: '',
  steps: [step('one', '/compare/m'), step('two', '/'), step('three', '/compare/m')],
};

describe('stagesOf', () => {
  it('plays compare steps blind in four stages, and every other step in two', () => {
    expect(stagesOf(story.steps[0]!, true)).toEqual(['predict', 'claimants', 'quotes', 'why']);
    expect(stagesOf(story.steps[0]!, false)).toEqual(['predict', 'answer']);
    expect(stagesOf(story.steps[1]!, true)).toEqual(['predict', 'answer']);
    expect(isBlindStep(story.steps[1]!, true)).toBe(false);
  });
});

describe('visibilityOf', () => {
  it('reveals in turn: claimants, then quotes, then why they may differ', () => {
    expect(visibilityOf('predict', true)).toEqual({ sources: false, quotes: false, reveal: false, why: false });
    expect(visibilityOf('claimants', true)).toEqual({ sources: true, quotes: false, reveal: true, why: false });
    expect(visibilityOf('quotes', true)).toEqual({ sources: true, quotes: true, reveal: true, why: false });
    expect(visibilityOf('why', true)).toEqual({ sources: true, quotes: true, reveal: true, why: true });
  });
  it('shows a step that is not blind with its sources, and keeps only the answer back', () => {
    expect(visibilityOf('predict', false)).toEqual({ sources: true, quotes: true, reveal: false, why: false });
    expect(visibilityOf('answer', false)).toEqual({ sources: true, quotes: true, reveal: true, why: true });
  });
});

describe('nextPosition and previousPosition', () => {
  it('walks every stage of every step in blind mode, and stops at the end', () => {
    const seen: string[] = [];
    let at = { step: 0, stage: 0 };
    for (let i = 0; i < 12; i++) {
      seen.push(`${at.step}.${at.stage}`);
      at = nextPosition(story, true, at);
    }
    expect(seen).toEqual(['0.0', '0.1', '0.2', '0.3', '1.0', '1.1', '2.0', '2.1', '2.2', '2.3', '2.3', '2.3']);
  });
  it('goes back a stage, then to the previous step as it ended, and stays at the start', () => {
    expect(previousPosition(story, true, { step: 2, stage: 1 })).toEqual({ step: 2, stage: 0 });
    expect(previousPosition(story, true, { step: 2, stage: 0 })).toEqual({ step: 1, stage: 1 });
    expect(previousPosition(story, true, { step: 1, stage: 0 })).toEqual({ step: 0, stage: 3 });
    expect(previousPosition(story, true, { step: 0, stage: 0 })).toEqual({ step: 0, stage: 0 });
  });
  it('moves through two stages a step when blind mode is off', () => {
    expect(nextPosition(story, false, { step: 0, stage: 1 })).toEqual({ step: 1, stage: 0 });
  });
});

describe('clampPosition', () => {
  it('brings a position from a hand-edited address into the story', () => {
    expect(clampPosition(story, true, { step: 99, stage: 99 })).toEqual({ step: 2, stage: 3 });
    expect(clampPosition(story, false, { step: -3, stage: 7 })).toEqual({ step: 0, stage: 1 });
    expect(clampPosition(story, true, { step: Number.NaN, stage: 1.7 })).toEqual({ step: 0, stage: 1 });
  });
});

describe('progressOf', () => {
  it('counts steps from 1 and runs the bar from 0 at the first stage to 1 at the last', () => {
    expect(progressOf(story, true, { step: 0, stage: 0 })).toEqual({ step: 1, steps: 3, fraction: 0, label: 'Step 1 of 3' });
    expect(progressOf(story, true, { step: 1, stage: 0 }).fraction).toBeCloseTo(4 / 9);
    expect(progressOf(story, true, { step: 2, stage: 3 })).toEqual({ step: 3, steps: 3, fraction: 1, label: 'Step 3 of 3' });
  });
});

describe('nextActionLabel', () => {
  it('names what the next press reveals, and nothing at the end', () => {
    expect(nextActionLabel(story, true, { step: 0, stage: 0 })).toBe('Reveal who said what');
    expect(nextActionLabel(story, true, { step: 0, stage: 1 })).toBe('Reveal the quotes and articles');
    expect(nextActionLabel(story, true, { step: 0, stage: 2 })).toBe('Reveal why they may differ');
    expect(nextActionLabel(story, true, { step: 0, stage: 3 })).toBe('Next step');
    expect(nextActionLabel(story, true, { step: 1, stage: 0 })).toBe('Reveal the answer');
    expect(nextActionLabel(story, true, { step: 2, stage: 3 })).toBeNull();
  });
});
