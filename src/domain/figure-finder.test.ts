// The figure finder on the REAL shipped dataset (data/*.json and the article texts), never a copy, plus tricky cases.
// Claims are matched by their words (quote and asWritten), never by id, so the test survives re-numbering.
import { describe, expect, it } from 'vitest';
import { loadShippedDataset, readArticleText } from '../testing/real-dataset';
import { findFigures, type FigureCandidate } from './figure-finder';
import { applyRule, findRule } from './interpretation-rules';
import type { Claim } from './schema';

const dataset = loadShippedDataset();
const texts = new Map(dataset.articles.map((a) => [a.id, readArticleText(a.file)]));
const candidatesByArticle = new Map([...texts].map(([id, text]) => [id, findFigures(text)]));

/** Claims the finder does not get, found by their words, with the reason. */
const KNOWN_MISSES: { asWritten: string; quote: RegExp; why: string }[] = [
  {
    asWritten: 'two weeks',
    quote: /comes two weeks after/,
    why: 'stored as 14 days (approximate): turning a duration into the measure’s unit is the measure’s business; the finder proposes 2',
  },
];

function knownMiss(claim: Claim): string | null {
  const miss = KNOWN_MISSES.find((m) => m.asWritten === claim.value.asWritten && m.quote.test(claim.quote));
  return miss ? miss.why : null;
}

/** No-break and thin spaces read as plain spaces (same length): asWritten may print a plain space where the text has not. */
function plainSpaces(s: string): string {
  return s.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
}

/** The claim's figure words inside its quote, as article offsets. */
function occurrence(claim: Claim): { start: number; end: number } {
  const quote = plainSpaces(claim.quote);
  const asWritten = plainSpaces(claim.value.asWritten);
  let at = quote.indexOf(asWritten);
  if (at < 0) at = quote.toLowerCase().indexOf(asWritten.toLowerCase());
  expect(at, `"${claim.value.asWritten}" inside "${claim.quote}"`).toBeGreaterThanOrEqual(0);
  return { start: claim.span[0] + at, end: claim.span[0] + at + asWritten.length };
}

function candidateFor(claim: Claim): FigureCandidate | undefined {
  const occ = occurrence(claim);
  return (candidatesByArticle.get(claim.articleId) ?? []).find((c) => c.start < occ.end && occ.start < c.end);
}

function expectSameValue(c: FigureCandidate | undefined, claim: Claim): void {
  expect(c, `a candidate over "${claim.value.asWritten}" in "${claim.quote}"`).toBeDefined();
  const { low, high, lowInclusive, highInclusive, approximate } = claim.value;
  expect(c?.value).toMatchObject({ low, high, lowInclusive, highInclusive, approximate });
}

function describeClaim(claim: Claim): string {
  return `"${claim.value.asWritten}" in "${claim.quote}"`;
}

