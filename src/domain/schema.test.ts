import { describe, expect, it } from 'vitest';
import { isoDate } from './schema';

describe('isoDate', () => {
  it('accepts a real calendar date', () => {
    expect(isoDate.safeParse('2016-03-27').success).toBe(true);
  });
  it('refuses a date that does not exist', () => {
    expect(isoDate.safeParse('2016-02-30').success).toBe(false);
  });
  it('refuses a non-ISO date', () => {
    expect(isoDate.safeParse('27/03/2016').success).toBe(false);
  });
});
