// The engine on the REAL shipped dataset (data/*.json), never a copy. Claims are found by their
// words (quote or asWritten), never by id, so the test survives re-numbering.
import { describe, expect, it } from 'vitest';
import { loadShippedDataset } from '../testing/real-dataset';
import { analyseDataset } from './analyse';
import type { EngineComparisonGroup, EnginePairVerdict } from './divergence';
import type { Claim } from './schema';

const dataset = loadShippedDataset();
const analysis = analyseDataset(dataset);

function findClaim(claimantName: RegExp, text: RegExp): Claim {
  const claimants = new Set(dataset.sources.filter((s) => claimantName.test(s.name)).map((s) => s.id));
  const hits = dataset.claims.filter((c) => claimants.has(c.claimantId) && (text.test(c.quote) || text.test(c.value.asWritten)));
  expect(hits, `exactly one claim by ${claimantName} matching ${text}`).toHaveLength(1);
  return hits[0] as Claim;
}

function pairOf(a: Claim, b: Claim): { group: EngineComparisonGroup; pair: EnginePairVerdict } {
  for (const group of analysis.groups) {
    const pair = group.pairs.find((p) => (p.a === a.id && p.b === b.id) || (p.a === b.id && p.b === a.id));
    if (pair) return { group, pair };
  }
  throw new Error(`claims "${a.value.asWritten}" and "${b.value.asWritten}" are not compared in any group`);
}

describe('engine on the shipped dataset', () => {
  it('Palmyra Revolution Coordination’s raids a day and the Defence Ministry’s sorties a day are disjoint, raid vs sortie named', () => {
    const raids = findClaim(/Palmyra Revolution Coordination/, /more than 900 raids.*past two weeks/i);
    const sorties = findClaim(/Russian Defence Ministry/, /20 to 25 combat sorties daily/i);
    const { group, pair } = pairOf(raids, sorties);
    expect(group.per).toBe('day');
    expect(pair.relation).toBe('disjoint');
    expect(pair.sameVoice).toBe(false);
    expect(pair.distance).toBeGreaterThan(0);
    expect(pair.comparability.status).toBe('caveats');
    const definitional = pair.comparability.caveats.filter((c) => c.kind === 'definition');
    expect(definitional.length).toBeGreaterThan(0);
    expect(definitional.map((c) => c.note).join(' ')).toMatch(/raid/i);
    expect(definitional.map((c) => c.note).join(' ')).toMatch(/sortie/i);
    const entry = group.entries.find((e) => e.claimId === raids.id)!;
    expect(entry.cannotNormalise).toBeNull();
    expect(entry.explanations.join(' ')).toMatch(/more than 900 raids in 14 days \(period approximate\) → more than about 64 a day/);
    expect(entry.interval.low).toBeCloseTo(900 / 14, 9);
  });

  it('Maamoun Abdulkarim’s 80% in good shape and the activist’s "completely disfigured and destroyed" are disjoint', () => {
    const intact = findClaim(/Maamoun Abdulkarim/, /80%/);
    const destroyed = findClaim(/activist/i, /completely disfigured and destroyed/i);
    const { pair } = pairOf(intact, destroyed);
    expect(pair.relation).toBe('disjoint');
    expect(pair.sameVoice).toBe(false);
    expect(pair.comparability.status).not.toBe('not-comparable');
  });

  it('Airwars’ "more than 1 000" (Oct–Dec) and "as many as 1 448" (30 Sep–Dec) are self-consistent: nested periods, the shorter a floor', () => {
    const more = findClaim(/Airwars/, /more than 1 000/);
    const asMany = findClaim(/Airwars/, /as many as 1 448/);
    const { group, pair } = pairOf(more, asMany);
    expect(pair.sameVoice).toBe(true);
    expect(pair).toMatchObject({ relation: 'overlap', nested: true, judgement: 'compatible' });
    // One voice, both figures open: nothing sets a consensus.
    expect(group.consensus).toBeNull();
    const entry = group.entries.find((e) => e.claimId === more.id)!;
    expect(entry.evidence.corroboratingVoices).toEqual([]);
    expect(entry.evidence.selfConsistentWith).toEqual([asMany.id]);
    expect(analysis.credibility[more.id]!.grade).not.toBe(1);
  });

  it('the Defence Ministry’s "more than 60" and "64" strikes overnight are self-consistent', () => {
    const moreThan60 = findClaim(/Russian Defence Ministry/, /more than 60 strikes/);
    const sixtyFour = findClaim(/Russian Defence Ministry/, /64 air strikes/);
    const { pair } = pairOf(moreThan60, sixtyFour);
    expect(pair.sameVoice).toBe(true);
    expect(pair.relation).toBe('overlap');
    expect(pair.distance).toBe(0);
  });

  it('every claim is in exactly one group and has a credibility suggestion; the analysis is plain data', () => {
    const seen = analysis.groups.flatMap((g) => g.entries.map((e) => e.claimId)).sort();
    expect(seen).toEqual(dataset.claims.map((c) => c.id).sort());
    expect(Object.keys(analysis.credibility).sort()).toEqual(seen);
    expect(structuredClone(analysis)).toEqual(analysis);
  });

  it('context groups are ranked last', () => {
    const firstContext = analysis.groups.findIndex((g) => g.context);
    expect(firstContext === -1 || analysis.groups.slice(firstContext).every((g) => g.context)).toBe(true);
  });
});