describe('findFigures on the shipped dataset', () => {
  const plain = dataset.claims.filter((c) => c.value.interpretation === null);
  const vague = dataset.claims.filter((c) => c.value.interpretation !== null);

  it('has figures to check', () => {
    expect(plain.length).toBeGreaterThan(20);
    expect(vague.length).toBeGreaterThan(15);
  });

  describe('every plain figure', () => {
    for (const claim of plain) {
      const why = knownMiss(claim);
      if (why) {
        it.todo(`known miss: ${describeClaim(claim)} — ${why}`);
        continue;
      }
      it(`finds ${describeClaim(claim)} with the same interval, rate and approximation`, () => {
        const c = candidateFor(claim);
        expectSameValue(c, claim);
        expect(c?.per).toBe(claim.per);
        expect(c?.value.interpretation).toBeNull();
      });
    }
  });

  describe('every vague word, read through the interpretation rules', () => {
    for (const claim of vague) {
      const why = knownMiss(claim);
      if (why) {
        it.todo(`known miss: ${describeClaim(claim)} — ${why}`);
        continue;
      }
      it(`finds ${describeClaim(claim)} with the claim's rule`, () => {
        const c = candidateFor(claim);
        expectSameValue(c, claim);
        expect(c?.kind).toBe('vague');
        expect(c?.value.interpretation?.rule).toBe(claim.value.interpretation?.rule);
        expect(c?.value.interpretation?.reading).toBe(claim.value.interpretation?.reading);
        expect(c?.per).toBe(claim.per);
      });
    }
  });

  it('known misses are still misses (remove them from the list when fixed)', () => {
    for (const claim of dataset.claims.filter((c) => knownMiss(c) !== null)) {
      const c = candidateFor(claim);
      const same =
        c !== undefined &&
        c.value.low === claim.value.low &&
        c.value.high === claim.value.high &&
        c.value.lowInclusive === claim.value.lowInclusive &&
        c.value.highInclusive === claim.value.highInclusive;
      expect(same, describeClaim(claim)).toBe(false);
    }
  });

  it('proposes no year, date, time, name or page counter from the articles', () => {
    const notFigures = [
      'in 2011',
      'in May 2015',
      'on March 18',
      'March 2nd, 2017 - 08:00 GMT',
      'in late 2016',
      'on March 27, 2016',
      'on Dec. 10',
      'Updated 11 December 2016',
      'since September 2015',
      'on October 18',
      '2016-03-29 23:34',
      'in August 2015',
      'in 2013',
      'on September 30 2015',
      'quarter of 2015',
      'between September 30 and December 31',
      'since mid-2014',
      'MyNews24',
      '0\n',
    ];
    for (const words of notFigures) {
      const hits = [...texts].filter(([, text]) => text.includes(words));
      expect(hits.length, `"${words}" occurs in an article`).toBeGreaterThan(0);
      for (const [id, text] of hits) {
        const at = text.indexOf(words);
        const overlapping = (candidatesByArticle.get(id) ?? []).filter((c) => c.start < at + words.length && at < c.end);
        expect(
          overlapping.map((c) => c.text),
          words,
        ).toEqual([]);
      }
    }
  });

  it('reads every vague candidate exactly as its rule says', () => {
    for (const c of [...candidatesByArticle.values()].flat()) {
      if (c.kind !== 'vague') continue;
      const rule = c.value.interpretation?.rule ?? '';
      expect(findRule(rule)).toBeDefined();
      const { low, high, lowInclusive, highInclusive, approximate } = c.value;
      expect({ low, high, lowInclusive, highInclusive, approximate }).toEqual(applyRule(rule));
    }
  });
});

/** The candidates of a text as [text, low, high, lowInclusive, highInclusive]. */
function found(text: string): [string, number | null, number | null, boolean, boolean][] {
  return findFigures(text).map((c) => [c.text, c.value.low, c.value.high, c.value.lowInclusive, c.value.highInclusive]);
}

function only(text: string): FigureCandidate {
  const list = findFigures(text);
  expect(list, text).toHaveLength(1);
  return list[0] as FigureCandidate;
}

describe('findFigures: numbers', () => {
  it('reads thousands grouped by spaces, commas, thin and no-break spaces', () => {
    for (const written of ['1 448', '1,448', '1\u2009448', '1\u00a0448', '1\u202f448']) {
      const text = `as many as ${written} civilians`;
      const c = only(text);
      expect(c.text).toBe(`as many as ${written}`);
      expect(c.value).toMatchObject({ low: null, high: 1448, lowInclusive: false, highInclusive: true, approximate: false });
      expect(c.value.asWritten).toBe(`as many as ${written}`);
      expect(text.slice(c.start, c.end)).toBe(c.text);
    }
    expect(found('1 000 000 people')).toEqual([['1 000 000', 1_000_000, 1_000_000, true, true]]);
    expect(found('2.5 million people')).toEqual([['2.5 million', 2_500_000, 2_500_000, true, true]]);
  });

  it('reads number words through the recogniser', () => {
    const c = only('has continued for twenty consecutive days');
    expect(c).toMatchObject({ text: 'twenty', kind: 'number', value: { low: 20, high: 20, asWritten: 'twenty' } });
    expect(found('destroyed five vehicles')).toEqual([['five', 5, 5, true, true]]);
    expect(found('one hundred and five people')).toEqual([['one hundred and five', 105, 105, true, true]]);
    expect(found('a dozen people')).toEqual([['a dozen', 12, 12, true, true]]);
    expect(found('twenty-five people')).toEqual([['twenty-five', 25, 25, true, true]]);
  });

  it('keeps a hyphenated age with its figure: "2 000-year-old"', () => {
    const c = only('the 2 000-year-old temple of Bel');
    expect(c).toMatchObject({ text: '2 000-year-old', kind: 'number', value: { low: 2000, high: 2000, asWritten: '2 000-year-old' } });
  });

  it('reads a digit ordinal before "century" as the century number, and no other ordinal', () => {
    expect(found('a 13th century Mamluk fortress')).toEqual([['13th century', 13, 13, true, true]]);
    expect(found('a 13th\u00a0century fortress')).toEqual([['13th\u00a0century', 13, 13, true, true]]);
    expect(found('the 2nd battalion, the 3rd day')).toEqual([]);
  });

  it('skips a bare "one" ("one of the", "one side") but keeps a qualified one', () => {
    expect(found('one of the country’s top sites, on one side')).toEqual([]);
    expect(found('about one person in ten')).toEqual([
      ['about one', 1, 1, true, true],
      ['ten', 10, 10, true, true],
    ]);
  });
});

