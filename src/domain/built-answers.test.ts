import { describe, expect, it } from 'vitest';
import { answers, builtAnswerFile, builtAnswerJson, canonicalJson, parseBuiltAnswer } from './built-answers';

describe('canonicalJson', () => {
  it('writes every object’s keys in order, at every level, and keeps arrays in theirs', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(canonicalJson({ a: [2, 1], b: null })).toBe('{"a":[2,1],"b":null}');
  });
});

describe('builtAnswerFile', () => {
  it('names one file for one question, whatever the order of its keys', () => {
    expect(builtAnswerFile('matrix', { q: '', sort: 'contested' })).toBe(builtAnswerFile('matrix', { sort: 'contested', q: '' }));
    expect(builtAnswerFile('matrix', { q: '' })).toMatch(/^answers\/matrix-[0-9a-f]{8}\.json$/);
    expect(builtAnswerFile('matrix', { q: 'a' })).not.toBe(builtAnswerFile('matrix', { q: '' }));
  });
});

describe('a built answer’s text', () => {
  it('gives back its Maps, and everything else as JSON does', () => {
    const built = { name: 'matrixWindow', asked: { q: '' }, answer: { rows: [{ cells: new Map([['s1', { n: 1 }]]) }], none: null } };
    expect(parseBuiltAnswer(builtAnswerJson(built))).toStrictEqual(built);
  });

  it('answers only its own question', () => {
    const built = { name: 'sources', asked: { count: 30, filters: { kinds: [] } }, answer: 1 };
    expect(answers(built, 'sources', { filters: { kinds: [] }, count: 30 })).toBe(true);
    expect(answers(built, 'sources', { filters: { kinds: [] }, count: 60 })).toBe(false);
    expect(answers(built, 'matrix', built.asked)).toBe(false);
  });
});
