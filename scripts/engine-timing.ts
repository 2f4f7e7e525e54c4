// npx tsx scripts/engine-timing.ts corpus/50000-1 [runs]: times analyseDataset on a corpus folder (JSON parsed directly,
// no schema validation): one warm-up, then the median of `runs` (default 3); also structuredClone of the analysis.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseDataset } from '../src/domain/analyse';
import type { Dataset } from '../src/domain/schema';

const dir = process.argv[2] ?? 'corpus/50000-1';
const runs = Number(process.argv[3] ?? 3);
const read = (name: string): unknown => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
const dataset = { articles: read('articles'), sources: read('sources'), measures: read('measures'), claims: read('claims') } as Dataset;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
// Wall time, and CPU time of this process (user + system, all threads): on a busy machine the CPU time is the steadier figure.
const cpu: number[] = [];
const time = <T>(f: () => T): [number, T] => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = f();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
  return [ms, r];
};

let analysis = analyseDataset(dataset); // warm-up
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const [ms, a] = time(() => analyseDataset(dataset));
  times.push(ms);
  analysis = a;
}
const analyseCpu = cpu.splice(0);
const clones: number[] = [];
for (let i = 0; i < runs; i++) clones.push(time(() => structuredClone(analysis))[0]);
let json = 'over 512 MB';
try {
  json = `${(JSON.stringify(analysis).length / 1e6).toFixed(1)} MB`;
} catch {
  // longer than the largest string V8 makes
}
const heapMb = process.memoryUsage().heapUsed / 1e6;
console.log(
  `${dataset.claims.length} claims, ${analysis.groups.length} groups: analyseDataset median ${median(times).toFixed(0)} ms ` +
    `[${times.map((t) => t.toFixed(0)).join(', ')}] (CPU ${median(analyseCpu).toFixed(0)} ms); structuredClone median ${median(clones).toFixed(0)} ms ` +
    `[${clones.map((t) => t.toFixed(0)).join(', ')}] (CPU ${median(cpu).toFixed(0)} ms); JSON ${json}; heap used ${heapMb.toFixed(0)} MB`,
);
