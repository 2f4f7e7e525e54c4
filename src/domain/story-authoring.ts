// Writing stories in the workbench: a view of the app becomes a step, steps are moved, replaced and removed, and a story
// is checked with the rules data:check applies, in words that name the step and the field. Pure: the caller saves.
import type { Dataset, Story, StoryQuestion, StoryStep, StoryView } from './schema';
import { uniqueId } from './slug';
import { STORIES_FILE, validateStories } from './stories';

export { stepViewOf } from './step-route';
import { ErrorList } from './validate-dataset';

/** What the author writes for a step; everything else is filled in. */
export interface StepText {
  title: string;
  narration: string;
  reveal: string;
  question?: StoryQuestion | null;
  notes?: string;
}

/** A new step showing `view`, with an id free in `story` (when given). */
export function newStep(view: StoryView, text: StepText, story?: Story): StoryStep {
  const taken = new Set(story?.steps.map((s) => s.id));
  return {
    id: uniqueId(text.title, taken, 'step'),
    title: text.title.trim(),
    view,
    narration: text.narration.trim(),
    question: text.question ?? null,
    reveal: text.reveal.trim(),
    notes: text.notes?.trim() ?? '',
  };
}

/** A new story of one step, with an id free among the workspace's stories. */
export function newStory(title: string, step: StoryStep, stories: readonly Story[]): Story {
  return { id: uniqueId(title, new Set(stories.map((s) => s.id)), 'story'), title: title.trim(), summary: '', steps: [step] };
}

/** The story with `step` added last. */
export function addStep(story: Story, step: StoryStep): Story {
  return { ...story, steps: [...story.steps, step] };
}

/** The story with the step at `index` moved by `delta` places (−1 up, +1 down); unchanged at either end. */
export function moveStep(story: Story, index: number, delta: -1 | 1): Story {
  const to = index + delta;
  if (index < 0 || index >= story.steps.length || to < 0 || to >= story.steps.length) return story;
  const steps = [...story.steps];
  const [moved] = steps.splice(index, 1);
  if (moved) steps.splice(to, 0, moved);
  return { ...story, steps };
}

/** The story with the step at `index` replaced. */
export function replaceStep(story: Story, index: number, step: StoryStep): Story {
  return { ...story, steps: story.steps.map((s, i) => (i === index ? step : s)) };
}

/** The story without the step at `index`; null when it is the only step (a story has at least one: delete the story). */
export function removeStep(story: Story, index: number): Story | null {
  if (story.steps.length <= 1) return null;
  return { ...story, steps: story.steps.filter((_, i) => i !== index) };
}

/** A problem with a story, placed for the author: the step it is in (from 0), or null for the story itself. */
export interface StoryIssue {
  step: number | null;
  /** The field as the editor labels it: "narration", "question", "view". */
  field: string;
  /** One sentence, starting with a capital. */
  message: string;
}

const FIELD_WORDS: [RegExp, string][] = [
  [/^view\./, 'view'],
  [/^question/, 'question'],
  [/^title$/, 'title'],
  [/^narration$/, 'narration'],
  [/^reveal$/, 'reveal'],
  [/^notes$/, 'notes'],
];

/** Where an error of validateStories points, in the editor's words ("steps.2.narration" → step 2, "narration"). */
function placeOf(field: string): { step: number | null; field: string } {
  const match = /^steps\.(\d+)\.?(.*)$/.exec(field);
  if (!match) return { step: null, field: field === '' ? 'story' : field.split('.')[0] || 'story' };
  const rest = match[2] ?? '';
  const word = FIELD_WORDS.find(([pattern]) => pattern.test(rest))?.[1] ?? (rest || 'step');
  return { step: Number(match[1]), field: word };
}

/** The story checked against the workspace's records with the rules of data:check and of a bundle import. */
export function checkStory(story: Story, dataset: Dataset): StoryIssue[] {
  const errors = new ErrorList();
  validateStories([story], dataset, STORIES_FILE, errors);
  return errors.errors.map((e) => {
    const place = placeOf(e.field);
    return { ...place, message: e.message.charAt(0).toUpperCase() + e.message.slice(1) };
  });
}

/** An issue as one line for the author: "Step 2, narration: Names …". */
export function issueLine(issue: StoryIssue): string {
  const where = issue.step === null ? `Story, ${issue.field}` : `Step ${issue.step + 1}, ${issue.field}`;
  return `${where}: ${issue.message}`;
}

/** Why a story save was refused: it changed or went since the editor loaded it, its id is taken, or the workspace is gone. */
export type StoryConflict =
  | { reason: 'changed'; stored: Story | null; revision: number }
  | { reason: 'deleted' }
  | { reason: 'taken' }
  | { reason: 'workspace-deleted' };

/** What the author is told when a save is refused; nothing of the change was written. */
export function conflictMessage(conflict: StoryConflict): string {
  switch (conflict.reason) {
    case 'changed':
      return 'This story was changed in another tab since you opened it, so your change was not saved. The story now shows the stored version: make your change again.';
    case 'deleted':
      return 'This story was deleted in another tab, so your change was not saved.';
    case 'taken':
      return 'Another tab has just saved a story with this title. Nothing was saved: give yours another title.';
    case 'workspace-deleted':
      return 'This workspace was deleted in another tab, so nothing was saved.';
  }
}
