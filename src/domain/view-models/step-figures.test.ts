import { describe, expect, it } from 'vitest';
import { loadShippedDataset } from '../../testing/real-dataset';
import { rankGroups } from '../analyse';
import { visibilityOf } from '../story-steps';
import { blindLevelOf, stepFigures } from './step-figures';

const dataset = loadShippedDataset();
const raids = { group: rankGroups(dataset).find((g) => g.id === 'air-raids-palmyra-2016') ?? null, dataset };
const NAMES = /Palmyra Revolution Coordination|Russian Defence Ministry|\bNOW\b/;

describe('blindLevelOf', () => {
  it('hides everything while the sources are hidden, then only the quotes, then nothing', () => {
    expect(blindLevelOf(visibilityOf('predict', true))).toBe('sources');
    expect(blindLevelOf(visibilityOf('claimants', true))).toBe('quotes');
    expect(blindLevelOf(visibilityOf('quotes', true))).toBe('none');
    expect(blindLevelOf(visibilityOf('predict', false))).toBe('none');
  });
});

describe('stepFigures', () => {
  it('before the reveal: Source A and B everywhere, figures as said, no stance, quote or reason', () => {
    const view = stepFigures(raids, visibilityOf('predict', true), []);
    expect(view?.figures.map((f) => [f.label, f.asSaid, f.stance, f.quote])).toEqual([
      ['Source A', '“More than 900” raids', null, null],
      ['Source B', '“20 to 25” sorties a day', null, null],
    ]);
    expect(view?.chart.rows.map((r) => r.label).sort()).toEqual(['Source A', 'Source B']);
    expect(view?.why).toEqual([]);
    expect(JSON.stringify(view)).not.toMatch(NAMES);
  });

  it('reveals the claimants and their alignment, then the quotes and articles, then why they may differ', () => {
    const claimants = stepFigures(raids, visibilityOf('claimants', true), []);
    expect(claimants?.figures.map((f) => [f.label, f.stance])).toEqual([
      ['Palmyra Revolution Coordination', 'activist group, Syrian opposition'],
      ['Russian Defence Ministry', 'government, Russian government'],
    ]);
    expect(claimants?.figures.every((f) => f.quote === null)).toBe(true);
    const quotes = stepFigures(raids, visibilityOf('quotes', true), []);
    expect(quotes?.figures[0]?.quote).toEqual({
      text: 'More than 900 raids targeted the city in the past two weeks',
      article: 'Russia jets destroying Palmyra: activists',
      outlet: 'NOW',
      date: '2016-03-23',
    });
    expect(quotes?.why).toEqual([]);
    const why = stepFigures(raids, visibilityOf('why', true), []);
    expect(why?.why.map((w) => w.heading)).toContain('Stake in the fighting');
    expect(why?.why.some((w) => w.text.includes('Russian Defence Ministry'))).toBe(true);
  });

  it('says nothing for a missing group', () => {
    expect(stepFigures({ group: null, dataset }, visibilityOf('why', true), [])).toBeNull();
  });
});
