import { describe, expect, it } from 'vitest';
import { findFigures } from '../../domain/figure-finder';
import type { Article, Dataset } from '../../domain/schema';
import { NEW_SOURCE } from './article-draft';
import {
  buildClaim,
  draftFromCandidate,
  draftFromClaim,
  draftFromSelection,
  NEW_MEASURE,
  parseBound,
  sentenceAround,
  stepWord,
  existingSourceNamed,
  withRule,
  type ClaimDraft,
} from './claim-draft';

const text = 'The monitor said more than 900 raids hit the town. Russia said it flew 20 to 25 sorties a day. Dozens died.';
const article: Article = {
  id: 'user-1',
  title: 'Raids',
  outlet: 'daily',
  outletNamedInText: true,
  outletEvidence: '',
  byline: null,
  publishedAt: '2016-03-23',
  publishedAtEvidence: 'dateline',
  publishedAtInferred: false,
  publishedAtConfidence: 'high',
  file: 'user-1.txt',
  url: null,
  accessedOn: null,
  archiveUrl: null,
  language: null,
};
const dataset: Dataset = {
  articles: [article],
  sources: [
    { id: 'daily', name: 'The Daily', kind: 'outlet', alignment: 'independent', description: '', parentId: null, aliases: [] },
    { id: 'afp', name: 'AFP', kind: 'news agency', alignment: 'independent', description: '', parentId: null, aliases: [] },
    {
      id: 'monitor',
      name: 'The Monitor',
      kind: 'monitoring group',
      alignment: 'independent',
      description: '',
      parentId: null,
      aliases: [],
    },
  ],
  measures: [
    { id: 'raids', label: 'Raids on the town', unit: 'raids', description: '', total: null, context: false, comparableWith: [] },
    { id: 'intact', label: 'Share intact', unit: 'percent', description: '', total: 100, context: false, comparableWith: [] },
  ],
  claims: [],
};
const context = { article, place: 'Palmyra' };
const build = (draft: ClaimDraft) => buildClaim(draft, { text, article, dataset, newClaimId: 'u-1' });
const candidates = findFigures(text);
const candidate = (words: string) => candidates.find((c) => c.text.startsWith(words))!;

