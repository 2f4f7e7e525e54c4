import { describe, expect, it } from 'vitest';
import { loadShippedDataset } from '../testing/real-dataset';
import type { Story } from './schema';
import { addStep, checkStory, issueLine, moveStep, newStep, newStory, removeStep, replaceStep, stepViewOf } from './story-authoring';

const dataset = loadShippedDataset();
const text = { title: 'Two counts', narration: 'Two figures for one fortnight.', reveal: 'They count different things.' };
const raids = { path: '/compare/air-raids-palmyra-2016', search: '' };

/** A story of three steps, titled A, B and C. */
function threeSteps(): Story {
  const a = newStep(raids, { ...text, title: 'A' });
  let story = newStory('Counting', a, []);
  story = addStep(story, newStep(raids, { ...text, title: 'B' }, story));
  return addStep(story, newStep({ path: '/timeline', search: '' }, { ...text, title: 'C' }, story));
}

describe('stepViewOf', () => {
  it('keeps the view and its state, and leaves the workspace out', () => {
    expect(stepViewOf('/compare/air-raids-palmyra-2016', '?group=date&ws=ws-1a2b')).toEqual({
      path: '/compare/air-raids-palmyra-2016',
      search: '?group=date',
    });
    expect(stepViewOf('/matrix', '?ws=ws-1')).toEqual({ path: '/matrix', search: '' });
  });

  it('refuses pages a step cannot show', () => {
    expect(stepViewOf('/workbench', '')).toBeNull();
    expect(stepViewOf('/classroom/palmyra/present', '?step=1')).toBeNull();
  });
});

describe('new ids', () => {
  it('make a story id of its title, numbered when taken', () => {
    const step = newStep(raids, text);
    expect(newStory('Counting raids', step, []).id).toBe('counting-raids');
    const taken = [newStory('x', step, []), newStory('x', step, [])].map((s, i) => ({
      ...s,
      id: ['counting-raids', 'counting-raids-2'][i]!,
    }));
    expect(newStory('Counting raids', step, taken).id).toBe('counting-raids-3');
    expect(newStory('Café – “80%”', step, []).id).toBe('cafe-80');
    expect(newStory('«»', step, []).id).toBe('story');
    expect(newStep(raids, { ...text, title: '«»' }).id).toBe('step');
  });
});

describe('editing steps', () => {
  it('gives each new step a free id, and moves, replaces and removes them', () => {
    const story = threeSteps();
    expect(story.id).toBe('counting');
    expect(story.steps.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(moveStep(story, 2, -1).steps.map((s) => s.title)).toEqual(['A', 'C', 'B']);
    expect(moveStep(story, 0, -1)).toBe(story);
    expect(moveStep(story, 2, 1)).toBe(story);
    expect(replaceStep(story, 1, { ...story.steps[1]!, title: 'B2' }).steps.map((s) => s.title)).toEqual(['A', 'B2', 'C']);
    expect(removeStep(story, 0)?.steps.map((s) => s.title)).toEqual(['B', 'C']);
    expect(removeStep(newStory('One', newStep(raids, text), []), 0)).toBeNull();
  });

  it('trims what the author typed', () => {
    expect(newStep(raids, { title: ' Two counts ', narration: ' N ', reveal: ' R ', notes: ' x ' })).toMatchObject({
      title: 'Two counts',
      narration: 'N',
      reveal: 'R',
      notes: 'x',
      question: null,
    });
  });
});

describe('checkStory', () => {
  it('passes a story that keeps its sources hidden until the reveal', () => {
    expect(checkStory(threeSteps(), dataset)).toEqual([]);
  });

  it('names the step and the field where a source is named before the reveal', () => {
    const story = replaceStep(threeSteps(), 1, {
      ...threeSteps().steps[1]!,
      narration: 'The Palmyra Revolution Coordination counted raids.',
    });
    const issues = checkStory(story, dataset);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ step: 1, field: 'narration' });
    expect(issueLine(issues[0]!)).toMatch(
      /^Step 2, narration: Names "Palmyra Revolution Coordination", a source of this step, before the reveal/,
    );
  });

  it('names a view whose measure the workspace does not hold', () => {
    const story = addStep(threeSteps(), newStep({ path: '/compare/no-such-measure', search: '' }, { ...text, title: 'D' }));
    expect(checkStory(story, dataset).map(issueLine)).toEqual([
      'Step 4, view: Names the measure "no-such-measure", which is not in the dataset',
    ]);
  });
});
