// The verdict table of the shipped dataset: every contested group's headline, the figures as shown, and why they may differ.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseDataset } from '../analyse';
import { controlEventsSchema } from '../events';
import { indexDataset } from '../lookups';
import { DATA_DIR, loadShippedDataset } from '../../testing/real-dataset';
import { claimLabels } from './claim-labels';
import { possessive } from '../format';
import { testClaim, testMeasure, testSource } from '../../testing/builders';
import { headlineOf, inSentence, singular, verdictOf, type WhyKind } from './verdict';

const dataset = loadShippedDataset();
const events = controlEventsSchema.parse(JSON.parse(readFileSync(join(DATA_DIR, 'events.json'), 'utf8')));
const analysis = analyseDataset(dataset);
const index = indexDataset(dataset);
const contested = analysis.groups.filter((g) => !g.context && g.voiceCount >= 2);
const verdictFor = (id: string) => {
  const g = contested.find((x) => x.id === id);
  if (!g) throw new Error(`no contested group ${id}`);
  return { group: g, verdict: verdictOf(g, index, events) };
};

/** Every contested group of the shipped data: status, headline, the summary (figures as said, in their own units), and the kinds of reasons. */
const TABLE: { id: string; status: string; headline: string; summary: string; why: WhyKind[] }[] = [
  {
    id: 'ancient-site-intact-palmyra-2016',
    status: 'contradicts',
    headline:
      'Maamoun Abdulkarim gave “80%”; the activist who escaped Palmyra said “completely disfigured and destroyed” (read as 0%). The two figures are at least 80 percentage points apart.',
    summary:
      'Maamoun Abdulkarim, Directorate-General of Antiquities and Museums (Syria): “80%”; Activist who escaped Palmyra: “completely disfigured and destroyed” (read as 0%)',
    why: ['scope', 'scope', 'period', 'rhetoric', 'stake', 'stake', 'control'],
  },
  {
    id: 'air-raids-palmyra-2016',
    status: 'contradicts',
    headline:
      'The Palmyra Revolution Coordination counted more than 2.5 times as many raids a day as the Russian Defence Ministry reported sorties, counting one sortie as one raid.',
    summary:
      'Palmyra Revolution Coordination: “More than 900” raids (≈ more than about 64 raids a day if spread evenly over 14 days); Russian Defence Ministry: “20 to 25” sorties a day',
    why: ['definition', 'scope', 'period', 'period', 'stake', 'stake'],
  },
  {
    id: 'al-hayyal-share-seized-2016',
    status: 'compatible',
    headline:
      'The Syrian Observatory for Human Rights said “most”; SANA (Syrian Arab News Agency) said “completely seized”. No conflict, but open or vague figures confirm nothing.',
    summary:
      'SANA (Syrian Arab News Agency): “completely seized” (read as 100%); Syrian Observatory for Human Rights: “most” (read as more than 50, up to 100%)',
    why: ['period', 'rhetoric', 'rhetoric', 'stake', 'stake'],
  },
  {
    id: 'isis-killed-kurdish-offensive-2015-05',
    status: 'compatible',
    headline:
      'The Kurdish official (unnamed) and the Syrian Observatory for Human Rights both said “at least 170” people. No conflict, but open or vague figures confirm nothing.',
    summary: 'Kurdish official (unnamed): “at least 170” people; Syrian Observatory for Human Rights: “at least 170” people',
    why: ['stake', 'stake'],
  },
  {
    id: 'isis-killed-palmyra-2016-12',
    status: 'compatible',
    headline:
      'The Russian Defence Ministry and the Syrian Observatory for Human Rights both said “scores” of fighters. No conflict, but open or vague figures confirm nothing.',
    summary:
      'Russian Defence Ministry: “scores” of fighters (read as at least 40) and “more than 300” fighters; Syrian Observatory for Human Rights: “scores” of fighters (read as at least 40)',
    why: ['rhetoric', 'rhetoric', 'stake', 'stake'],
  },
  {
    id: 'sites-damaged-by-isis-palmyra',
    status: 'compatible',
    headline: 'NOW said “a number of” sites; Arab News said “many” sites. No conflict, but open or vague figures confirm nothing.',
    summary:
      'Arab News: “many” sites (read as at least 3); NOW: “a number of” sites (read as at least 2; a part of what is compared here, so a floor: at least 2 sites)',
    why: ['definition', 'rhetoric', 'rhetoric', 'control', 'control'],
  },
];

