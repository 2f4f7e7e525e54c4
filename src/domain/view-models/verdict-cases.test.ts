// Real-looking conflicts written for the tests, judged end to end through the bundle import (parse, validate, analyse).
import { describe, expect, it } from 'vitest';
import { analyseDataset } from '../analyse';
import { parseBundle } from '../bundle';
import { indexDataset } from '../lookups';
import { verdictCasesBundle } from '../../testing/verdict-cases';
import { verdictOf } from './verdict';

const imported = parseBundle(JSON.stringify(verdictCasesBundle()), 'verdict-cases.corroborate.json');
if (!imported.ok) throw new Error(imported.errors.map((e) => `${e.file} ${e.recordId ?? ''} ${e.field}: ${e.message}`).join('\n'));
const { dataset } = imported.content;
const analysis = analyseDataset(dataset);
const index = indexDataset(dataset);
const group = (id: string) => analysis.groups.find((g) => g.id === id || g.measureIds.includes(id))!;
const pair = (id: string, a: string, b: string) => group(id).pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))!;

describe('verdict cases, imported as a bundle', () => {
  it('nested periods: the monitor’s 8–11 December count is progress towards its 8–22 December total, and the governor’s 100 contradicts both', () => {
    expect(pair('civilians-killed-qasr-hamra', 'v-01', 'v-02')).toMatchObject({ sameVoice: true, nested: true, judgement: 'compatible' });
    expect(pair('civilians-killed-qasr-hamra', 'v-01', 'v-03')).toMatchObject({ nested: true, judgement: 'contradicts' });
    expect(pair('civilians-killed-qasr-hamra', 'v-02', 'v-03')).toMatchObject({ nested: false, judgement: 'contradicts' });
    const g = group('civilians-killed-qasr-hamra');
    expect(g.entries.find((e) => e.claimId === 'v-01')!.evidence.selfContradicting).toEqual([]);
    const v = verdictOf(g, index);
    expect(v.headline).toBe(
      'The Syrian Observatory for Human Rights’ figure, “352” people, is at least 3.5 times the provincial governor’s, “100” people.',
    );
    expect(v.why.filter((w) => w.kind === 'period').map((w) => w.text)).toContain(
      'The Syrian Observatory for Human Rights’ figure covers 8–11 December 2016, inside the provincial governor’s 8–22 December 2016: for a count, the shorter period’s total is a floor for the longer one’s.',
    );
    expect(v.why.find((w) => w.kind === 'period')?.text).toBe(
      'The Syrian Observatory for Human Rights gave one total for 8–11 December 2016 and another for 8–22 December 2016, which contains it: a rise between them is progress, not a contradiction.',
    );
  });
  it('a part against its whole: 50 killed cannot fit 40 killed or wounded; at least 15 killed fits both', () => {
    const g = group('fighters-killed-qasr-hamra');
    expect(g.measureIds).toEqual(['fighters-casualties-qasr-hamra', 'fighters-killed-qasr-hamra']);
    expect(pair(g.id, 'v-05', 'v-06').judgement).toBe('contradicts');
    expect(pair(g.id, 'v-04', 'v-05').judgement).toBe('compatible');
    expect(pair(g.id, 'v-04', 'v-06').judgement).toBe('compatible');
    expect(verdictOf(g, index).status).toBe('contradicts');
    expect(analysis.credibility['v-04']!.grade).toBe(3);
  });
  it('an open figure against a point: "up to 300" never makes 150 a consensus or a confirmation', () => {
    const g = group('families-fled-qasr-hamra');
    expect(g.consensus).toBeNull();
    expect(verdictOf(g, index)).toMatchObject({
      status: 'compatible',
      headline:
        'The aid agency said “Up to 300” families; the local official said “150” families. No conflict, but open or vague figures confirm nothing.',
    });
    expect(analysis.credibility['v-08']!.grade).toBe(3);
  });
});
