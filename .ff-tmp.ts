import { readFileSync, readdirSync } from 'node:fs';
import { findFigures } from './src/domain/figure-finder';
const seed = readdirSync('data').filter(f=>f.endsWith('.txt')).map(f=>readFileSync('data/'+f,'utf8')).join('\n\n');
let a=''; while(a.length<1e6) a+=seed+'\n\n'; a=a.slice(0,1e6);
findFigures('twenty');
for (let r=0;r<8;r++){const t=performance.now(); findFigures(a); console.log((performance.now()-t).toFixed(0));}
const ones='1 '.repeat(500000);
for (let r=0;r<3;r++){const t=performance.now(); findFigures(ones); console.log('ones',(performance.now()-t).toFixed(0));}