describe('the verdict table of the shipped dataset', () => {
  it('covers every contested group, in ranked order', () => {
    expect(contested.map((g) => g.id)).toEqual(TABLE.map((r) => r.id));
  });
  it.each(TABLE)('$id: headline, figures as said and why they may differ', ({ id, status, headline, summary, why }) => {
    const { group, verdict } = verdictFor(id);
    expect(verdict.status).toBe(status);
    expect(verdict.headline).toBe(headline);
    expect(group.summary).toBe(summary);
    expect(verdict.why.map((w) => w.kind)).toEqual(why);
    // Plain words: no bounds or intervals outside the technical form, about 30 words at most.
    for (const text of [verdict.headline, ...verdict.why.map((w) => w.text)]) expect(text).not.toMatch(/lower bound|upper bound/);
    expect(verdict.headline.split(/\s+/).length).toBeLessThanOrEqual(32);
    // Every reason names figures of this group.
    const ids = new Set(group.entries.map((e) => e.claimId));
    for (const w of verdict.why) expect(w.claimIds.length > 0 && w.claimIds.every((c) => ids.has(c))).toBe(true);
  });
  it('a sortie figure is never called raids, and a gap between shares is in points', () => {
    const { group } = verdictFor('air-raids-palmyra-2016');
    const ministry = group.entries.find((e) => e.claimantId === 'russian-defence-ministry')!;
    expect(ministry.unit).toBe('sorties a day');
    expect(group.summary).not.toMatch(/Ministry: [^;]*raids/);
    expect(verdictFor('ancient-site-intact-palmyra-2016').verdict.headline).not.toMatch(/80%[^”]*apart|gap of 80%/);
  });
  it('the top conflict carries its reasons: rhetoric, the stake of each side and the change of control between them', () => {
    const { verdict } = verdictFor('ancient-site-intact-palmyra-2016');
    expect(verdict.why.find((w) => w.kind === 'rhetoric')?.text).toBe(
      'The activist who escaped Palmyra’s “completely disfigured and destroyed” is a word, not a count: it is read by a rule as 0%.',
    );
    expect(verdict.why.find((w) => w.kind === 'control')?.text).toBe(
      'Government forces retake Palmyra on 27 March 2016: the activist who escaped Palmyra (reported 23 March 2016) spoke before, Maamoun Abdulkarim (reported 29 March 2016) after.',
    );
    expect(verdict.technical).toMatch(/lower bound of one figure, 80%/);
  });
  it('open figures are never a confirmation: no consensus and no grade of 1 or 2 on the compatible groups', () => {
    for (const row of TABLE.filter((r) => r.status === 'compatible')) {
      const { group } = verdictFor(row.id);
      expect(group.consensus).toBeNull();
      for (const e of group.entries) expect(analysis.credibility[e.claimId]!.grade).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('verdict helpers', () => {
  it('names bodies with "the", people and acronyms without', () => {
    expect(inSentence('Russian Defence Ministry')).toBe('the Russian Defence Ministry');
    expect(inSentence('SANA (Syrian Arab News Agency)')).toBe('SANA (Syrian Arab News Agency)');
    expect(inSentence('Maamoun Abdulkarim')).toBe('Maamoun Abdulkarim');
    expect(inSentence('Provincial governor')).toBe('the provincial governor');
    expect(inSentence('Kurdish official (unnamed)')).toBe('the Kurdish official (unnamed)');
    expect(possessive('Airwars')).toBe('Airwars’');
    expect(possessive('NOW')).toBe('NOW’s');
    expect(singular('sorties a day')).toBe('sortie');
    expect(singular('raids')).toBe('raid');
    expect(singular('casualties')).toBe('casualty');
  });
  it('a lone source gets a headline that says there is nothing to compare', () => {
    const alone = analysis.groups.find((g) => g.id === 'civilians-injured-russian-strikes-syria-2015q4')!;
    expect(headlineOf(alone, index)).toBe(
      'Only Airwars gives a figure here (“1 700” people); there is nothing independent to compare it with.',
    );
  });
});

describe('claim labels', () => {
  it('tells two figures of one source apart by their words and date', () => {
    const g = contested.find((x) => x.id === 'isis-killed-palmyra-2016-12')!;
    const labels = claimLabels(g.entries, index);
    const ministry = g.entries.filter((e) => e.claimantId === 'russian-defence-ministry').map((e) => labels.get(e.claimId));
    expect(ministry).toEqual(['Russian Defence Ministry (“scores”, 2016-12-11)', 'Russian Defence Ministry (“more than 300”, 2016-12-11)']);
    expect(labels.get(g.entries.find((e) => e.claimantId === 'sohr')!.claimId)).toBe('Syrian Observatory for Human Rights');
  });
});

describe('a large group', () => {
  it('names the first four period reasons among its pairs, in order, and no more', () => {
    // Twelve monitors, each with a figure for its own week of 2016: every pair of periods shares no day.
    const ids = Array.from({ length: 12 }, (_, i) => `m${String(i).padStart(2, '0')}`);
    const week = (i: number) => {
      const day = (d: number) => new Date(Date.UTC(2016, 0, 4 + 7 * i + d)).toISOString().slice(0, 10);
      return { from: day(0), to: day(6), approximate: false, evidence: '' };
    };
    const claims = ids.map((id, i) => testClaim(id, 'killed', 10 + 40 * i, 10 + 40 * i, { period: week(i) }));
    const big = { articles: [], sources: ids.map((id) => testSource(id)), measures: [testMeasure({ id: 'killed' })], claims };
    const group = analyseDataset(big).groups.find((g) => g.measureIds.includes('killed'));
    if (!group) throw new Error('no group');
    const periods = verdictOf(group, indexDataset(big)).why.filter((w) => w.kind === 'period');
    const [a, b, c, d, e] = group.entries.map((x) => claims.find((cl) => cl.id === x.claimId)?.claimantId.toUpperCase());
    expect(periods.map((w) => w.text.slice(0, w.text.indexOf(' figures'))).join(' | ')).toBe(
      [b, c, d, e].map((other) => `${a}’s and ${other}’s`).join(' | '),
    );
  });
});
