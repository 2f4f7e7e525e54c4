import { loadShippedDataset } from '/work/main/src/testing/real-dataset';
import { analyseDataset } from '/work/main/src/domain/analyse';
const a = analyseDataset(loadShippedDataset());
for (const g of a.groups) console.log(g.contestedScore.toFixed(2), g.id, g.unit, '|', g.spread.kind === 'spread' ? g.spread.text : g.spread.reason, '\n   ', g.summary);
for (const p of a.profiles) console.log(p.sourceId, p.made, p.corroborated, p.contradicted, p.standalone, p.selfContradicting, p.distances.map(d=>d.text).join(' / '));
for (const c of Object.values(a.credibility)) console.log(c.claimId, c.grade, c.reasons.join(' '));
