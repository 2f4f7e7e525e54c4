import { describe, expect, it } from 'vitest';
import { suggestPeriod, suggestStatedOn } from './period';

// Wednesday 23 March 2016.
const DATE = '2016-03-23';

function period(text: string, figure: string, date = DATE, language: 'en' | 'fr' | 'es' | 'pt' | 'de' = 'en') {
  const at = text.indexOf(figure);
  return suggestPeriod(text, [at, at + figure.length], date, language);
}

describe('suggestPeriod', () => {
  it('"in the past two weeks" runs to the article’s date, approximately', () => {
    const p = period('More than 900 raids targeted the city in the past two weeks.', 'More than 900');
    expect(p).toMatchObject({ from: '2016-03-09', to: DATE, approximate: true });
    expect(p?.why).toBe('from “past two weeks”, read against the article’s date (23 March 2016)');
  });

  it('"since Wednesday", said on a Wednesday, starts the Wednesday before', () => {
    expect(period('Some 40 strikes have hit the town since Wednesday.', 'Some 40')).toMatchObject({ from: '2016-03-16', to: DATE });
  });

  it('"since Wednesday", said on a Monday, starts the Wednesday before, not a year back', () => {
    // Monday 21 March 2016: the parser looks forward to Wednesday 23 March; that is moved back a week.
    expect(period('Some 1,500 rockets and shells had hit the town since Wednesday.', 'Some 1,500', '2016-03-21')).toMatchObject({
      from: '2016-03-16',
      to: '2016-03-21',
    });
  });

  it('"since Monday" starts that Monday', () => {
    expect(period('Some 40 strikes have hit the town since Monday.', 'Some 40')).toMatchObject({ from: '2016-03-21', to: DATE });
  });

  it('"on Monday morning" is one day', () => {
    expect(period('At least 12 people were killed on Monday morning.', 'At least 12')).toMatchObject({
      from: '2016-03-21',
      to: '2016-03-21',
    });
  });

  it('"between 8 and 22 December" is a range in the latest December before the article', () => {
    const p = period('Between 8 and 22 December, 40 raids hit the town.', '40', '2017-01-10');
    expect(p).toMatchObject({ from: '2016-12-08', to: '2016-12-22' });
    expect(p?.evidence).toMatch(/^“8 and 22 December”/);
  });

  it('"20–27 March" is a range', () => {
    expect(period('From 20–27 March, 40 raids hit the town.', '40', '2016-03-30')).toMatchObject({ from: '2016-03-20', to: '2016-03-27' });
  });

  it('never resolves a date after the article', () => {
    const p = period('On 30 March, 40 raids hit the town.', '40');
    expect(p?.from).toBe('2015-03-30');
  });

  it('reads other languages', () => {
    expect(period('Au moins 40 frappes depuis lundi.', 'Au moins 40', DATE, 'fr')).toMatchObject({ from: '2016-03-21', to: DATE });
    expect(period('Al menos 40 muertos desde el lunes.', 'Al menos 40', DATE, 'es')).toMatchObject({ from: '2016-03-21', to: DATE });
  });

  it('gives null when the sentence names no date, or the article’s date is missing', () => {
    expect(period('More than 900 raids targeted the city.', 'More than 900')).toBeNull();
    expect(period('40 raids since Monday.', '40', '')).toBeNull();
  });
});

describe('suggestStatedOn', () => {
  it('takes the day next to the attribution verb, marked inferred for a weekday', () => {
    const text = 'The SOHR reported on Tuesday that 40 people were killed.';
    const at = text.indexOf('The SOHR reported');
    const s = suggestStatedOn(text, [at, at + 'The SOHR reported'.length], DATE);
    expect(s).toMatchObject({ date: '2016-03-22', inferred: true });
    expect(s?.evidence).toBe('“on Tuesday”, in an article of 23 March 2016 (inferred).');
  });

  it('gives null without an attribution or a day', () => {
    expect(suggestStatedOn('40 people were killed.', null, DATE)).toBeNull();
    expect(suggestStatedOn('The SOHR said 40 people were killed.', [0, 12], DATE)).toBeNull();
  });
});
