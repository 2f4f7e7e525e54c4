import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, runDataCheck } from './data-check';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the real dataset folder in the OS temp dir, for breaking. */
function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-data-check-'));
  temps.push(dir);
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  return dir;
}

describe('runDataCheck', () => {
  it('passes on the shipped dataset', () => {
    const { exitCode, lines } = runDataCheck();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^data:check: 5 articles, \d+ sources, \d+ measures, \d+ claims, 1 story — OK$/);
    expect(exitCode).toBe(0);
  });

  it('reports a broken claim by file, record and field, and fails', () => {
    const dir = copyOfData();
    const [first, ...rest] = JSON.parse(readFileSync(join(dir, 'claims.json'), 'utf8')) as { id: string; span: [number, number] }[];
    if (!first) throw new Error('the shipped dataset has no claims');
    first.span = [first.span[0] + 1, first.span[1] + 1];
    writeFileSync(join(dir, 'claims.json'), JSON.stringify([first, ...rest]));
    const { exitCode, lines } = runDataCheck(dir);
    expect(lines[0]).toMatch(new RegExp(`^claims\\.json › claim ${first.id} › span: `));
    expect(lines.at(-1)).toMatch(/— 1 error$/);
    expect(exitCode).toBe(1);
  });

  it('checks an article’s access date, archived copy and language, naming file, record and field', () => {
    const dir = copyOfData();
    const [first, ...rest] = JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')) as { id: string }[];
    if (!first) throw new Error('the shipped dataset has no articles');
    const broken = { ...first, accessedOn: '2026-13-01', archiveUrl: 'ftp://archive.example/a', language: 'English' };
    writeFileSync(join(dir, 'articles.json'), JSON.stringify([broken, ...rest]));
    const { exitCode, lines } = runDataCheck(dir);
    expect(lines).toEqual(
      expect.arrayContaining([
        `articles.json › article ${first.id} › accessedOn: not a real calendar date`,
        `articles.json › article ${first.id} › archiveUrl: expected a web address starting with http:// or https://`,
        `articles.json › article ${first.id} › language: expected a language tag such as "en", "ar" or "pt-BR" (BCP 47)`,
      ]),
    );
    expect(exitCode).toBe(1);
  });

  it('checks the stories against the dataset: a step naming a measure that is not there fails, by story and field', () => {
    const dir = copyOfData();
    const stories = JSON.parse(readFileSync(join(dir, 'stories.json'), 'utf8')) as { id: string; steps: { view: { path: string } }[] }[];
    const step = stories[0]?.steps[2];
    if (!step) throw new Error('the shipped story has fewer than three steps');
    step.view.path = '/compare/no-such-measure';
    writeFileSync(join(dir, 'stories.json'), JSON.stringify(stories));
    const { exitCode, lines } = runDataCheck(dir);
    expect(lines).toEqual([
      `stories.json › story ${stories[0]?.id} › steps.2.view.path: names the measure "no-such-measure", which is not in the dataset`,
      expect.stringMatching(/, 1 story — 1 error$/),
    ]);
    expect(exitCode).toBe(1);
  });

  it('accepts a folder without stories, and names a stories file that is not JSON', () => {
    const dir = copyOfData();
    unlinkSync(join(dir, 'stories.json'));
    expect(runDataCheck(dir)).toEqual({ exitCode: 0, lines: [expect.stringMatching(/ claims — OK$/)] });
    writeFileSync(join(dir, 'stories.json'), '[{');
    const { exitCode, lines } = runDataCheck(dir);
    expect(lines[0]).toMatch(/^stories\.json: not valid JSON/);
    expect(exitCode).toBe(1);
  });

  it('names a file that is not JSON', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'measures.json'), '{ not json');
    const { exitCode, lines } = runDataCheck(dir);
    expect(lines[0]).toMatch(/^measures\.json: not valid JSON/);
    expect(exitCode).toBe(1);
  });

  it('names a file that is missing', () => {
    const dir = copyOfData();
    unlinkSync(join(dir, 'sources.json'));
    const { exitCode, lines } = runDataCheck(dir);
    expect(lines[0]).toMatch(/^sources\.json: file not found/);
    expect(exitCode).toBe(1);
  });

  it('names a missing article text file', () => {
    const dir = copyOfData();
    const [article] = JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')) as { id: string; file: string }[];
    if (!article) throw new Error('the shipped dataset has no articles');
    unlinkSync(join(dir, article.file));
    const { exitCode, lines } = runDataCheck(dir);
    expect(lines[0]).toBe(`${article.file} › article ${article.id} › file: article text file is missing`);
    expect(exitCode).toBe(1);
  });
});

describe('data:check command line', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'data-check.ts'), ...args], { encoding: 'utf8' });

  it('exits 0 on the shipped dataset and prints the summary', () => {
    const result = run();
    expect(result.stdout).toMatch(/data:check: 5 articles, .* — OK/);
    expect(result.status).toBe(0);
  });

  it('exits 1 on a broken copy given as an argument', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'claims.json'), '[{"id": "c-x"}]');
    const result = run(dir);
    expect(result.stderr).toMatch(/^claims\.json › claim c-x › /m);
    expect(result.stderr).toMatch(/errors$/m);
    expect(result.status).toBe(1);
  });
});
