import { describe, expect, it } from 'vitest';
import { randomId, slugify, uniqueId } from './record-ids';

describe('record ids', () => {
  it('slugs labels to lower-case ASCII words', () => {
    expect(slugify('Air raids on Palmyra, 2016')).toBe('air-raids-on-palmyra-2016');
    expect(slugify('  Agence France-Presse (AFP) ')).toBe('agence-france-presse-afp');
    expect(slugify('Şam Ünİversitesi')).toBe('sam-universitesi');
    expect(slugify('<script>')).toBe('script');
    expect(slugify('!!!')).toBe('');
  });

  it('adds a number until the id is free, and falls back for labels without letters', () => {
    expect(uniqueId('AFP', new Set(), 'source')).toBe('afp');
    expect(uniqueId('AFP', new Set(['afp', 'afp-2']), 'source')).toBe('afp-3');
    expect(uniqueId('…', new Set(['source']), 'source')).toBe('source-2');
  });

  it('makes random ids with the prefix', () => {
    expect(randomId('user')).toMatch(/^user-[0-9a-f]{8}$/);
    expect(randomId('user')).not.toBe(randomId('user'));
  });
});
