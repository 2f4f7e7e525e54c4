import { readFileSync } from 'node:fs';
import { analyseDataset } from '../src/domain/analyse';
import { datasetSchema } from '../src/domain/schema';
import { filterDataset, NO_FILTERS } from '../src/domain/filter';
const dir = process.argv[2];
const read = (n: string) => JSON.parse(readFileSync(`${dir}/${n}.json`, 'utf8'));
let t = performance.now();
const ds = datasetSchema.parse({ articles: read('articles'), sources: read('sources'), measures: read('measures'), claims: read('claims') });
console.log('parse', (performance.now() - t).toFixed(0));
for (let i = 0; i < 3; i++) { t = performance.now(); const a = analyseDataset(ds); console.log('analyse', (performance.now() - t).toFixed(0), a.groups.length); }
t = performance.now(); const f = filterDataset(ds, { ...NO_FILTERS, kinds: ['monitoring group'] }); const a2 = analyseDataset(f); console.log('filter+analyse', (performance.now() - t).toFixed(0), f.claims.length);
t = performance.now(); structuredClone(a2); console.log('clone analysis', (performance.now() - t).toFixed(0));
t = performance.now(); structuredClone(ds); console.log('clone dataset', (performance.now() - t).toFixed(0));
