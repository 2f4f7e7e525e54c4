// Oversized hostile input: a million empty records, millions of zeros and 10 MB strings must be answered at once, with a
// capped list of errors, not after minutes of checking.
import { describe, expect, it } from 'vitest';
import { recordReliability } from '../testing/reliability-log';
import { parseBundle } from './bundle';
import { formatDatasetError, MAX_ERRORS } from './validate-dataset';

/** Parses a hostile bundle, records the case, and returns the result with how long the check took. */
function check(name: string, text: string): { result: ReturnType<typeof parseBundle>; ms: number } {
  let passed = false;
  try {
    const started = performance.now();
    const result = parseBundle(text, 'hostile.json');
    const ms = performance.now() - started;
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.length).toBeLessThanOrEqual(MAX_ERRORS);
      for (const e of result.errors) expect(formatDatasetError(e).length).toBeLessThan(400);
    }
    passed = true;
    return { result, ms };
  } finally {
    recordReliability({ kind: 'hostile', name: `import: ${name}`, cases: 1, passed, crashes: 0, lostRecords: 0 });
  }
}

const bundle = (fields: Record<string, string>) =>
  `{"format":"corroborate-dataset","version":1,${Object.entries(fields)
    .map(([k, v]) => `"${k}":${v}`)
    .join(',')}}`;

// Generous bounds: the point is seconds instead of minutes, on a loaded two-core machine.
describe('oversized hostile bundles', () => {
  it('a million empty claims stop at 100 errors and say how many records were not checked', () => {
    const { result, ms } = check('a million {} claims', bundle({ claims: `[${new Array(1_000_000).fill('{}').join(',')}]` }));
    expect(!result.ok && result.more?.unchecked).toBeGreaterThan(990_000);
    expect(ms).toBeLessThan(5_000);
  }, 60_000);

  it('two million zeros are refused on the length of the list alone', () => {
    const { result, ms } = check('two million zeros', bundle({ claims: `[${new Array(2_000_000).fill('0').join(',')}]` }));
    expect(!result.ok && result.errors.map(formatDatasetError)).toContain(
      'claims.json: holds 2,000,000 records, over the limit of 1,000,000',
    );
    expect(ms).toBeLessThan(5_000);
  }, 60_000);

  it('10 MB strings in an id, a version and an article text give short messages', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const { result, ms } = check(
      '10 MB strings',
      bundle({
        sources: `[{"id":"${huge}"}]`,
        texts: `{"a.txt":"${huge}"}`,
        articles: `[{"id":"a","title":"t","outlet":"o","publishedAt":"2016-01-01","publishedAtEvidence":"","file":"a.txt"}]`,
      }),
    );
    expect(!result.ok && result.errors.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(5_000);
  }, 60_000);
});
