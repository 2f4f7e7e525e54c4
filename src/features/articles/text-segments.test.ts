import { describe, expect, it } from 'vitest';
import { segmentText } from './text-segments';

const text = 'Officials said more than 900 raids hit the city, and 20 to 25 sorties a day.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe('segmentText', () => {
  it('covers the whole text in order, each candidate whole', () => {
    const candidates = [at('20 to 25 sorties a day'), at('more than 900')];
    const segments = segmentText(text.length, candidates, []);
    expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    expect(segments.filter((s) => s.candidate !== null).map((s) => [s.candidate, text.slice(s.start, s.end)])).toEqual([
      [1, 'more than 900'],
      [0, '20 to 25 sorties a day'],
    ]);
  });

  it('marks the text a claim quotes, and the candidates inside it', () => {
    const claim = { id: 'c-1', ...at('said more than 900 raids') };
    const segments = segmentText(text.length, [at('more than 900')], [claim]);
    expect(segments.map((s) => [text.slice(s.start, s.end), s.candidate, s.claimIds])).toEqual([
      ['Officials ', null, []],
      ['said ', null, ['c-1']],
      ['more than 900', 0, ['c-1']],
      [' raids', null, ['c-1']],
      [' hit the city, and 20 to 25 sorties a day.', null, []],
    ]);
  });

  it('keeps overlapping claims apart where they differ', () => {
    const a = { id: 'a', ...at('more than 900 raids') };
    const b = { id: 'b', ...at('900 raids hit') };
    const segments = segmentText(text.length, [], [a, b]);
    expect(segments.map((s) => [text.slice(s.start, s.end), s.claimIds])).toEqual([
      ['Officials said ', []],
      ['more than ', ['a']],
      ['900 raids', ['a', 'b']],
      [' hit', ['b']],
      [' the city, and 20 to 25 sorties a day.', []],
    ]);
  });

  it('drops overlapping or out-of-range candidates and clips claims to the text', () => {
    const segments = segmentText(
      10,
      [
        { start: 2, end: 6 },
        { start: 4, end: 8 },
        { start: 8, end: 12 },
      ],
      [{ id: 'x', start: 7, end: 50 }],
    );
    expect(segments).toEqual([
      { start: 0, end: 2, candidate: null, claimIds: [] },
      { start: 2, end: 6, candidate: 0, claimIds: [] },
      { start: 6, end: 7, candidate: null, claimIds: [] },
      { start: 7, end: 10, candidate: null, claimIds: ['x'] },
    ]);
  });

  it('gives nothing for an empty text', () => {
    expect(segmentText(0, [], [])).toEqual([]);
  });
});
