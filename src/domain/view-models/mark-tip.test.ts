import { describe, expect, it } from 'vitest';
import { testClaim, testSource } from '../../testing/builders';
import type { DatasetIndex } from '../lookups';
import type { Article } from '../schema';
import { dateLine, markOfRow, markTipOf, rangeRowTip, STATUS_WORDS, tipLines, tipText } from './mark-tip';

const article = { id: 'a', publishedAt: '2016-03-23' } as Article;
const index: DatasetIndex = {
  sources: new Map([
    ['sohr', { ...testSource('sohr'), name: 'Syrian Observatory for Human Rights' }],
    ['outlet', { ...testSource('outlet'), name: 'AFP' }],
    ['wire', { ...testSource('wire'), name: 'Reuters' }],
  ]),
  claims: new Map(),
  measures: new Map(),
  articles: new Map([['a', article]]),
};

describe('markTipOf', () => {
  it('names the figure as written, the claimant, the outlet and its intermediaries, the date stated and the status', () => {
    const claim = testClaim('sohr', 'raids', 900, null, { statedOn: '2016-03-22', via: ['wire'] });
    const tip = markTipOf(claim, index, STATUS_WORDS.disjoint, 'more than 64 raids a day');
    expect(tipLines(tip)).toEqual([
      'Syrian Observatory for Human Rights: “at least 900”',
      'Compared as more than 64 raids a day',
      'Reported by AFP via Reuters',
      'Stated 2016-03-22',
      'Contradicted by another source',
    ]);
    expect(tip.claimId).toBe(claim.id);
  });

  it('puts an undated figure at its report’s date and says so; names the reading of a vague word', () => {
    const claim = testClaim('sohr', 'raids', 24, null, {
      value: {
        low: 24,
        high: null,
        lowInclusive: true,
        highInclusive: false,
        approximate: false,
        asWritten: 'dozens',
        interpretation: { rule: 'dozens', reading: '“dozens” read as at least 24' },
      },
    });
    const tip = markTipOf(claim, index, STATUS_WORDS.compatible);
    expect(tip.date).toBe('Reported 2016-03-23; when it was said is not stated');
    expect(tip.interpretation).toBe('“dozens” read as at least 24');
    expect(tipText(tip)).toBe(
      'Syrian Observatory for Human Rights: “dozens”. Reported by AFP. Reported 2016-03-23; when it was said is not stated. ' +
        'Read as: “dozens” read as at least 24. Not contradicted, not confirmed.',
    );
  });

  it('leaves out the footing when it only repeats the words as written', () => {
    const claim = testClaim('sohr', 'raids', 12, 12);
    expect(markTipOf(claim, index, STATUS_WORDS.alone, '12').compared).toBeNull();
    expect(markTipOf(claim, index, STATUS_WORDS.alone, '  ').compared).toBeNull();
  });
});

describe('dateLine', () => {
  it('marks an inferred date, and says when there is no date at all', () => {
    expect(dateLine(testClaim('sohr', 'm', 1, 1, { statedOn: '2016-03-01', statedOnInferred: true }), index)).toBe(
      'Stated 2016-03-01 (inferred from the report)',
    );
    expect(dateLine(testClaim('sohr', 'm', 1, 1, { articleId: 'missing' }), index)).toBe('Date unknown');
  });
});

describe('rangeRowTip', () => {
  it('builds a row’s tooltip from its claim, status and footing; none for a claim the index lacks', () => {
    const claim = testClaim('sohr', 'raids', 20, 25, { statedOn: '2016-03-20' });
    const withClaim: DatasetIndex = { ...index, claims: new Map([[claim.id, claim]]) };
    const tipOf = rangeRowTip(withClaim);
    expect(tipOf({ claimId: claim.id, status: 'overlap', text: '20–25 raids' })).toMatchObject({
      claimant: 'Syrian Observatory for Human Rights',
      compared: '20–25 raids',
      status: 'Corroborated by another source',
    });
    expect(tipOf({ claimId: 'nope', status: 'alone', text: '' })).toBeNull();
  });
});

describe('markOfRow', () => {
  it('names a mark by who, the figure on the chart’s footing and its status; the tooltip gives the rest', () => {
    const claim = testClaim('sohr', 'raids', 20, 25, { statedOn: '2016-03-20' });
    const tip = markTipOf(claim, index, STATUS_WORDS.overlap, '20–25 raids a day');
    const row = { claimId: claim.id, label: 'SOHR', text: '20–25 raids a day', status: 'overlap' as const };
    expect(markOfRow({ ...row, tip })).toEqual({
      claimId: claim.id,
      name: 'SOHR: 20–25 raids a day. Corroborated by another source',
      lines: tipLines(tip),
    });
    expect(markOfRow(row).lines).toEqual(['SOHR', '20–25 raids a day', 'Corroborated by another source']);
  });
});
