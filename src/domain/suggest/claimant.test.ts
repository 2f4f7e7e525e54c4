import { describe, expect, it } from 'vitest';
import type { Source } from '../schema';
import { matchSource, sourceAliases, suggestClaimant } from './claimant';

function source(id: string, name: string, kind: Source['kind'], description = ''): Source {
  return { id, name, kind, alignment: 'independent', description, parentId: null, aliases: [] };
}

const SOURCES: Source[] = [
  source('outlet', 'Daily Wire', 'outlet'),
  source('afp', 'AFP', 'news agency', 'Agence France-Presse.'),
  source('sohr', 'Syrian Observatory for Human Rights', 'monitoring group', 'Britain-based monitor, also "the Observatory".'),
  source('mod', 'Russian Defence Ministry', 'government'),
  source('sana', 'SANA (Syrian Arab News Agency)', 'state media'),
  source('abdulkarim', 'Maamoun Abdulkarim', 'government', 'Head of antiquities (also spelt Mamoun Abdul-Karim).'),
  source('airwars', 'Airwars', 'monitoring group'),
];

function claimant(text: string, figure: string, sources = SOURCES) {
  const at = text.indexOf(figure);
  expect(at, figure).toBeGreaterThanOrEqual(0);
  return suggestClaimant({ text, figure: [at, at + figure.length], sources, outletId: 'outlet' });
}

function chosen(text: string, figure: string): string {
  const { choice } = claimant(text, figure);
  return choice.kind === 'source' ? choice.sourceId : `new:${choice.name}`;
}

describe('suggestClaimant: attribution patterns', () => {
  it.each([
    ['X said', 'At least 40 people were killed, the Syrian Observatory for Human Rights said.', 'sohr'],
    ['said X', 'At least 40 people were killed, said the Syrian Observatory for Human Rights.', 'sohr'],
    ['according to X', 'At least 40 people were killed, according to the Syrian Observatory for Human Rights.', 'sohr'],
    ['X reported that', 'The Syrian Observatory for Human Rights reported that at least 40 people were killed.', 'sohr'],
    ['per X', 'At least 40 people were killed, per Airwars.', 'airwars'],
    ['X claimed', 'The Russian Defence Ministry claimed at least 40 militants were killed.', 'mod'],
    ['(X)', 'At least 40 people were killed (SOHR).', 'sohr'],
    ["X's figure", "The Observatory's figure of at least 40 dead could not be checked.", 'sohr'],
    ['X, apposition, told', 'The antiquities chief, Maamoun Abdulkarim, told reporters that 80% of the site was intact.', 'abdulkarim'],
    ['selon X', 'Au moins 40 personnes ont été tuées, selon Airwars.', 'airwars'],
    ['según X', 'Al menos 40 personas murieron, según Airwars.', 'airwars'],
    ['laut X', 'Laut Airwars wurden mindestens 40 Menschen getötet.', 'airwars'],
  ])('%s', (_pattern, text, expected) => {
    expect(chosen(text, text.match(/at least 40|At least 40|80%|Au moins 40|Al menos 40|mindestens 40/)?.[0] ?? '')).toBe(expected);
  });

  it('names an intermediary from "X told Y"', () => {
    const s = claimant('Maamoun Abdulkarim told AFP that 80% of the site was intact.', '80%');
    expect(s.choice).toEqual({ kind: 'source', sourceId: 'abdulkarim' });
    expect(s.via).toEqual(['afp']);
  });

  it('reads an attribution in the next sentence, for quoted speech', () => {
    const text = '“More than 900 raids hit the city in two weeks.” The Syrian Observatory for Human Rights said so on Tuesday.';
    expect(chosen(text, 'More than 900')).toBe('sohr');
  });

  it('reads an attribution in the sentence before, for quoted speech', () => {
    const text = 'Airwars said it had checked every report. “We found that 1 700 civilians were hurt.”';
    expect(chosen(text, '1 700')).toBe('airwars');
  });

  it('does not borrow an attribution from the next sentence outside quoted speech', () => {
    expect(chosen('The storm dropped 400mm of rain. Airwars said nothing.', '400')).toBe('outlet');
  });

  it('resolves "it said" to the speaker named before', () => {
    const text = 'The Russian Defence Ministry said its jets flew 64 sorties. The strikes killed 300 militants, it said.';
    expect(chosen(text, '300')).toBe('mod');
  });

  it('reads "the monitor" as a source already named in the article', () => {
    const text =
      'The Syrian Observatory for Human Rights counted the dead. Around 500 civilians remain, according to the Britain-based monitor.';
    expect(chosen(text, 'Around 500')).toBe('sohr');
  });

  it('offers a new source, name prefilled, when none matches', () => {
    expect(chosen('At least 40 people died, a local doctor said.', 'At least 40')).toBe('new:Local doctor');
    expect(chosen('At least 40 people died, according to Foro Penal.', 'At least 40')).toBe('new:Foro Penal');
  });

  it('falls back to the outlet’s own voice, and says so', () => {
    const s = claimant('The city had 70,000 inhabitants before the war.', '70,000');
    expect(s.choice).toEqual({ kind: 'source', sourceId: 'outlet' });
    expect(s.span).toBeNull();
    expect(s.why).toMatch(/outlet’s own voice/);
  });

  it('gives a background figure to the outlet', () => {
    const text = 'Ahmed Salem, a 42-year-old teacher, said the water rose fast.';
    const at = text.indexOf('42-year-old');
    const s = suggestClaimant({ text, figure: [at, at + 11], sources: SOURCES, outletId: 'outlet', background: true });
    expect(s.choice).toEqual({ kind: 'source', sourceId: 'outlet' });
  });

  it('quotes the attribution words in its why, and their span lies in the text', () => {
    const text = 'At least 40 people were killed, according to the Syrian Observatory for Human Rights.';
    const s = claimant(text, 'At least 40');
    expect(s.why).toBe('from “according to the Syrian Observatory for Human Rights”');
    expect(s.span && text.slice(s.span[0], s.span[1])).toBe('according to the Syrian Observatory for Human Rights');
  });

  it('names the source in its why only when the text calls it something else', () => {
    const s = claimant('At least 40 people were killed, the Observatory said.', 'At least 40');
    expect(s.why).toBe('from “the Observatory said”: Syrian Observatory for Human Rights');
  });
});

