import { describe, expect, it } from 'vitest';
import { compareNullLast, compareStrings, sameName } from './compare-strings';

describe('compareStrings', () => {
  it('orders by code unit, as sort() with no comparator does', () => {
    const ids = ['c10', 'c2', 'B', 'a', '2016-03-01', '2016-02-29'];
    expect([...ids].sort(compareStrings)).toEqual(['2016-02-29', '2016-03-01', 'B', 'a', 'c10', 'c2']);
    expect([...ids].sort(compareStrings)).toEqual([...ids].sort());
  });
  it('gives 0 for equal strings and opposite signs when swapped', () => {
    expect(compareStrings('s1', 's1')).toBe(0);
    expect(compareStrings('s1', 's2')).toBe(-1);
    expect(compareStrings('s2', 's1')).toBe(1);
  });
});

describe('compareNullLast', () => {
  it('puts dates in order and undated entries last', () => {
    const dates = [null, '2016-03-02', null, '2016-02-14'];
    expect([...dates].sort(compareNullLast)).toEqual(['2016-02-14', '2016-03-02', null, null]);
  });
  it('gives 0 for two nulls', () => {
    expect(compareNullLast(null, null)).toBe(0);
    expect(compareNullLast('2016-02-14', null)).toBe(-1);
    expect(compareNullLast(null, '2016-02-14')).toBe(1);
  });
});

describe('sameName', () => {
  it('ignores case and the spaces around a name', () => {
    expect(sameName('  Reuters ', 'reuters')).toBe(true);
    expect(sameName('UN', 'un')).toBe(true);
  });
  it('keeps inner spaces and letters apart', () => {
    expect(sameName('Health Ministry', 'HealthMinistry')).toBe(false);
    expect(sameName('AFP', 'AP')).toBe(false);
  });
});
