import { describe, expect, it } from 'vitest';
import { findFigures } from '../figure-finder';
import type { Claim, Measure, Source } from '../schema';
import { suggestClaims, type SuggestContext } from '../suggest/suggest-claim';
import { initialChoices, missingSentence, reviewRow, type ReviewChoices, type ReviewRowInput } from './review-rows';

const SOURCES: Source[] = [
  { id: 'wire', name: 'Wire News', kind: 'outlet', alignment: 'independent', description: '', parentId: null, aliases: [] },
  {
    id: 'sohr',
    name: 'Syrian Observatory for Human Rights',
    kind: 'monitoring group',
    alignment: 'independent',
    description: '',
    parentId: null,
    aliases: ['the Observatory'],
  },
];
const MEASURES: Measure[] = [
  {
    id: 'raids',
    label: 'Air raids on Idlib, February 2024',
    unit: 'raids',
    description: '',
    total: null,
    context: false,
    comparableWith: [],
  },
];
const TEXT =
  'IDLIB (Wire News) - Air strikes killed at least 34 people on Tuesday, according to the Syrian Observatory for Human Rights. ' +
  'The Russian Defence Ministry said its jets flew 20 to 25 sorties a day.';

function inputs(place = 'Idlib', claims: Claim[] = []): ReviewRowInput[] {
  const context: SuggestContext = {
    text: TEXT,
    articleId: 'a',
    outletId: 'wire',
    articleDate: '2024-02-14',
    language: 'en',
    sources: SOURCES,
    measures: MEASURES,
    claims: [],
    measureWords: new Map(),
    place,
  };
  return suggestClaims(findFigures(TEXT), context).map((suggestion) => ({
    suggestion,
    choices: initialChoices(suggestion),
    edited: { claimant: false, measure: false, period: false },
    text: TEXT,
    sources: new Map(SOURCES.map((s) => [s.id, s])),
    measures: new Map(MEASURES.map((m) => [m.id, m])),
    claims,
    place,
  }));
}

describe('reviewRow', () => {
  it('words a figure whose claimant is a known source, with why, and is ready', () => {
    const [first] = inputs();
    if (!first) throw new Error('no figure found');
    const row = reviewRow(first);
    expect(row.figure).toBe('at least 34');
    expect(row.reading).toBe('at least 34 people');
    expect(row.claimant).toEqual({
      text: 'Syrian Observatory for Human Rights',
      why: 'from “according to the Syrian Observatory for Human Rights”',
      isNew: false,
    });
    expect(row.measure).toMatchObject({ text: 'New measure: “People killed in Idlib, February 2024” (people)', isNew: true });
    expect(row.period.text).toBe('13 February 2024');
    expect(row.quote).toEqual({ before: 'Air strikes killed ', figure: 'at least 34', after: ' people on Tuesday' });
    expect(row.missing).toEqual([]);
    expect(row.claimed).toBe(false);
  });

  it('guesses a new claimant’s kind from its name and asks only for its side', () => {
    const second = inputs()[1];
    if (!second) throw new Error('no second figure');
    expect(second.choices.claimant).toEqual({ kind: 'new', name: 'Russian Defence Ministry', sourceKind: 'government', alignment: '' });
    const row = reviewRow(second);
    expect(row.claimant.text).toBe('New source: “Russian Defence Ministry”, government');
    expect(row.reading).toBe('20–25 sorties a day');
    expect(row.missing).toEqual(['the new source’s side']);
    expect(missingSentence(row.missing)).toBe('Needs the new source’s side.');
  });

  it('says when a cell was changed by the user, and reads the figure in the chosen measure’s unit', () => {
    const [first] = inputs();
    if (!first) throw new Error('no figure found');
    const choices: ReviewChoices = { ...first.choices, measure: { kind: 'measure', measureId: 'raids' }, period: null };
    const row = reviewRow({ ...first, choices, edited: { claimant: false, measure: true, period: true } });
    expect(row.measure).toEqual({ text: 'Air raids on Idlib, February 2024', why: 'changed by you', isNew: false });
    expect(row.reading).toBe('at least 34 raids');
    expect(row.period).toEqual({ text: 'None given', why: 'changed by you', isNew: false });
  });

  it('lists everything missing, in the order the table asks for it', () => {
    const [first] = inputs('');
    if (!first) throw new Error('no figure found');
    const choices: ReviewChoices = {
      ...first.choices,
      claimant: { kind: 'new', name: '', sourceKind: '', alignment: '' },
      measure: { kind: 'new', label: '', unit: '' },
    };
    const row = reviewRow({ ...first, choices });
    expect(missingSentence(row.missing)).toBe(
      'Needs the new source’s name, the new source’s kind, the new source’s side, the new measure’s label, the new measure’s unit and a place.',
    );
  });

  it('marks a figure a claim of the article already quotes', () => {
    const claim = { span: [20, 70] } as unknown as Claim;
    const [first] = inputs('Idlib', [claim]);
    if (!first) throw new Error('no figure found');
    expect(reviewRow(first).claimed).toBe(true);
  });
});
