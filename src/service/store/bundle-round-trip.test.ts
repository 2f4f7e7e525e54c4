// @vitest-environment node
// Whatever the app exports, it imports: workspaces of 50,000 claims (and, in the reliability run, 200,000) go out as a
// compressed bundle and come back equal. Node's own File, CompressionStream and DecompressionStream stand in for the browser's.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { generateCorpusFiles } from '../../testing/corpus';
import { canonicalJson, MAX_BUNDLE_BYTES, toBundle, type BundleContent } from '../../domain/bundle';
import type { Dataset } from '../../domain/schema';
import { formatDatasetError } from '../../domain/validate-dataset';
import { recordReliability } from '../../testing/reliability-log';
import { bundleToGzipBlob, readBundleFile } from './import-bundle';

/** The synthetic corpus of src/testing/corpus.ts as workspace content, with a grade on the first source and claim. */
function corpusContent(claims: number): BundleContent {
  const files = new Map<string, string>();
  for (const { name, contents, append } of generateCorpusFiles({ claims, seed: 1 })) {
    files.set(name, append ? (files.get(name) ?? '') + contents : contents);
  }
  const json = (name: string): unknown => JSON.parse(files.get(name) ?? '[]');
  const dataset = {
    articles: json('articles.json'),
    sources: json('sources.json'),
    measures: json('measures.json'),
    claims: json('claims.json'),
  } as Dataset;
  const texts = new Map([...files].filter(([name]) => !name.endsWith('.json')));
  const grades = {
    sources: [{ sourceId: dataset.sources[0]!.id, grade: 'B' as const, reason: 'method published' }],
    claims: [{ claimId: dataset.claims[0]!.id, grade: 3 as const, reason: '' }],
  };
  return { dataset, texts, grades };
}

/** Exports as the app does, imports the file back, and checks the bundle is the same, byte for byte of canonical JSON. */
async function roundTrip(claims: number): Promise<{ compressed: number }> {
  const content = corpusContent(claims);
  expect(content.dataset.claims).toHaveLength(claims);
  const bundle = toBundle(content);
  const blob = await bundleToGzipBlob(bundle);
  const back = await readBundleFile(new File([blob], 'corpus.corroborate.json.gz'));
  if (!back.ok) throw new Error(back.errors.slice(0, 5).map(formatDatasetError).join('\n'));
  expect(canonicalJson(toBundle(back.content))).toBe(canonicalJson(bundle));
  return { compressed: blob.size };
}

// 50,000 claims out and back: long on a loaded machine, so the safety net is wide; npm run bench measures speed.
describe('export and import round trips at scale', { timeout: 120_000 }, () => {
  it('a 50,000-claim workspace exports as .json.gz and imports back equal', async () => {
    const { compressed } = await roundTrip(50_000);
    // Compressed, it is a small fraction of the 50 MB the plain JSON used to take.
    expect(compressed).toBeLessThan(20 * 1024 * 1024);
  }, 120_000);

  it('reads a plain .json export of 50,000 claims too, though it is over the old 50 MB limit', async () => {
    const bundle = toBundle(corpusContent(50_000));
    const text = `${JSON.stringify(bundle, null, 2)}\n`;
    expect(text.length).toBeGreaterThan(50 * 1024 * 1024);
    const back = await readBundleFile(new File([text], 'old-export.corroborate.json'));
    expect(back.ok ? back.content.dataset.claims.length : back.errors.map(formatDatasetError)).toBe(50_000);
  }, 120_000);

  // Minutes of work on a loaded machine: run by `npm run test:reliability`, which sets CORROBORATE_SLOW_TESTS.
  it.skipIf(!process.env.CORROBORATE_SLOW_TESTS)(
    'a 200,000-claim workspace exports and imports back equal, under the limit',
    async () => {
      let passed = false;
      try {
        const { compressed } = await roundTrip(200_000);
        expect(compressed).toBeLessThan(MAX_BUNDLE_BYTES);
        passed = true;
      } finally {
        recordReliability({ kind: 'fault', name: 'export/import: 200,000-claim round trip', cases: 1, passed, crashes: 0, lostRecords: 0 });
      }
    },
    600_000,
  );
});

describe('importing a compressed bundle', () => {
  it('stops reading a file that expands past the limit, counting as it decompresses', async () => {
    // 64 MB of spaces compress to about 64 KB: a small file that would expand far beyond the (lowered) limit.
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    const result = await readBundleFile(new File([bomb], 'bomb.json.gz'), 1024 * 1024);
    expect(!result.ok && result.errors.map(formatDatasetError)).toEqual([
      'bomb.json.gz: the file expands to over 1.0 MB of JSON, the limit; reading stopped there',
    ]);
  });

  it('refuses a damaged compressed file with a message, not an exception', async () => {
    const cut = gzipSync(Buffer.from('{"format":"corroborate-dataset"}')).subarray(0, 20);
    const result = await readBundleFile(new File([cut], 'cut.json.gz'));
    expect(!result.ok && result.errors.map(formatDatasetError)).toEqual([
      'cut.json.gz: the compressed file is damaged or cut off (it is not valid gzip)',
    ]);
  });
});
