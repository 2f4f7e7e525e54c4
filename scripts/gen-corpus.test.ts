import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { controlEventsSchema } from '../src/domain/events';
import type { Article, Claim } from '../src/domain/schema';
import { validateDataset } from '../src/domain/validate-dataset';
import { runDataCheck } from './data-check';
import { mulberry32, writeCorpus } from './gen-corpus';

const root = mkdtempSync(join(tmpdir(), 'corroborate-gen-corpus-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file of a folder, name → contents. */
function readFolder(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}

const json = (dir: string, name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));

describe('gen-corpus', () => {
  const dir = join(root, 'a');
  const summary = writeCorpus(dir, { claims: 2_000, seed: 7 });

  it('writes a 2,000-claim dataset that data:check passes with zero errors', () => {
    expect(summary).toMatchObject({ claims: 2_000, measures: 40 });
    const { exitCode, lines } = runDataCheck(dir);
    expect(lines).toEqual([expect.stringMatching(/2000 claims, 0 stories — OK$/)]);
    expect(exitCode).toBe(0);
  });

  it('passes validateDataset and has the shapes the benchmark relies on', () => {
    const articles = json(dir, 'articles.json') as Article[];
    const texts = new Map(articles.map((a) => [a.file, readFileSync(join(dir, a.file), 'utf8')]));
    const result = validateDataset(
      {
        articles,
        sources: json(dir, 'sources.json'),
        measures: json(dir, 'measures.json'),
        claims: json(dir, 'claims.json'),
      },
      texts,
    );
    if (!result.ok)
      throw new Error(
        result.errors
          .slice(0, 5)
          .map((e) => `${e.file} ${e.recordId} ${e.field}: ${e.message}`)
          .join('\n'),
      );
    const { claims, measures, sources } = result.dataset;
    expect(claims).toHaveLength(2_000);
    // ~100 claims per article, ~50 per measure.
    expect(articles.length).toBeGreaterThanOrEqual(15);
    expect(articles.length).toBeLessThanOrEqual(25);
    expect(measures.some((m) => m.comparableWith.some((c) => c.relation === 'complement'))).toBe(true);
    expect(measures.some((m) => m.comparableWith.some((c) => c.caveats.length > 0))).toBe(true);
    expect(sources.some((s) => s.parentId !== null)).toBe(true);
    const has = (pred: (c: Claim) => boolean) => claims.some(pred);
    expect(has((c) => c.value.interpretation !== null)).toBe(true);
    expect(has((c) => c.value.approximate)).toBe(true);
    expect(has((c) => c.value.high === null && !c.value.lowInclusive)).toBe(true);
    expect(has((c) => c.value.low !== null && c.value.high !== null && c.value.low < c.value.high)).toBe(true);
    expect(has((c) => c.per === 'day')).toBe(true);
    expect(has((c) => c.period !== null && c.per === null)).toBe(true);
    expect(has((c) => c.statedOnInferred)).toBe(true);
    expect(has((c) => c.via.length > 0)).toBe(true);
    // Some sentences are attributed to two voices: same quote and span, two claims.
    const spans = new Set<string>();
    expect(claims.some((c) => spans.size === spans.add(`${c.articleId}:${c.span.join('-')}`).size)).toBe(true);
  });

  it('writes events whose quotes sit at their spans', () => {
    const events = controlEventsSchema.parse(json(dir, 'events.json'));
    expect(events.length).toBeGreaterThan(0);
    const files = new Map((json(dir, 'articles.json') as Article[]).map((a) => [a.id, a.file]));
    for (const e of events) {
      const text = readFileSync(join(dir, files.get(e.articleId) ?? 'missing'), 'utf8');
      expect(text.slice(e.span[0], e.span[1])).toBe(e.quote);
    }
  });

  it('is deterministic: the same seed gives identical files, another seed different ones', () => {
    const again = join(root, 'b');
    const other = join(root, 'c');
    writeCorpus(again, { claims: 2_000, seed: 7 });
    writeCorpus(other, { claims: 2_000, seed: 8 });
    const first = readFolder(dir);
    expect(readFolder(again)).toEqual(first);
    expect(readFolder(other).get('claims.json')).not.toBe(first.get('claims.json'));
  });

  it('uses a seeded PRNG that repeats', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
