import { describe, expect, it } from 'vitest';
import { storySchema, type Story } from './schema';
import { answeredCount, answersKey, feedbackOn, readAnswers, withAnswer, writeAnswers, type StudentAnswer } from './student-answers';

const story: Story = storySchema.parse({
  id: 'air-war',
  title: 'Two counts of one air war',
  steps: [
    {
      id: 'counts',
      title: 'Two counts',
      view: { path: '/compare/air-raids-palmyra-2016', search: '' },
      narration: 'Two figures.',
      question: {
        kind: 'choice',
        prompt: 'Which counts more?',
        choices: [{ text: 'More than 900 raids in two weeks' }, { text: '20 to 25 sorties a day', correct: true }],
      },
      reveal: 'Raids and sorties are not the same thing.',
    },
    {
      id: 'plausible',
      title: 'Plausible',
      view: { path: '/compare/air-raids-palmyra-2016', search: '' },
      narration: 'Which is more plausible?',
      question: { kind: 'choice', prompt: 'Which?', choices: [{ text: 'The first' }, { text: 'The second' }] },
      reveal: 'Both may be true.',
    },
    {
      id: 'why',
      title: 'Why',
      view: { path: '/matrix', search: '' },
      narration: 'Look at the matrix.',
      question: { kind: 'open', prompt: 'Why might they differ?', answer: 'They count different things.' },
      reveal: 'Definitions differ.',
    },
    { id: 'end', title: 'End', view: { path: '/', search: '' }, narration: 'The end.', reveal: 'Done.' },
  ],
});

const choice = (n: number): StudentAnswer => ({ kind: 'choice', choice: n });

describe('student answers on the device', () => {
  it('round-trips through the stored text', () => {
    const answers = withAnswer(withAnswer(new Map(), 'counts', choice(1)), 'why', { kind: 'open', text: 'Raids are not sorties.' });
    const read = readAnswers(writeAnswers(story.id, answers), story);
    expect(read.damaged).toBe(false);
    expect([...read.answers]).toEqual([
      ['counts', { kind: 'choice', choice: 1 }],
      ['why', { kind: 'open', text: 'Raids are not sorties.' }],
    ]);
  });

  it('starts empty, and not damaged, when nothing is stored', () => {
    expect(readAnswers(null, story)).toEqual({ answers: new Map(), damaged: false });
    expect(answersKey('air-war')).toBe('corroborate:student-answers:air-war');
  });

  it('says the answers were damaged when the stored text is not theirs, and never throws', () => {
    for (const raw of ['{', '[]', '{"version":2,"storyId":"air-war","answers":{}}', writeAnswers('another-story', new Map())]) {
      expect(readAnswers(raw, story)).toEqual({ answers: new Map(), damaged: true });
    }
  });

  it('drops answers that no longer fit the story: a removed step, a choice that is gone, a changed kind', () => {
    const raw = JSON.stringify({
      version: 1,
      storyId: 'air-war',
      answers: {
        gone: { kind: 'choice', choice: 0 },
        counts: { kind: 'choice', choice: 5 },
        why: { kind: 'choice', choice: 0 },
        plausible: { kind: 'choice', choice: 0 },
        end: { kind: 'open', text: 'no question here' },
      },
    });
    expect([...readAnswers(raw, story).answers.keys()]).toEqual(['plausible']);
  });

  it('removes a written answer left blank and cuts one that is too long', () => {
    const written = withAnswer(new Map(), 'why', { kind: 'open', text: 'x'.repeat(5_000) });
    expect((written.get('why') as { text: string }).text).toHaveLength(2_000);
    expect(withAnswer(written, 'why', { kind: 'open', text: '   ' }).has('why')).toBe(false);
  });
});

describe('feedbackOn', () => {
  const [counts, plausible, why] = story.steps.map((s) => s.question);
  it('names the choice and the answer', () => {
    expect(feedbackOn(counts!, choice(1))).toBe('You chose “20 to 25 sorties a day”: that is the answer.');
    expect(feedbackOn(counts!, choice(0))).toBe('You chose “More than 900 raids in two weeks”. The answer is “20 to 25 sorties a day”.');
  });
  it('does not mark a question of judgement', () => {
    expect(feedbackOn(plausible!, choice(0))).toBe('You chose “The first”. This is a question of judgement: no choice is marked right.');
  });
  it('points a written answer to the model answer, and says nothing without an answer', () => {
    expect(feedbackOn(why!, { kind: 'open', text: 'Definitions' })).toBe('Compare what you wrote with the answer below.');
    expect(feedbackOn(counts!, undefined)).toBeNull();
  });
});

describe('answeredCount', () => {
  it('counts the questions answered out of those asked', () => {
    expect(answeredCount(story, new Map())).toEqual({ answered: 0, questions: 3 });
    expect(answeredCount(story, withAnswer(new Map(), 'counts', choice(0)))).toEqual({ answered: 1, questions: 3 });
  });
});
