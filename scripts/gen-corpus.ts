// npm run gen:corpus -- --claims N --seed S [--out DIR]: writes the synthetic dataset of src/testing/corpus.ts into a folder
// (default corpus/<N>-<S>/) for performance work.
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCorpusFiles, type CorpusOptions, type CorpusSummary } from '../src/testing/corpus';

export { generateCorpusFiles, mulberry32, type CorpusOptions, type CorpusSummary } from '../src/testing/corpus';

/** Writes the corpus into `dir`, replacing what was there. */
export function writeCorpus(dir: string, options: CorpusOptions): CorpusSummary {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const summary: CorpusSummary = { dir, articles: 0, sources: 0, measures: 0, claims: options.claims, events: 0, bytes: 0 };
  for (const { name, contents, append } of generateCorpusFiles(options)) {
    (append ? appendFileSync : writeFileSync)(join(dir, name), contents);
    summary.bytes += Buffer.byteLength(contents);
    if (name === 'articles.json') summary.articles = (JSON.parse(contents) as unknown[]).length;
    if (name === 'sources.json') summary.sources = (JSON.parse(contents) as unknown[]).length;
    if (name === 'measures.json') summary.measures = (JSON.parse(contents) as unknown[]).length;
    if (name === 'events.json') summary.events = (JSON.parse(contents) as unknown[]).length;
  }
  return summary;
}

export function defaultCorpusDir(claims: number, seed: number): string {
  return resolve(import.meta.dirname, '..', 'corpus', `${claims}-${seed}`);
}

function parseArgs(argv: readonly string[]): { claims: number; seed: number; out: string | null } {
  let claims = 5_000;
  let seed = 1;
  let out: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes('=') ? (arg.split(/=(.*)/s) as [string, string]) : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--claims') claims = Number(value().replace(/[_,]/g, ''));
    else if (flag === '--seed') seed = Number(value());
    else if (flag === '--out') out = resolve(value());
    else throw new Error(`unknown argument ${arg} (usage: gen:corpus -- --claims N --seed S [--out DIR])`);
  }
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  return { claims, seed, out };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { claims, seed, out } = parseArgs(process.argv.slice(2));
    const dir = out ?? defaultCorpusDir(claims, seed);
    const t0 = performance.now();
    const s = writeCorpus(dir, { claims, seed });
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(
      `gen:corpus: ${s.claims} claims, ${s.measures} measures, ${s.sources} sources, ${s.articles} articles, ${s.events} events → ${dir} (${(s.bytes / 1024 / 1024).toFixed(1)} MB, ${secs} s)`,
    );
  } catch (e) {
    console.error(`gen:corpus: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