describe('findFigures: qualifiers, as the dataset stores them', () => {
  it.each([
    ['more than 900 raids', 'more than 900', 900, null, false, false, false],
    ['More than 900 raids', 'More than 900', 900, null, false, false, false],
    ['over 900 raids', 'over 900', 900, null, false, false, false],
    ['at least 230 people', 'at least 230', 230, null, true, false, false],
    ['as many as 1 448 civilians', 'as many as 1 448', null, 1448, false, true, false],
    ['up to 1 448 civilians', 'up to 1 448', null, 1448, false, true, false],
    ['fewer than 10 people', 'fewer than 10', null, 10, false, false, false],
    ['around 50 members', 'around 50', 50, 50, true, true, true],
    ['about 50 members', 'about 50', 50, 50, true, true, true],
    ['nearly 2,000 years', 'nearly 2,000', 2000, 2000, true, true, true],
    ['almost 2,000 years', 'almost 2,000', 2000, 2000, true, true, true],
    ['some 500 civilians', 'some 500', 500, 500, true, true, true],
    ['roughly 500 civilians', 'roughly 500', 500, 500, true, true, true],
    ['approximately 500 civilians', 'approximately 500', 500, 500, true, true, true],
  ])('%s → %s', (text, asWritten, low, high, lowInclusive, highInclusive, approximate) => {
    const c = only(text);
    expect(c.value).toEqual({ low, high, lowInclusive, highInclusive, approximate, asWritten, interpretation: null });
    expect(c.text).toBe(asWritten);
  });
});

describe('findFigures: percentages and ranges', () => {
  it('reads "80%" and "80 percent"', () => {
    expect(only('80% of the site').kind).toBe('percent');
    expect(found('80% of the site')).toEqual([['80%', 80, 80, true, true]]);
    expect(found('80 percent of the site')).toEqual([['80 percent', 80, 80, true, true]]);
  });

  it('reads "10-25%" as a range of percentages', () => {
    const c = only('only 10-25% of Russian forces have left Syria');
    expect(c).toMatchObject({ text: '10-25%', kind: 'range', value: { low: 10, high: 25, lowInclusive: true, highInclusive: true } });
  });

  it('reads "20 to 25", "between 20 and 25" and an approximate range', () => {
    expect(found('20 to 25 raids')).toEqual([['20 to 25', 20, 25, true, true]]);
    expect(found('between 20 and 25 raids')).toEqual([['between 20 and 25', 20, 25, true, true]]);
    expect(found('twenty to twenty-five raids')).toEqual([['twenty to twenty-five', 20, 25, true, true]]);
    const c = only('around 20 to 25 raids');
    expect(c.value).toMatchObject({ low: 20, high: 25, approximate: true, asWritten: 'around 20 to 25' });
  });

  it('does not read a falling pair ("3-2") as a range', () => {
    expect(found('won 3-2 at home')).toEqual([
      ['3', 3, 3, true, true],
      ['2', 2, 2, true, true],
    ]);
  });
});

describe('findFigures: rates and overnight totals', () => {
  it('"20 to 25 combat sorties daily" is a daily range', () => {
    const c = only('conducting an average of 20 to 25 combat sorties daily in Palmyra');
    expect(c).toMatchObject({ text: '20 to 25 combat sorties daily', per: 'day', overnight: false, kind: 'range' });
    expect(c.value).toMatchObject({ low: 20, high: 25, asWritten: '20 to 25' });
  });

  it('reads "a day" and "per day", but not "a day after"', () => {
    expect(only('hundreds of rockets and shells a day').per).toBe('day');
    expect(only('hundreds of rockets and shells a day').value.interpretation?.rule).toBe('hundreds');
    expect(only('40 strikes per day').per).toBe('day');
    expect(only('40 strikes a day after the truce').per).toBeNull();
  });

  it('"more than 60 strikes overnight" is a one-night total, not a rate', () => {
    const c = only('carried out more than 60 strikes overnight on Palmyra');
    expect(c).toMatchObject({ text: 'more than 60 strikes overnight', per: null, overnight: true });
    expect(c.value).toMatchObject({ low: 60, high: null, lowInclusive: false, asWritten: 'more than 60' });
  });
});

