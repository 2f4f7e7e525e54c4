import { describe, expect, it } from 'vitest';
import { guessSourceKind } from './source-kind';

describe('guessSourceKind', () => {
  it.each([
    ['Russian Defence Ministry', 'government'],
    ['Directorate-General of Antiquities and Museums', 'government'],
    ['Syrian military official', 'military'],
    ['Syrian army', 'military'],
    ['Syrian Observatory for Human Rights', 'monitoring group'],
    ['Palmyra Revolution Coordination', 'activist group'],
    ['SANA (Syrian Arab News Agency)', 'state media'],
    ['Syrian state TV', 'state media'],
    ['AFP', 'news agency'],
    ['dpa', 'news agency'],
    ['UNESCO', 'international organisation'],
    ['Nations unies', 'international organisation'],
    ['Islamic State', 'armed group'],
    ['Ministério da Saúde', 'government'],
    ['المرصد السوري لحقوق الإنسان', 'monitoring group'],
    ['the archaeologist Khaled al-Asaad', 'expert'],
  ] as const)('%s → %s', (name, kind) => {
    expect(guessSourceKind(name)).toBe(kind);
  });

  it('reads acronyms in their own case only, so French "un" is not the United Nations', () => {
    expect(guessSourceKind('un porte-parole')).toBe('');
    expect(guessSourceKind('UN')).toBe('international organisation');
  });

  it('guesses nothing from a bare name', () => {
    expect(guessSourceKind('Khaled Omran')).toBe('');
    expect(guessSourceKind('')).toBe('');
  });
});