describe('matchSource and sourceAliases', () => {
  it('derives initials, bracketed names and names quoted in the description', () => {
    const sohr = SOURCES.find((s) => s.id === 'sohr') as Source;
    expect(sourceAliases(sohr)).toEqual(expect.arrayContaining(['Syrian Observatory for Human Rights', 'SOHR', 'the Observatory']));
    expect(sourceAliases(SOURCES.find((s) => s.id === 'sana') as Source)).toEqual(
      expect.arrayContaining(['SANA', 'Syrian Arab News Agency']),
    );
  });

  it('matches names as reporters write them', () => {
    expect(matchSource('the SOHR', SOURCES)?.source.id).toBe('sohr');
    expect(matchSource('the Observatory', SOURCES)?.source.id).toBe('sohr');
    expect(matchSource('the Britain-based Observatory', SOURCES)?.source.id).toBe('sohr');
    expect(matchSource('Russia’s defense ministry', SOURCES)?.source.id).toBe('mod');
    expect(matchSource('Mamoun Abdul-Karim', SOURCES)?.source.id).toBe('abdulkarim');
    expect(matchSource('the Airwars monitoring group', SOURCES)?.source.id).toBe('airwars');
  });

  it('matches a claimant by an alias recorded on the source, and only then', () => {
    const plain = source('monitor', 'Syrian Observatory for Human Rights', 'monitoring group');
    const withAliases: Source = { ...plain, aliases: ['OSDH', 'the Observatory'] };
    expect(sourceAliases(withAliases)).toEqual(expect.arrayContaining(['OSDH', 'the Observatory']));
    expect(matchSource('OSDH', [plain])).toBeNull();
    expect(matchSource('l’OSDH', [withAliases])?.score).toBe(1);
    expect(matchSource('the Observatory', [withAliases])?.score).toBe(1);
    const text = 'Au moins 40 personnes ont été tuées, selon l’OSDH.';
    const at = text.indexOf('40');
    const suggest = (sources: Source[]) =>
      suggestClaimant({ text, figure: [at, at + 2], sources: [source('outlet', 'Daily Wire', 'outlet'), ...sources], outletId: 'outlet' })
        .choice;
    expect(suggest([withAliases])).toEqual({ kind: 'source', sourceId: 'monitor' });
    expect(suggest([plain])).toEqual({ kind: 'new', name: 'OSDH' });
  });

  it('does not match a different body that shares one word', () => {
    const match = matchSource('Observatorio Venezolano de Conflictividad Social', SOURCES);
    expect(match === null || match.score < 0.7).toBe(true);
  });
});
