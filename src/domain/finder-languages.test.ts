import { describe, expect, it } from 'vitest';
import { articleLanguage, asciiDigits, detectLanguage, numberFormat, QUALIFIERS } from './finder-languages';

describe('detectLanguage', () => {
  it.each([
    ['The monitor said that at least 40 people were killed in the raids on the city.', 'en'],
    ['Selon l’Observatoire, plus de 300 personnes ont été tuées dans la ville et les environs.', 'fr'],
    ['Según el Observatorio, más de 300 personas murieron en los ataques contra la ciudad.', 'es'],
    ['Segundo o Observatório, mais de 300 pessoas morreram nos ataques contra a cidade.', 'pt'],
    ['Nach Angaben der Beobachtungsstelle wurden bei den Angriffen über 300 Menschen getötet.', 'de'],
    ['قال المرصد إن أكثر من ٣٠٠ شخص قتلوا في الغارات على المدينة.', 'ar'],
  ] as const)('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('falls back to English on empty or unreadable input', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('1 2 3')).toBe('en');
  });
});

describe('numberFormat', () => {
  it('groups with commas in English and Arabic, with dots in Spanish, Portuguese and German, with spaces in French', () => {
    expect(numberFormat('en')).toMatchObject({ decimal: '.' });
    expect(numberFormat('en').group.has(',')).toBe(true);
    expect(numberFormat('ar').group.has(',')).toBe(true);
    for (const language of ['es', 'pt', 'de', 'fr'] as const) {
      expect(numberFormat(language).decimal).toBe(',');
      expect(numberFormat(language).group.has('.')).toBe(true);
    }
    expect(numberFormat('fr').group.has('\u202f')).toBe(true);
  });
});

describe('asciiDigits', () => {
  it('maps Arabic-Indic and Persian digits and signs one for one, so offsets hold', () => {
    const text = 'قتل ٣٠٠ و۴۵ و١٬٢٠٠ و٢٫٥ و٤٠٪';
    const ascii = asciiDigits(text);
    expect(ascii).toHaveLength(text.length);
    expect(ascii).toBe('قتل 300 و45 و1,200 و2.5 و40%');
  });

  it('returns the same string when there is nothing to map', () => {
    const text = 'more than 900 raids';
    expect(asciiDigits(text)).toBe(text);
  });
});

describe('QUALIFIERS', () => {
  it('has each phrase once', () => {
    const phrases = QUALIFIERS.map(([phrase]) => phrase);
    expect(new Set(phrases).size).toBe(phrases.length);
  });
});

describe('articleLanguage', () => {
  it('uses the recorded tag when the finder reads that language, whatever the region', () => {
    expect(articleLanguage('pt-BR', 'The monitor said 40 people were killed.')).toBe('pt');
    expect(articleLanguage('FR', 'The monitor said 40 people were killed.')).toBe('fr');
  });
  it('guesses from the text when there is no tag or the finder does not read that language', () => {
    const spanish = 'Según el Observatorio, más de 300 personas murieron en los ataques contra la ciudad.';
    expect(articleLanguage(null, spanish)).toBe('es');
    expect(articleLanguage('tr', spanish)).toBe('es');
  });
});