describe('findFigures: vague words through the interpretation rules', () => {
  it.each([
    ['more than half of them', 'more than half', 'more-than-half'],
    ['dozens of Christians', 'dozens', 'dozens'],
    ['hundreds of statues', 'hundreds', 'hundreds'],
    ['scores of fighters', 'scores', 'scores'],
    ['tens of thousands of visitors', 'tens of thousands', 'tens-of-thousands'],
    ['several towns', 'several', 'several'],
    ['a number of sites', 'a number of', 'a-number-of'],
    ['many of its sites', 'many', 'many'],
    ['seized most of the mountain', 'most', 'most'],
    ['seized almost all of the city', 'almost all', 'almost-all'],
    ['they have been completely disfigured and destroyed', 'completely disfigured and destroyed', 'completely-destroyed'],
    ['completely seized the hill', 'completely seized', 'completely'],
  ])('%s → %s (%s)', (text, written, rule) => {
    const c = only(text);
    expect(c.kind).toBe('vague');
    expect(c.text).toBe(written);
    expect(c.value.interpretation?.rule).toBe(rule);
    const { low, high, lowInclusive, highInclusive, approximate } = c.value;
    expect({ low, high, lowInclusive, highInclusive, approximate }).toEqual(applyRule(rule));
  });

  it('leaves vague words out where they count nothing', () => {
    expect(found('one of the most significant centres')).toEqual([]);
    expect(found('the regime is now fully controlling the west')).toEqual([]);
    expect(found('how many were killed is unclear')).toEqual([]);
    expect(found('hundreds of thousands fled')).toEqual([]);
  });
});

describe('findFigures: things that are not figures', () => {
  it.each([
    ['a phone number', 'call +44 20 7946 0958 today'],
    ['a local phone number', 'call 020 7946 0958 today'],
    ['a date', 'announced on March 18 that'],
    ['an abbreviated date', 'retook the city on Dec. 10, but'],
    ['a day before the month', 'Updated 11 December 2016'],
    ['a date with its year', 'on March 27, 2016.'],
    ['an ISO date and time', '2016-03-29 23:34'],
    ['a time', 'Published March 2nd, 2017 - 08:00 GMT'],
    ['a year', 'set up by Unesco in 2013, said'],
    ['a month and year', 'captured by ISIS in May 2015.'],
    ['"since" a year', 'since 2011 the war'],
    ['a hyphenated year', 'since mid-2014, but'],
    ['a number inside a name', 'submitted via MyNews24.'],
    ['a counter alone on its line', '0\n\nComments'],
    ['a decade', 'in the 1990s'],
  ])('%s: %s', (_label, text) => {
    expect(found(text)).toEqual([]);
  });

  it('still reads a qualified 4-digit number or one followed by a count noun', () => {
    expect(found('more than 2000 people')).toEqual([['more than 2000', 2000, null, false, false]]);
    expect(found('killed 1448 civilians')).toEqual([['1448', 1448, 1448, true, true]]);
  });
});

describe('findFigures: robustness', () => {
  it('returns nothing for empty or non-string input', () => {
    expect(findFigures('')).toEqual([]);
    expect(findFigures(undefined as unknown as string)).toEqual([]);
    expect(findFigures(42 as unknown as string)).toEqual([]);
  });

  it('gives offsets into the original text, even with astral characters before the figure', () => {
    const text = '😀 👍🏽 killed more than 300 militants';
    const c = only(text);
    expect(text.slice(c.start, c.end)).toBe('more than 300');
  });

  it('survives pathological input', () => {
    expect(findFigures('9'.repeat(100_000))).toEqual([]);
    expect(findFigures(`${'('.repeat(10_000)}42 raids${')'.repeat(10_000)}`).map((c) => c.text)).toEqual(['42']);
    expect(findFigures('1 '.repeat(50_000))).toEqual([]);
  });
});

/** The candidates of a text as "text [low, high]" strings, with ≈ for approximate and "context" for background figures. */
function read(text: string, language?: 'en' | 'fr' | 'es' | 'pt' | 'de' | 'ar'): string[] {
  return findFigures(text, { language }).map((c) => {
    const v = c.value;
    const low = v.low === null ? '(−∞' : `${v.lowInclusive ? '[' : '('}${v.low}`;
    const high = v.high === null ? '∞)' : `${v.high}${v.highInclusive ? ']' : ')'}`;
    return `${c.text} ${low}, ${high}${v.approximate ? ' ≈' : ''}${c.context ? ' context' : ''}`;
  });
}

