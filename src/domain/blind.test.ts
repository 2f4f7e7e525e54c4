import { describe, expect, it } from 'vitest';
import { loadShippedDataset } from '../testing/real-dataset';
import { rankGroups } from './analyse';
import { blindCompareData, renameAll, sourceLetter, voiceLetters, type CompareData } from './blind';
import { toChartRows } from './chart-rows';
import { indexDataset } from './lookups';
import { hiddenNames, namesIn } from './stories';
import { claimLabels } from './view-models/claim-labels';
import { verdictOf } from './view-models/verdict';

const dataset = loadShippedDataset();
const groups = rankGroups(dataset);
const sources = new Map(dataset.sources.map((s) => [s.id, s]));

/** The data of one compare view, as the worker sends it: the group and the records. */
function compareData(groupId: string): CompareData {
  const group = groups.find((g) => g.id === groupId);
  if (!group) throw new Error(`no group ${groupId}`);
  return { group, dataset };
}

function namesOf(data: CompareData): string[] {
  const ids = new Set(data.group?.entries.map((e) => e.claimId));
  return hiddenNames(
    dataset.claims.filter((c) => ids.has(c.id)),
    sources,
  );
}

describe('sourceLetter', () => {
  it('runs A to Z, then AA, AB…', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(sourceLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('voiceLetters', () => {
  it('gives letters by claim id, one per voice, whatever order the engine lists the figures in', () => {
    const { group } = compareData('air-raids-palmyra-2016');
    // c-02 (the activists' raids) comes before c-09 (the ministry's sorties).
    expect(group?.entries.map((e) => e.claimId)).toEqual(['c-09', 'c-02']);
    expect([...voiceLetters(group!)]).toEqual([
      ['palmyra-revolution-coordination', 'A'],
      ['russian-defence-ministry', 'B'],
    ]);
  });
});

describe('blindCompareData', () => {
  it('leaves no claimant, outlet or agency name anywhere in the data of any group of the shipped dataset', () => {
    for (const group of groups) {
      const data = { group, dataset };
      const blinded = JSON.stringify(blindCompareData(data, 'sources'));
      const names = namesOf(data);
      expect(names.length).toBeGreaterThan(0);
      expect({ group: group.id, leaked: namesIn(blinded, names) }).toEqual({ group: group.id, leaked: [] });
    }
  });

  it('hides alignments, kinds, descriptions and aliases behind neutral values, and keeps the figures', () => {
    const blinded = blindCompareData(compareData('air-raids-palmyra-2016'), 'sources');
    expect(blinded.dataset.sources.filter((s) => s.name.startsWith('Source '))).toEqual([
      { id: 'source-a', name: 'Source A', kind: 'analyst', alignment: 'unspecified', description: '', parentId: null, aliases: [] },
      { id: 'source-b', name: 'Source B', kind: 'analyst', alignment: 'unspecified', description: '', parentId: null, aliases: [] },
    ]);
    expect(blinded.dataset.claims.map((c) => [c.id, c.claimantId, c.quote])).toEqual([
      ['c-09', 'source-b', '20 to 25'],
      ['c-02', 'source-a', 'More than 900'],
    ]);
    expect(blinded.group?.entries.map((e) => [e.claimId, e.interval.low])).toEqual(
      compareData('air-raids-palmyra-2016').group?.entries.map((e) => [e.claimId, e.interval.low]),
    );
    expect(blinded.group?.summary).toMatch(/^Source A: .*; Source B: /);
    expect(blinded.dataset.articles.map((a) => a.title)).toEqual(['Article 1']);
  });

  it('feeds every view of the step: chart labels and the verdict name Source A and B', () => {
    const blinded = blindCompareData(compareData('air-raids-palmyra-2016'), 'sources');
    const index = indexDataset(blinded.dataset);
    const labels = claimLabels(blinded.group!.entries, index);
    const chart = toChartRows(blinded.group!, (id) => labels.get(id) ?? id);
    expect(chart.rows.map((r) => r.label).sort()).toEqual(['Source A', 'Source B']);
    const verdict = verdictOf(blinded.group!, index);
    expect(verdict.headline).toContain('Source A');
    expect(verdict.headline).not.toMatch(/Palmyra Revolution|Russian Defence/);
  });

  it('gives a claimant and the body it speaks for one letter: they are one voice', () => {
    const { group } = compareData('isis-killed-palmyra-2016-12');
    const blinded = blindCompareData({ group: group!, dataset }, 'sources');
    // The ministry gave two of the three figures; they share its letter.
    expect(blinded.dataset.claims.map((c) => [c.id, c.claimantId]).sort()).toEqual([
      ['c-18', 'source-a'],
      ['c-19', 'source-b'],
      ['c-21', 'source-a'],
    ]);
  });

  it('at the quotes level shows the claimants but still hides quotes, articles and outlets', () => {
    const data = compareData('ancient-site-intact-palmyra-2016');
    const blinded = blindCompareData(data, 'quotes');
    const text = JSON.stringify(blinded);
    expect(text).toContain('Maamoun Abdulkarim');
    expect(text).toContain('Activist who escaped Palmyra');
    expect(namesIn(text, ['NOW', 'Syria Direct', 'News24', 'AFP'])).toEqual([]);
    expect(text).not.toContain('Say goodbye');
  });

  it('returns the data unchanged at none, and a missing group as it is', () => {
    const data = compareData('air-raids-palmyra-2016');
    expect(blindCompareData(data, 'none')).toBe(data);
    const empty = { group: null, dataset };
    expect(blindCompareData(empty, 'sources')).toBe(empty);
  });
});

describe('renameAll', () => {
  it('replaces longer names first, so a name inside another is not cut', () => {
    expect(
      renameAll('80% (Maamoun Abdulkarim, Directorate (Syria)) above 0% (Directorate)', [
        ['Directorate', 'Source C'],
        ['Directorate (Syria)', 'Source B'],
        ['Maamoun Abdulkarim', 'Source B'],
      ]),
    ).toBe('80% (Source B, Source B) above 0% (Source C)');
  });
});
