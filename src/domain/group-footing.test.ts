import { describe, expect, it } from 'vitest';
import { mostCounted, pickAnchor } from './group-footing';

describe('the anchor rule', () => {
  it('takes the highest count, the first id on a tie, and nothing when nothing is counted', () => {
    expect(mostCounted(['a', 'b', 'c'], Int32Array.from([2, 3, 3]))).toBe('b');
    expect(mostCounted(['a', 'b'], Int32Array.from([0, 1]))).toBe('b');
    expect(mostCounted(['a', 'b'], Int32Array.from([0, 0]))).toBeUndefined();
  });

  it('is the rule pickAnchor applies to claims in any order', () => {
    const claims = ['c', 'b', 'a', 'c', 'b'].map((measureId) => ({ measureId }));
    expect(pickAnchor(claims)).toBe('b');
    expect(pickAnchor([...claims].reverse())).toBe('b');
  });
});
