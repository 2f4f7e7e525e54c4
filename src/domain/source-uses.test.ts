import { describe, expect, it } from 'vitest';
import type { Claim, Dataset, Story } from './schema';
import { sourceInUseSentence, sourceUseExamples, sourceUses } from './source-uses';

const claim = (id: string, over: Partial<Claim>): Claim => ({
  id,
  articleId: 'a-1',
  quote: '20',
  span: [0, 2],
  claimantId: 'ministry',
  outletId: 'daily',
  via: [],
  measureId: 'raids',
  value: {
    low: 20,
    high: 20,
    lowInclusive: true,
    highInclusive: true,
    approximate: false,
    asWritten: `${id} figure`,
    interpretation: null,
  },
  period: null,
  per: null,
  statedOn: null,
  statedOnInferred: false,
  statedOnEvidence: '',
  place: 'Palmyra',
  context: false,
  notes: '',
  ...over,
});

const source = (id: string, parentId: string | null = null) => ({
  id,
  name: id.toUpperCase(),
  kind: 'government' as const,
  alignment: 'independent',
  description: '',
  parentId,
  aliases: [],
});

const dataset: Pick<Dataset, 'claims' | 'articles' | 'sources'> = {
  articles: [
    {
      id: 'a-1',
      title: 'Raids on Palmyra',
      outlet: 'daily',
      outletNamedInText: true,
      outletEvidence: '',
      byline: null,
      publishedAt: '2016-03-23',
      publishedAtEvidence: 'dateline',
      publishedAtInferred: false,
      publishedAtConfidence: 'high',
      file: 'a-1.txt',
      url: null,
      accessedOn: null,
      archiveUrl: null,
      language: null,
    },
  ],
  sources: [source('daily'), source('ministry'), source('spokesman', 'ministry'), source('afp'), source('unused')],
  claims: [
    claim('c-1', {}),
    claim('c-2', { via: ['afp'] }),
    claim('c-3', { claimantId: 'spokesman', via: ['ministry'] }),
    claim('c-4', { claimantId: 'afp', via: ['afp'] }),
  ],
};

const story: Story = {
  id: 's-1',
  title: 'Counting raids',
  summary: '',
  steps: [
    {
      id: 'st-1',
      title: 'What the agency said',
      view: { path: '/', search: '?source=afp,other' },
      narration: 'n',
      question: null,
      reveal: 'r',
      notes: '',
    },
    { id: 'st-2', title: 'All', view: { path: '/matrix', search: '' }, narration: 'n', question: null, reveal: 'r', notes: '' },
  ],
};

describe('what uses a source', () => {
  it('counts claims by role, articles, parts and story steps', () => {
    const ministry = sourceUses(dataset, [story], 'ministry');
    expect(ministry.claims.map((c) => c.id)).toEqual(['c-1', 'c-2', 'c-3']);
    expect(sourceInUseSentence(ministry)).toBe(
      'Used by 3 claims (as claimant in 2, as intermediary in 1) and 1 source (as the body it speaks for): reassign them first.',
    );
    const daily = sourceUses(dataset, [], 'daily');
    expect(sourceInUseSentence(daily)).toBe('Used by 4 claims (as outlet in 4) and 1 article: reassign them first.');
    // A claim naming the source twice counts once.
    const afp = sourceUses(dataset, [story], 'afp');
    expect(sourceInUseSentence(afp)).toBe(
      'Used by 2 claims (as claimant in 1, as intermediary in 2) and 1 story step (in its filters): reassign them first.',
    );
  });

  it('says “it” for one record', () => {
    expect(sourceInUseSentence(sourceUses(dataset, [], 'spokesman'))).toBe('Used by 1 claim (as claimant in 1): reassign it first.');
  });

  it('says nothing when nothing uses it', () => {
    const uses = sourceUses(dataset, [story], 'unused');
    expect(sourceInUseSentence(uses)).toBeNull();
    expect(sourceUseExamples(uses, dataset)).toEqual([]);
  });

  it('names a few of the records, then how many more', () => {
    const daily = sourceUses(dataset, [], 'daily');
    expect(sourceUseExamples(daily, dataset, 2)).toEqual([
      'the claim “c-1 figure” in “Raids on Palmyra”',
      'the claim “c-2 figure” in “Raids on Palmyra”',
      'and 3 more',
    ]);
    expect(sourceUseExamples(sourceUses(dataset, [story], 'afp'), dataset)).toEqual([
      'the claim “c-2 figure” in “Raids on Palmyra”',
      'the claim “c-4 figure” in “Raids on Palmyra”',
      'the step “What the agency said” of the story “Counting raids”',
    ]);
  });
});