describe('findFigures: "N+" and abbreviated approximations', () => {
  it.each([
    ['500+ people were killed', '500+ [500, ∞)'],
    ['6,000+ displaced', '6,000+ [6000, ∞)'],
    ['283+ sites', '283+ [283, ∞)'],
    ['more than 300+ raids', 'more than 300+ (300, ∞)'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('leaves a sum or a code with "+" alone', () => {
    expect(read('2+2 is four')).toEqual(['2 [2, 2]', 'four [4, 4]']);
  });

  it.each([
    ['c. 1,200 fighters', 'c. 1,200 [1200, 1200] ≈'],
    ['ca. 500 homes', 'ca. 500 [500, 500] ≈'],
    ['approx. 40 raids', 'approx. 40 [40, 40] ≈'],
    ['(c.300 fighters)', 'c.300 [300, 300] ≈'],
    ['~40 raids', '~40 [40, 40] ≈'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('does not read a word ending in "c" as "c."', () => {
    expect(read('the topic. 40 raids')).toEqual(['40 [40, 40]']);
  });
});

describe('findFigures: citation markers, date ranges, page furniture', () => {
  it('skips bracketed citation markers', () => {
    expect(read('killed 40 people.[35] Another')).toEqual(['40 [40, 40]']);
    expect(read('at least 12 people[3][4] died')).toEqual(['at least 12 [12, ∞)']);
    expect(read('some 300 raids [12, 14–15] were')).toEqual(['some 300 [300, 300] ≈']);
  });

  it('keeps a bracketed figure with words in it', () => {
    expect(read('the toll [at least 40 dead] rose')).toEqual(['at least 40 [40, ∞)']);
  });

  it.each([
    ['from 20–27 March, 40 raids'],
    ['March 20–27, 40 raids'],
    ['between 8 and 22 December, 40 raids'],
    ['from 8 to 22 December 2016, 40 raids'],
    ['du 8 au 22 décembre, 40 raids'],
    ['del 8 al 22 de diciembre, 40 raids'],
    ['entre el 28 y el 30 de julio, 40 raids'],
    ['vom 8. bis 22. Dezember, 40 raids'],
  ])('reads no day of a date range: %s', (text) => {
    expect(read(text, text.startsWith('del') ? 'es' : undefined)).toEqual(['40 [40, 40]']);
  });

  it.each([['Page 3 of 12'], ['Photo 2 of 12'], ['12 comments'], ['5 min read'], ['Contributions of 200 words'], ['Updated 3 hours ago']])(
    'reads no page furniture: %s',
    (text) => {
      expect(read(`${text}\nThe monitor counted 40 raids.`)).toEqual(['40 [40, 40]']);
    },
  );

  it('reads "the past two weeks" and "over two weeks" as periods, not figures', () => {
    expect(read('in the past two weeks, 40 raids; over the last 3 days')).toEqual(['40 [40, 40]']);
    expect(read('nearly 90 died over two weeks; 40 died within 3 days')).toEqual(['nearly 90 [90, 90] ≈', '40 [40, 40]']);
    expect(read('over 40 days of bombing')).toEqual(['over 40 (40, ∞)']);
    expect(read('for twenty consecutive days')).toEqual(['twenty [20, 20]']);
  });
});

describe('findFigures: ordinals and ages are background, not counts', () => {
  it('reads "Nth century" as a background figure and no other ordinal', () => {
    expect(read('the 1st century temple')).toEqual(['1st century [1, 1] context']);
    expect(read('the 2nd battalion on the 3rd day')).toEqual([]);
  });

  it.each([
    ['the 2,000-year-old temple', '2,000-year-old [2000, 2000] context'],
    ['a 35-year-old man', '35-year-old [35, 35] context'],
    ['a boy aged 12', '12 [12, 12] context'],
    ['he was 70 years old', '70 [70, 70] context'],
    ['ein 25 Jahre alter Mann', '25 [25, 25]'],
    ['er ist 25 Jahre alt', '25 [25, 25] context'],
    ['un hombre de 40 años de edad', '40 [40, 40] context'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('keeps counts as counts', () => {
    expect(read('40 people were killed')).toEqual(['40 [40, 40]']);
    expect(read('a 10-year war')).toEqual(['10-year [10, 10]']);
  });
});

describe('findFigures: "over" spreading across', () => {
  it.each([
    ['carried out over two phases', 'two [2, 2]'],
    ['over 40 days of bombing', 'over 40 (40, ∞)'],
    ['over 900 raids', 'over 900 (900, ∞)'],
    ['rose above 11,000', 'above 11,000 (11000, ∞)'],
    ['over a dozen raids', 'a dozen [12, 12]'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});

describe('findFigures: other languages', () => {
  it.each([
    ['mais de 1.000 mortos', 'pt', 'mais de 1.000 (1000, ∞)'],
    ['pelo menos 1.448 civis', 'pt', 'pelo menos 1.448 [1448, ∞)'],
    ['cerca de 500 pessoas', 'pt', 'cerca de 500 [500, 500] ≈'],
    ['cerca de 500 personas', 'es', 'cerca de 500 [500, 500] ≈'],
    ['más de 1.500 heridos', 'es', 'más de 1.500 (1500, ∞)'],
    ['alrededor de 200 ataques', 'es', 'alrededor de 200 [200, 200] ≈'],
    ['al menos 2,5 millones', 'es', 'al menos 2,5 millones [2500000, ∞)'],
    ['plus de 300 morts', 'fr', 'plus de 300 (300, ∞)'],
    ['environ 1 200 blessés', 'fr', 'environ 1 200 [1200, 1200] ≈'],
    ['au moins 40 frappes', 'fr', 'au moins 40 [40, ∞)'],
    ['moins de 10 %', 'fr', 'moins de 10 % (−∞, 10)'],
    ['über 1.000 Tote', 'de', 'über 1.000 (1000, ∞)'],
    ['rund 2,5 Millionen Menschen', 'de', 'rund 2,5 Millionen [2500000, 2500000] ≈'],
    ['mindestens 170 Zivilisten', 'de', 'mindestens 170 [170, ∞)'],
    ['bis zu 40 Prozent', 'de', 'bis zu 40 Prozent (−∞, 40]'],
    ['أكثر من ٣٠٠ شخص', 'ar', 'أكثر من ٣٠٠ (300, ∞)'],
    ['حوالي ١٬٢٠٠ غارة', 'ar', 'حوالي ١٬٢٠٠ [1200, 1200] ≈'],
    ['ما لا يقل عن 15 مدنيا', 'ar', 'ما لا يقل عن 15 [15, ∞)'],
    ['٤٠٪ من المدينة', 'ar', '٤٠٪ [40, 40]'],
  ] as const)('%s (%s) → %s', (text, language, expected) => {
    expect(read(text, language)).toEqual([expected]);
  });

  it('reads ranges and daily rates in other languages', () => {
    expect(read('entre 20 y 25 ataques al día', 'es')).toEqual(['entre 20 y 25 ataques al día [20, 25]']);
    expect(read('de 20 à 25 raids par jour', 'fr')).toEqual(['20 à 25 raids par jour [20, 25]']);
    expect(read('zwischen 20 und 25 Angriffe täglich', 'de')).toEqual(['zwischen 20 und 25 Angriffe täglich [20, 25]']);
    expect(findFigures('20 à 25 raids par jour', { language: 'fr' })[0]?.per).toBe('day');
  });

  it('reads years and dates as dates in other languages', () => {
    expect(read('en 2015 y 2016 murieron 1.448 civiles', 'es')).toEqual(['1.448 [1448, 1448]']);
    expect(read('le 18 mars, 40 frappes', 'fr')).toEqual(['40 [40, 40]']);
    expect(read('am 18. März wurden 40 Angriffe gezählt', 'de')).toEqual(['40 [40, 40]']);
  });

  it('reads "1.000" by the article language: a thousand in Portuguese, one in English', () => {
    expect(read('1.000 mortos', 'pt')).toEqual(['1.000 [1000, 1000]']);
    expect(read('1.5 million people', 'en')).toEqual(['1.5 million [1500000, 1500000]']);
    expect(read('2.5 milhões de pessoas', 'pt')).toEqual(['2.5 milhões [2500000, 2500000]']);
  });

  it('guesses the language when none is given', () => {
    const portuguese = 'Segundo o Observatório, mais de 1.000 pessoas morreram na cidade, e a maioria dos mortos eram civis.';
    expect(read(portuguese)).toEqual(['mais de 1.000 (1000, ∞)']);
  });
});
