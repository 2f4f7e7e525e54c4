import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadShippedDataset } from '../testing/real-dataset';
import { NO_FILTERS } from './filter';
import { formatDatasetError, ErrorList } from './validate-dataset';
import { claimsOfCompareStep, hiddenNames, namesIn, parseStepRoute, stepFilters, validateStories } from './stories';
import type { Story } from './schema';

const dataset = loadShippedDataset();
const shipped = (): Story[] => JSON.parse(readFileSync(join(DATA_DIR, 'stories.json'), 'utf8')) as Story[];
const sources = new Map(dataset.sources.map((s) => [s.id, s]));

function check(raw: unknown): string[] {
  const errors = new ErrorList();
  validateStories(raw, dataset, 'stories.json', errors);
  return errors.errors.map(formatDatasetError);
}

describe('parseStepRoute', () => {
  it('reads the compare and claim routes and the overviews', () => {
    expect(parseStepRoute('/compare/air-raids-palmyra-2016')).toEqual({ kind: 'compare', groupId: 'air-raids-palmyra-2016' });
    expect(parseStepRoute('/claims/c-02')).toEqual({ kind: 'claim', claimId: 'c-02' });
    expect(parseStepRoute('/')).toEqual({ kind: 'overview' });
    expect(parseStepRoute('/matrix')).toEqual({ kind: 'matrix' });
  });
  it('refuses routes the app does not have, a trailing slash and nested ids included', () => {
    for (const path of ['/workbench', '/compare/', '/compare/a/b', '/matrix/', 'compare/x', '/claims'])
      expect(parseStepRoute(path)).toBeNull();
  });
});

describe('stepFilters', () => {
  it('reads comma-separated lists and dates as the views do', () => {
    expect(stepFilters('?source=sohr,sana&from=2016-03-01&group=date')).toEqual({
      ...NO_FILTERS,
      sources: ['sohr', 'sana'],
      from: '2016-03-01',
    });
  });
  it('gives no filters for an empty query string', () => {
    expect(stepFilters('')).toEqual(NO_FILTERS);
  });
});

describe('namesIn', () => {
  it('finds whole names in their own case only: the outlet NOW, never the word "now"', () => {
    expect(namesIn('Regime forces are now on the outskirts', ['NOW'])).toEqual([]);
    expect(namesIn('as NOW reported', ['NOW'])).toEqual(['NOW']);
    expect(namesIn('the Russian Defence Ministry said', ['Russian Defence Ministry', 'SANA'])).toEqual(['Russian Defence Ministry']);
    expect(namesIn('SANAA is a city', ['SANA'])).toEqual([]);
  });
});

describe('hiddenNames', () => {
  it('names claimants, the body they speak for, outlets and agencies, with and without a gloss in brackets', () => {
    const site = claimsOfCompareStep(dataset, 'ancient-site-intact-palmyra-2016');
    const names = hiddenNames(site, sources);
    expect(names).toEqual(
      expect.arrayContaining([
        'Activist who escaped Palmyra',
        'Maamoun Abdulkarim',
        'Directorate-General of Antiquities and Museums (Syria)',
        'Directorate-General of Antiquities and Museums',
        'NOW',
        'Syria Direct',
        'News24',
        'AFP',
      ]),
    );
  });
  it('takes the claims of every measure comparable with the step’s measure', () => {
    const ids = claimsOfCompareStep(dataset, 'russian-sorties-palmyra-2016').map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['c-02', 'c-09']));
  });
});

describe('validateStories', () => {
  it('accepts the shipped story', () => {
    expect(check(shipped())).toEqual([]);
    const [story] = shipped();
    expect(story?.steps.length).toBeGreaterThanOrEqual(8);
    expect(story?.steps.length).toBeLessThanOrEqual(12);
  });

  it('names a step whose route points at a measure or claim the dataset does not hold, or at no view', () => {
    const [story] = shipped();
    if (!story) throw new Error('no shipped story');
    const steps = story.steps.slice(0, 3).map((s) => ({ ...s, view: { ...s.view } }));
    steps[0]!.view.path = '/compare/no-such-measure';
    steps[1]!.view.path = '/claims/c-999';
    steps[2]!.view.path = '/workbench';
    expect(check([{ ...story, steps }])).toEqual([
      'stories.json › story palmyra-who-counts-what › steps.0.view.path: names the measure "no-such-measure", which is not in the dataset',
      'stories.json › story palmyra-who-counts-what › steps.1.view.path: names the claim "c-999", which is not in the dataset',
      expect.stringMatching(
        /^stories\.json › story palmyra-who-counts-what › steps\.2\.view\.path: "\/workbench" is not a view of the app/,
      ),
    ]);
  });

  it('refuses a compare step that names one of its sources before the reveal, in the title, narration or a choice', () => {
    const [story] = shipped();
    if (!story) throw new Error('no shipped story');
    const first = story.steps[0]!;
    const leaking = {
      ...first,
      narration: 'The Russian Defence Ministry reported 20 to 25 sorties a day.',
      question: {
        kind: 'choice' as const,
        prompt: 'Who said it?',
        choices: [
          { text: 'NOW', correct: false },
          { text: 'Nobody', correct: true },
        ],
      },
    };
    const errors = check([{ ...story, title: 'What the Syrian Observatory for Human Rights said', steps: [leaking] }]);
    expect(errors).toEqual([
      expect.stringMatching(/steps\.0\.narration: names "Russian Defence Ministry", a source of this step, before the reveal/),
      expect.stringMatching(/steps\.0\.question\.choices\.0\.text: names "NOW"/),
    ]);
    // The observatory is no source of the remaining step, so the title may name it.
    expect(errors.some((e) => e.includes('› title:'))).toBe(false);
    expect(check([{ ...story, title: 'What the Palmyra Revolution Coordination said' }])).toEqual([
      expect.stringMatching(/^stories\.json › story palmyra-who-counts-what › title: names "Palmyra Revolution Coordination"/),
    ]);
  });

  it('lets the reveal and the notes name the sources', () => {
    const [story] = shipped();
    if (!story) throw new Error('no shipped story');
    expect(story.steps[0]?.reveal).toContain('Russian Defence Ministry');
    expect(check([story])).toEqual([]);
  });

  it('refuses duplicate ids, a story without steps, and a file that is not a list', () => {
    const [story] = shipped();
    if (!story) throw new Error('no shipped story');
    const twice = { ...story, steps: [story.steps[0], story.steps[0]] };
    expect(check([twice, story])).toEqual([
      expect.stringMatching(/steps\.1\.id: the step id "two-counts" is used twice in this story/),
      expect.stringMatching(/› id: the story id "palmyra-who-counts-what" is used twice/),
    ]);
    expect(check([{ ...story, steps: [] }])).toEqual([expect.stringMatching(/story palmyra-who-counts-what › steps: /)]);
    expect(check({ stories: [] })).toEqual(['stories.json: expected a JSON array of stories']);
  });
});
