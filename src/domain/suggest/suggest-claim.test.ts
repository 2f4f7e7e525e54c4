import { describe, expect, it } from 'vitest';
import { findFigures } from '../figure-finder';
import type { Measure, Source } from '../schema';
import { suggestClaims } from './suggest-claim';

const SOURCES: Source[] = [
  { id: 'wire', name: 'Wire News', kind: 'outlet', alignment: 'independent', description: '', parentId: null, aliases: [] },
  {
    id: 'sohr',
    name: 'Syrian Observatory for Human Rights',
    kind: 'monitoring group',
    alignment: 'independent',
    description: 'Britain-based monitor.',
    parentId: null,
    aliases: [],
  },
];
const MEASURES: Measure[] = [];

describe('suggestClaims', () => {
  it('suggests every part of a claim, each with why', () => {
    const text =
      'IDLIB (Wire News) - Air strikes killed at least 34 people on Tuesday, according to the Syrian Observatory for Human Rights.[3]';
    const [s] = suggestClaims(findFigures(text), {
      text,
      articleId: 'a',
      outletId: 'wire',
      articleDate: '2024-02-14',
      language: 'en',
      sources: SOURCES,
      measures: MEASURES,
      claims: [],
      measureWords: new Map(),
      place: 'Idlib',
    });
    expect(s).toBeDefined();
    if (!s) return;
    expect(text.slice(s.quote.span[0], s.quote.span[1])).toBe('Air strikes killed at least 34 people on Tuesday');
    expect(s.claimant.choice).toEqual({ kind: 'source', sourceId: 'sohr' });
    expect(s.claimant.why).toBe('from “according to the Syrian Observatory for Human Rights”');
    expect(s.measure.choice).toEqual({ kind: 'new', label: 'People killed in Idlib, February 2024', unit: 'people' });
    expect(s.period).toMatchObject({ from: '2024-02-13', to: '2024-02-13' });
    expect(s.place).toEqual({ value: 'Idlib', why: 'carried from this article’s claims' });
  });

  it('reads no day against an article with no date printed', () => {
    const text =
      'Air strikes killed at least 34 people on Tuesday, a statement issued Wednesday by the Syrian Observatory for Human Rights said.';
    const [s] = suggestClaims(findFigures(text), {
      text,
      articleId: 'a',
      outletId: 'wire',
      articleDate: null,
      language: 'en',
      sources: SOURCES,
      measures: MEASURES,
      claims: [],
      measureWords: new Map(),
      place: 'Idlib',
    });
    expect(s?.claimant.choice).toEqual({ kind: 'source', sourceId: 'sohr' });
    expect(s?.period).toBeNull();
    expect(s?.statedOn).toBeNull();
  });
});
