import { readFileSync } from 'node:fs';
import { analyseDataset } from '../src/domain/analyse';
import type { Dataset } from '../src/domain/schema';
const dir = process.argv[2] ?? '';
const read = (n: string): unknown => JSON.parse(readFileSync(`${dir}/${n}.json`, 'utf8'));
const ds = { articles: read('articles'), sources: read('sources'), measures: read('measures'), claims: read('claims') } as Dataset;
const t = performance.now();
analyseDataset(ds);
console.log('analyse', (performance.now() - t).toFixed(0));
