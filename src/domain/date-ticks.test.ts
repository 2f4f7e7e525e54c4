import { describe, expect, it } from 'vitest';
import { dayTime, niceDateTicks } from './date-ticks';

const labels = (from: string, to: string, max: number) => niceDateTicks(dayTime(from), dayTime(to), max).map((t) => t.label);

describe('niceDateTicks', () => {
  it('counts days when the span is a week: 15–22 March 2016 in at most 8 ticks is every day, the year on the first', () => {
    expect(labels('2016-03-15', '2016-03-22', 8)).toEqual([
      '15 Mar 2016',
      '16 Mar',
      '17 Mar',
      '18 Mar',
      '19 Mar',
      '20 Mar',
      '21 Mar',
      '22 Mar',
    ]);
  });

  it('steps to odd days, then to the 1st/6th/11th…, then to weeks as the room shrinks', () => {
    // 12–28 March: 17 days; odd days give 9 ticks.
    expect(labels('2016-03-12', '2016-03-28', 9)).toEqual([
      '13 Mar 2016',
      '15 Mar',
      '17 Mar',
      '19 Mar',
      '21 Mar',
      '23 Mar',
      '25 Mar',
      '27 Mar',
    ]);
    // At most 4: the 1st/6th/11th… gives 16, 21, 26 (3 ticks).
    expect(labels('2016-03-12', '2016-03-28', 4)).toEqual(['16 Mar 2016', '21 Mar', '26 Mar']);
    // At most 2: weeks (the 1st, 8th, 15th, 22nd) give 15 and 22.
    expect(labels('2016-03-12', '2016-03-28', 2)).toEqual(['15 Mar 2016', '22 Mar']);
  });

  it('writes the year again where it turns', () => {
    expect(labels('2016-12-20', '2017-01-20', 3)).toEqual(['1 Jan 2017', '15 Jan']);
    expect(labels('2016-12-10', '2017-01-20', 4)).toEqual(['15 Dec 2016', '1 Jan 2017', '15 Jan']);
  });

  it('uses the first of the month, every 1, 2, 3 or 6 months counted from January, for spans of months', () => {
    // May 2015 to March 2017 (22 months) in at most 8 ticks: every 3 months.
    expect(labels('2015-05-05', '2017-03-10', 8)).toEqual([
      'Jul 2015',
      'Oct 2015',
      'Jan 2016',
      'Apr 2016',
      'Jul 2016',
      'Oct 2016',
      'Jan 2017',
    ]);
    // In at most 4: every 6 months.
    expect(labels('2015-05-05', '2017-03-10', 4)).toEqual(['Jul 2015', 'Jan 2016', 'Jul 2016', 'Jan 2017']);
  });

  it('uses New Year, every 1, 2, 5, 10… years, for spans of years', () => {
    expect(labels('2009-06-01', '2017-03-10', 4)).toEqual(['2010', '2012', '2014', '2016']);
    expect(labels('1950-01-01', '2020-01-01', 5)).toEqual(['1960', '1980', '2000', '2020']);
  });

  it('gives exact UTC midnights and skips days a month lacks', () => {
    const ticks = niceDateTicks(dayTime('2016-02-20'), dayTime('2016-03-02'), 20);
    expect(ticks.map((t) => new Date(t.time).toISOString().slice(0, 10))).toContain('2016-02-29');
    expect(ticks.every((t) => t.time % 86_400_000 === 0)).toBe(true);
    // April has no 31st: the day after the 30th is 1 May.
    expect(labels('2016-04-28', '2016-05-02', 6)).toEqual(['28 Apr 2016', '29 Apr', '30 Apr', '1 May', '2 May']);
  });

  it('takes the ends in either order and gives nothing for broken input', () => {
    expect(niceDateTicks(dayTime('2016-03-22'), dayTime('2016-03-15'), 8)).toEqual(
      niceDateTicks(dayTime('2016-03-15'), dayTime('2016-03-22'), 8),
    );
    expect(niceDateTicks(Number.NaN, 0, 5)).toEqual([]);
    expect(niceDateTicks(0, 86_400_000, 0)).toEqual([]);
  });
});
