import { describe, expect, it } from 'vitest';
import { analyseDataset } from './analyse';
import { credibilityOf, gradeFromCounts } from './credibility';
import { testClaim, testMeasure, testSource } from '../testing/builders';
import type { Claim, Dataset } from './schema';

const src = testSource;
const meas = testMeasure;
const claim = testClaim;
const ds = (claims: Claim[]): Dataset => ({
  articles: [],
  sources: [src('a'), src('b'), src('c'), src('d'), src('a2', 'a')],
  measures: [meas({ id: 'kills' }), meas({ id: 'rate-ish' }), meas({ id: 'age', context: true })],
  claims,
});

describe('gradeFromCounts', () => {
  it.each([
    [2, 0, 1],
    [3, 0, 1],
    [1, 0, 2],
    [0, 0, 3],
    [0, 1, 4],
    [0, 2, 5],
    [2, 1, 2],
    [1, 1, 3],
    [1, 3, 3],
  ] as const)('corroborated by %i, contradicted by %i → %i', (c, d, g) => {
    expect(gradeFromCounts(c, d)).toBe(g);
  });
});

describe('suggestions', () => {
  it('grades from independent voices and names them', () => {
    const x = claim('a', 'kills', 10, 20);
    const claims = [x, claim('b', 'kills', 15, 15), claim('c', 'kills', 12, 30), claim('d', 'kills', 100, 100)];
    const cred = analyseDataset(ds(claims)).credibility;
    expect(cred[x.id]).toMatchObject({ grade: 2, label: 'Probably true' });
    expect(cred[x.id]!.reasons[0]).toBe('Independent figures from B and C overlap with it.');
    expect(cred[x.id]!.reasons[1]).toBe('Independent figures from D cannot both be true with it (no overlap).');
    expect(cred[claims[3]!.id]).toMatchObject({ grade: 5, label: 'Improbable' });
  });
  it('names at most three sources per reason and counts the rest', () => {
    const x = claim('a', 'kills', 10, 20);
    const others = ['b', 'c', 'e', 'f', 'g'].map((id) => claim(id, 'kills', 15, 15));
    const cred = analyseDataset(ds([x, ...others])).credibility;
    expect(cred[x.id]).toMatchObject({ grade: 1 });
    expect(cred[x.id]!.reasons[0]).toBe('Independent figures from B, C, e and 2 more overlap with it.');
  });
  it('the same voice does not corroborate: a standing-alone figure is possibly true', () => {
    const x = claim('a', 'kills', 60, null);
    const cred = analyseDataset(ds([x, claim('a2', 'kills', 64, 64)])).credibility;
    expect(cred[x.id]!.grade).toBe(3);
    expect(cred[x.id]!.reasons.join(' ')).toMatch(/self-consistency, not corroboration/);
  });
  it('context figures and figures that cannot be normalised get 6', () => {
    const ctx = claim('a', 'age', 2000, 2000);
    const bare = claim('a', 'rate-ish', 900, null);
    const rate = claim('b', 'rate-ish', 20, 25, { per: 'day' });
    const cred = analyseDataset(ds([ctx, bare, rate])).credibility;
    expect(cred[ctx.id]!.grade).toBe(6);
    expect(cred[bare.id]!.grade).toBe(6);
    expect(cred[bare.id]!.reasons[0]).toMatch(/no period/);
    expect(cred[rate.id]!.grade).toBe(3);
  });
});

describe('credibility keyed by hostile claim ids', () => {
  it('keeps "__proto__" and "constructor" as plain keys and never returns built-ins', async () => {
    const { analyseDataset } = await import('./analyse');
    const { claimSchema, measureSchema, sourceSchema } = await import('./schema');
    const source = sourceSchema.parse({ id: 's', name: 'S', kind: 'expert', alignment: 'independent', description: '' });
    const measure = measureSchema.parse({ id: 'm', label: 'm', unit: 'people', description: '' });
    const claim = (id: string) =>
      claimSchema.parse({
        id,
        articleId: 'a',
        quote: 'q',
        span: [0, 1],
        claimantId: 's',
        outletId: 's',
        via: [],
        measureId: 'm',
        value: { low: 1, high: 1, lowInclusive: true, highInclusive: true, approximate: false, asWritten: '1', interpretation: null },
        period: null,
        per: null,
        statedOn: null,
        place: 'x',
      });
    const analysis = analyseDataset({ articles: [], sources: [source], measures: [measure], claims: [claim('__proto__')] });
    expect(Object.getPrototypeOf(analysis.credibility)).toBe(Object.prototype);
    expect(credibilityOf(analysis.credibility, '__proto__')?.claimId).toBe('__proto__');
    expect(credibilityOf(structuredClone(analysis.credibility), '__proto__')?.claimId).toBe('__proto__');
    expect(credibilityOf(analysis.credibility, 'constructor')).toBeUndefined();
  });
});
