import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHECKED_FILE, checkedFilesSchema } from '../src/domain/checked-files';
import { datasetSchema, DATASET_FILES } from '../src/domain/schema';
import { DATA_DIR, loadShippedDataset } from '../src/testing/real-dataset';
import { FIRST_VIEW_FILE, firstView } from '../src/domain/first-view';
import { claimIndexFile, componentKey, measureComponentSets, partFile, partOf } from '../src/domain/claim-parts';
import type { Claim, Measure } from '../src/domain/schema';
import { writeCorpus } from './gen-corpus';
import { sealDataset, sha256Hex } from './seal-data';

const made: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-seal-'));
  made.push(dir);
  return dir;
};
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('sealing a dataset for publishing', () => {
  it('writes each file as the validator returns it, with its SHA-256 in checked.json', async () => {
    const out = join(tempDir(), 'data');
    const record = await sealDataset(DATA_DIR, out);
    expect(checkedFilesSchema.parse(JSON.parse(readFileSync(join(out, CHECKED_FILE), 'utf8')))).toEqual(record);
    expect(Object.keys(record.files).sort()).toEqual([...DATASET_FILES.map((n) => `${n}.json`), FIRST_VIEW_FILE].sort());
    // The landing view made from the sealed records, sealed with them.
    const view = readFileSync(join(out, FIRST_VIEW_FILE), 'utf8');
    expect(record.files[FIRST_VIEW_FILE]).toBe(sha256Hex(view));
    expect(JSON.parse(view)).toStrictEqual(firstView(loadShippedDataset()));
    for (const name of DATASET_FILES) {
      const text = readFileSync(join(out, `${name}.json`), 'utf8');
      expect(record.files[`${name}.json`]).toBe(sha256Hex(text));
    }
    // Texts and the other files come along unchanged.
    expect(readFileSync(join(out, 'events.json'), 'utf8')).toBe(readFileSync(join(DATA_DIR, 'events.json'), 'utf8'));
  });

  it('gives, through JSON.parse alone, exactly the records validation gives', async () => {
    const out = join(tempDir(), 'data');
    await sealDataset(DATA_DIR, out);
    const read = (name: string): unknown => JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8'));
    const trusted = { articles: read('articles'), sources: read('sources'), measures: read('measures'), claims: read('claims') };
    const original = (name: string): unknown => JSON.parse(readFileSync(join(DATA_DIR, `${name}.json`), 'utf8'));
    const validated = datasetSchema.parse({
      articles: original('articles'),
      sources: original('sources'),
      measures: original('measures'),
      claims: original('claims'),
    });
    expect(trusted).toStrictEqual(validated);
  });

  it('splits a large dataset’s claims by comparison into parts, each sealed, together the claims in their order', async () => {
    const dir = tempDir();
    const corpus = writeCorpus(join(dir, 'corpus'), { claims: 4500, seed: 5 });
    const out = join(dir, 'data');
    const record = await sealDataset(corpus.dir, out);
    const read = (file: string): unknown => JSON.parse(readFileSync(join(out, file), 'utf8'));
    const claims = read('claims.json') as Claim[];
    const components = measureComponentSets(read('measures.json') as Measure[]);
    const parts = [0, 1].map((part) => {
      expect(record.files[partFile(part)]).toBe(sha256Hex(readFileSync(join(out, partFile(part)), 'utf8')));
      const own = read(partFile(part)) as Claim[];
      for (const claim of own) expect(partOf(componentKey(components.get(claim.measureId) ?? new Set()), 2)).toBe(part);
      return own;
    });
    expect(record.files[partFile(2)]).toBeUndefined();
    // The index of which part each claim is in, sealed with them.
    const index = { ...(read(claimIndexFile(0)) as object), ...(read(claimIndexFile(1)) as object) } as Record<string, number>;
    for (const i of [0, 1]) expect(record.files[claimIndexFile(i)]).toBe(sha256Hex(readFileSync(join(out, claimIndexFile(i)), 'utf8')));
    parts.forEach((own, part) => own.forEach((c) => expect(index[c.id]).toBe(part)));
    const order = new Map(claims.map((c, i) => [c.id, i]));
    expect(parts.flat().sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))).toStrictEqual(claims);
  });

  it('refuses a dataset that fails data:check, naming the record, and publishes nothing', async () => {
    const broken = join(tempDir(), 'broken');
    cpSync(DATA_DIR, broken, { recursive: true });
    const claims = JSON.parse(readFileSync(join(broken, 'claims.json'), 'utf8')) as { id: string; measureId: string }[];
    const first = claims[0];
    if (!first) throw new Error('the shipped dataset has no claims');
    first.measureId = 'no-such-measure';
    writeFileSync(join(broken, 'claims.json'), JSON.stringify(claims));
    const out = join(tempDir(), 'data');
    await expect(sealDataset(broken, out)).rejects.toThrow(new RegExp(`does not pass data:check[\\s\\S]*${first.id}`));
    expect(existsSync(join(out, CHECKED_FILE))).toBe(false);
  });
});
