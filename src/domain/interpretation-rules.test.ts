import { describe, expect, it } from 'vitest';
import { applyRule, describeReading, findRule, INTERPRETATION_RULES, rulesMatching } from './interpretation-rules';

describe('INTERPRETATION_RULES', () => {
  it('has unique ids', () => {
    const ids = INTERPRETATION_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every rule a non-empty interval', () => {
    for (const r of INTERPRETATION_RULES) {
      expect(r.low !== null || r.high !== null, r.id).toBe(true);
      if (r.low !== null && r.high !== null) {
        expect(r.low <= r.high, r.id).toBe(true);
        if (r.low === r.high) expect(r.lowInclusive && r.highInclusive, r.id).toBe(true);
      }
    }
  });

  it('keeps percent rules inside 0–100', () => {
    for (const r of INTERPRETATION_RULES.filter((x) => x.scale === 'percent')) {
      expect(r.low! >= 0 && r.high! <= 100, r.id).toBe(true);
    }
  });

  it('leaves the upper end of every count rule open, consistently', () => {
    for (const r of INTERPRETATION_RULES.filter((x) => x.scale === 'count')) expect(r.high, r.id).toBeNull();
  });
});

describe('applyRule', () => {
  it.each([
    ['dozens', 24, null, true, false],
    ['scores', 40, null, true, false],
    ['hundreds', 200, null, true, false],
    ['tens-of-thousands', 20_000, null, true, false],
    ['a-number-of', 2, null, true, false],
    ['more-than-half', 50, 100, false, true],
    ['completely-destroyed', 0, 0, true, true],
  ] as const)('reads %s as its interval', (id, low, high, lowInclusive, highInclusive) => {
    expect(applyRule(id)).toEqual({ low, high, lowInclusive, highInclusive, approximate: false });
  });

  it('returns null for an unknown id, including "__proto__"', () => {
    expect(applyRule('no-such-rule')).toBeNull();
    expect(applyRule('__proto__')).toBeNull();
    expect(findRule('constructor')).toBeUndefined();
  });
});

describe('describeReading', () => {
  it('fills the template with the word as written', () => {
    expect(describeReading('dozens', 'dozens')).toBe("'dozens' read as at least 24");
    expect(describeReading('completely-destroyed', 'completely disfigured and destroyed')).toBe(
      "'completely disfigured and destroyed' read as 0% intact",
    );
  });
  it('returns null for an unknown rule', () => {
    expect(describeReading('nope', 'x')).toBeNull();
  });
});

describe('rulesMatching', () => {
  it('finds the rules whose words occur as whole words', () => {
    expect(rulesMatching('killed scores of Daesh fighters').map((r) => r.id)).toEqual(['scores']);
    expect(rulesMatching('More than half of them').map((r) => r.id)).toEqual(['more-than-half']);
  });
  it('does not match inside a longer word', () => {
    expect(rulesMatching('the outmost wall').map((r) => r.id)).toEqual([]);
  });
  it('matches nothing in an empty text', () => {
    expect(rulesMatching('')).toEqual([]);
  });
});