describe('claim drafts', () => {
  it('turn a proposed figure into a claim whose quote is the text at its span', () => {
    const draft = { ...draftFromCandidate(candidate('more than 900'), context), claimantId: 'monitor', measureId: 'raids' };
    expect(draft.low).toBe('900');
    expect(draft.lowInclusive).toBe(false);
    const result = build(draft);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { claim } = result;
    expect(claim.quote).toBe(text.slice(...claim.span));
    expect(claim.quote).toBe('more than 900');
    expect(claim.value).toEqual({
      low: 900,
      high: null,
      lowInclusive: false,
      highInclusive: false,
      approximate: false,
      asWritten: 'more than 900',
      interpretation: null,
    });
    expect(claim).toMatchObject({ id: 'u-1', articleId: 'user-1', outletId: 'daily', place: 'Palmyra', period: null, statedOn: null });
  });

  it('keep a rate and a vague word’s reading', () => {
    const rate = draftFromCandidate(candidate('20 to 25'), context);
    expect(rate).toMatchObject({ low: '20', high: '25', per: 'day' });
    const vague = draftFromCandidate(candidate('Dozens'), context);
    expect(vague).toMatchObject({ rule: 'dozens', low: '24', high: '' });
    const result = build({ ...vague, claimantId: 'monitor', measureId: 'raids' });
    expect(result.ok && result.claim.value.interpretation?.rule).toBe('dozens');
  });

  it('fill a selection’s value from the figure inside it, else leave it to the user', () => {
    const start = text.indexOf('more than');
    const withFigure = draftFromSelection(text, [start, text.indexOf(' hit')], candidates, context);
    expect(withFigure).toMatchObject({ start, low: '900', asWritten: 'more than 900' });
    const plain = draftFromSelection(text, [0, 11], candidates, context);
    expect(plain).toMatchObject({ start: 0, end: 11, asWritten: 'The monitor', low: '', high: '' });
  });

  it('create a new claimant and measure with readable unique ids', () => {
    const draft: ClaimDraft = {
      ...draftFromCandidate(candidate('more than 900'), context),
      claimantId: NEW_SOURCE,
      newClaimant: { name: 'AFP', kind: 'news agency', alignment: 'independent' },
      measureId: NEW_MEASURE,
      newMeasure: { label: 'Raids on the town', unit: 'raids', description: '', total: '', context: false },
      via: ['afp'],
    };
    const result = build(draft);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sources.map((s) => s.id)).toEqual(['afp-2']);
    expect(result.measures.map((m) => [m.id, m.total])).toEqual([['raids-on-the-town', null]]);
    expect(result.claim).toMatchObject({ claimantId: 'afp-2', measureId: 'raids-on-the-town', via: ['afp'] });
  });

  it('create a new intermediary in its place in the chain, saved with the claim', () => {
    const draft: ClaimDraft = {
      ...draftFromCandidate(candidate('more than 900'), context),
      claimantId: NEW_SOURCE,
      newClaimant: { name: 'Local council', kind: 'government', alignment: 'Syrian opposition' },
      measureId: 'raids',
      via: [NEW_SOURCE, 'afp'],
      newIntermediary: { name: ' Palmyra Coordination Committee ', kind: 'activist group', alignment: 'Syrian opposition' },
    };
    const result = build(draft);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sources).toEqual([
      expect.objectContaining({ id: 'local-council', kind: 'government' }),
      {
        id: 'palmyra-coordination-committee',
        name: 'Palmyra Coordination Committee',
        kind: 'activist group',
        alignment: 'Syrian opposition',
        description: '',
        parentId: null,
        aliases: [],
      },
    ]);
    expect(result.claim.via).toEqual(['palmyra-coordination-committee', 'afp']);
  });

  it('check a new intermediary like a new claimant, and refuse one that is already a source', () => {
    const base: ClaimDraft = { ...draftFromCandidate(candidate('more than 900'), context), claimantId: 'monitor', measureId: 'raids' };
    const blank = build({ ...base, via: [NEW_SOURCE] });
    expect(blank.ok ? {} : blank.errors).toEqual({
      viaName: 'Give the intermediary’s name.',
      viaKind: 'Choose what kind of source this is.',
      viaAlignment: 'Give the side it is tied to, or “independent”.',
    });
    const duplicate = build({
      ...base,
      via: [NEW_SOURCE],
      newIntermediary: { name: 'the monitor', kind: 'outlet', alignment: 'independent' },
    });
    expect(duplicate.ok ? {} : duplicate.errors).toEqual({
      viaName: '“the monitor” is already in the workspace as The Monitor: choose it instead.',
    });
    // A new intermediary left out of the chain is not created.
    const removed = build({ ...base, via: ['afp'], newIntermediary: { name: 'Reuters', kind: 'news agency', alignment: 'independent' } });
    expect(removed.ok && removed.sources).toEqual([]);
  });

  it('find the source a typed name already stands for, by name or alias', () => {
    const withAlias = [...dataset.sources, { ...dataset.sources[2]!, id: 'sohr', name: 'Syrian Observatory', aliases: ['SOHR'] }];
    expect(existingSourceNamed('AFP', withAlias)?.id).toBe('afp');
    expect(existingSourceNamed('the SOHR', withAlias)?.id).toBe('sohr');
    expect(existingSourceNamed('Reuters', withAlias)).toBeNull();
    expect(existingSourceNamed('  ', withAlias)).toBeNull();
  });

  it('name every field that breaks a rule', () => {
    const draft: ClaimDraft = {
      ...draftFromCandidate(candidate('more than 900'), context),
      low: '30',
      high: '2O',
      outletId: 'afp',
      periodFrom: '2016-03-10',
      statedOn: '2016-04-01',
      place: ' ',
    };
    const result = build(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['claimantId', 'high', 'measureId', 'outletId', 'periodTo', 'place', 'statedOn']);
    expect(result.errors.outletId).toMatch(/outlet that published the article/);
    expect(build({ ...draft, high: '25', low: '30' }).ok).toBe(false);
  });

  it('refuse a span outside the text and bounds that contradict the rule', () => {
    const base = { ...draftFromCandidate(candidate('Dozens'), context), claimantId: 'monitor', measureId: 'raids' };
    const errorsOf = (draft: ClaimDraft) => {
      const result = build(draft);
      return result.ok ? {} : result.errors;
    };
    expect(errorsOf({ ...base, start: 5, end: 5 })).toHaveProperty('span');
    expect(errorsOf({ ...base, end: text.length + 1 })).toHaveProperty('span');
    expect(errorsOf({ ...base, low: '30' }).rule).toMatch(/differ/);
    expect(build(withRule({ ...base, low: '30' }, '')).ok).toBe(true);
    expect(errorsOf({ ...withRule(base, 'most'), measureId: 'raids' }).rule).toMatch(/100/);
    expect(build({ ...withRule(base, 'most'), measureId: 'intact' }).ok).toBe(true);
  });

  it('round-trip an existing claim through the form unchanged', () => {
    const first = build({ ...draftFromCandidate(candidate('20 to 25'), context), claimantId: 'monitor', measureId: 'raids', via: ['afp'] });
    if (!first.ok) throw new Error('expected a claim');
    const again = buildClaim(draftFromClaim(first.claim), { text, article, dataset, newClaimId: 'other' });
    expect(again.ok && again.claim).toEqual(first.claim);
  });
});

describe('span helpers', () => {
  it('parse bounds with thousands separators, blank as unbounded', () => {
    expect(parseBound('1,448')).toBe(1448);
    expect(parseBound('1 448')).toBe(1448);
    expect(parseBound('2.5')).toBe(2.5);
    expect(parseBound('')).toBeNull();
    expect(parseBound('many')).toBe('invalid');
    expect(parseBound('1e400')).toBe('invalid');
  });

  it('widen a span to its sentence', () => {
    const start = text.indexOf('20 to 25');
    const [from, to] = sentenceAround(text, start, start + 8);
    expect(text.slice(from, to)).toBe('Russia said it flew 20 to 25 sorties a day.');
    const [a, b] = sentenceAround(text, 4, 11);
    expect(text.slice(a, b)).toBe('The monitor said more than 900 raids hit the town.');
  });

  it('step either end by a word without emptying the span', () => {
    const start = text.indexOf('900');
    const span: [number, number] = [start, start + 3];
    expect(text.slice(...stepWord(text, span, 'start', -1))).toBe('than 900');
    expect(text.slice(...stepWord(text, span, 'end', 1))).toBe('900 raids');
    const wider: [number, number] = [start - 5, start + 9];
    expect(text.slice(...stepWord(text, wider, 'start', 1))).toBe('900 raids');
    expect(text.slice(...stepWord(text, wider, 'end', -1))).toBe('than 900');
    expect(stepWord(text, span, 'start', 1)).toEqual(span);
    expect(stepWord(text, span, 'end', -1)).toEqual(span);
  });
});
