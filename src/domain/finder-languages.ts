// The words and number formats the figure finder reads in each article language. Qualifiers, months, percent and rate
// words are read in every language at once (they do not collide), so a quote in another language is still read; only the
// number format (which of "." and "," groups thousands) depends on the article's language.

/** Languages whose qualifiers, dates and number formats the finder reads. */
export const finderLanguages = ['en', 'fr', 'es', 'pt', 'de', 'ar'] as const;
export type FinderLanguage = (typeof finderLanguages)[number];

export type QualifierType = 'gt' | 'ge' | 'le' | 'lt' | 'approx';

/** Words before a number that bound it or mark it approximate, as docs/dataset.md stores them, per language. */
export const QUALIFIERS: ReadonlyArray<readonly [string, QualifierType]> = [
  // English
  ['more than', 'gt'],
  ['over', 'gt'],
  ['well over', 'gt'],
  ['just over', 'gt'],
  ['greater than', 'gt'],
  ['upwards of', 'gt'],
  ['above', 'gt'],
  ['in excess of', 'gt'],
  ['at least', 'ge'],
  ['no fewer than', 'ge'],
  ['no less than', 'ge'],
  ['not less than', 'ge'],
  ['a minimum of', 'ge'],
  ['up to', 'le'],
  ['as many as', 'le'],
  ['as much as', 'le'],
  ['at most', 'le'],
  ['no more than', 'le'],
  ['not more than', 'le'],
  ['a maximum of', 'le'],
  ['fewer than', 'lt'],
  ['less than', 'lt'],
  ['under', 'lt'],
  ['just under', 'lt'],
  ['below', 'lt'],
  ['around', 'approx'],
  ['about', 'approx'],
  ['nearly', 'approx'],
  ['almost', 'approx'],
  ['some', 'approx'],
  ['roughly', 'approx'],
  ['approximately', 'approx'],
  ['an estimated', 'approx'],
  ['estimated', 'approx'],
  ['close to', 'approx'],
  ['circa', 'approx'],
  // French
  ['plus de', 'gt'],
  ['au moins', 'ge'],
  ['moins de', 'lt'],
  ['environ', 'approx'],
  ['près de', 'approx'],
  ['presque', 'approx'],
  ['quelque', 'approx'],
  // Spanish
  ['más de', 'gt'],
  ['al menos', 'ge'],
  ['por lo menos', 'ge'],
  ['hasta', 'le'],
  ['menos de', 'lt'],
  ['alrededor de', 'approx'],
  ['cerca de', 'approx'],
  ['casi', 'approx'],
  ['unos', 'approx'],
  ['unas', 'approx'],
  ['aproximadamente', 'approx'],
  // Portuguese ("cerca de", "aproximadamente" as in Spanish)
  ['mais de', 'gt'],
  ['pelo menos', 'ge'],
  ['até', 'le'],
  ['quase', 'approx'],
  // German
  ['mehr als', 'gt'],
  ['über', 'gt'],
  ['mindestens', 'ge'],
  ['bis zu', 'le'],
  ['höchstens', 'le'],
  ['weniger als', 'lt'],
  ['unter', 'lt'],
  ['etwa', 'approx'],
  ['rund', 'approx'],
  ['ungefähr', 'approx'],
  ['fast', 'approx'],
  ['knapp', 'approx'],
  // Arabic
  ['أكثر من', 'gt'],
  ['ما يزيد عن', 'gt'],
  ['ما يزيد على', 'gt'],
  ['ما لا يقل عن', 'ge'],
  ['أقل من', 'lt'],
  ['حوالي', 'approx'],
  ['حوالى', 'approx'],
  ['نحو', 'approx'],
  ['قرابة', 'approx'],
  ['زهاء', 'approx'],
];

/** Month names and abbreviations; English ones count only capitalised ("may" and "march" are verbs). */
export const ENGLISH_MONTHS: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
export const OTHER_MONTHS: ReadonlySet<string> = new Set(
  [
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
    'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
    'januar jänner februar märz april mai juni juli august september oktober november dezember',
    'يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر',
    'كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين',
  ]
    .join(' ')
    .split(' '),
);

/** Words for "percent" after a number, as word sequences. */
export const PERCENT_WORDS: ReadonlyArray<readonly string[]> = [
  ['percent'],
  ['pc'],
  ['per', 'cent'],
  ['pour', 'cent'],
  ['por', 'ciento'],
  ['por', 'cento'],
  ['prozent'],
  ['في', 'المئة'],
  ['في', 'المائة'],
  ['بالمئة'],
  ['بالمائة'],
];

/** Scale words after digits: "2.5 million", "1,5 millones", "15 mil". */
export const SCALE_AFTER_DIGITS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1_000],
  ['million', 1_000_000],
  ['millions', 1_000_000],
  ['billion', 1_000_000_000],
  ['trillion', 1_000_000_000_000],
  ['mil', 1_000],
  ['millón', 1_000_000],
  ['millones', 1_000_000],
  ['milhão', 1_000_000],
  ['milhões', 1_000_000],
  ['milliard', 1_000_000_000],
  ['milliards', 1_000_000_000],
  ['millionen', 1_000_000],
  ['mio', 1_000_000],
  ['milliarden', 1_000_000_000],
  ['mrd', 1_000_000_000],
  ['ألف', 1_000],
  ['آلاف', 1_000],
  ['مليون', 1_000_000],
  ['ملايين', 1_000_000],
]);

/** Words that link the two ends of a range ("20 to 25", "de 20 a 25", "20 bis 25"), besides dashes. */
export const RANGE_LINKS: ReadonlySet<string> = new Set(['to', 'a', 'à', 'au', 'al', 'bis', 'إلى', 'الى']);
/** Words that open a "between … and …" range, with the word that joins its ends. */
export const BETWEEN_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['between', new Set(['and'])],
  ['entre', new Set(['et', 'y', 'e'])],
  ['zwischen', new Set(['und'])],
  ['بين', new Set(['و'])],
]);

/** Words after a figure that make it a daily rate on their own ("daily", "täglich"). */
export const DAILY_WORDS: ReadonlySet<string> = new Set(['daily', 'täglich', 'diariamente', 'quotidiennement', 'يوميا', 'يومياً']);
/** "a day", "par jour", "por día", "pro Tag": the first word, then the day word. */
export const PER_WORDS: ReadonlySet<string> = new Set(['a', 'per', 'each', 'every', 'par', 'por', 'al', 'pro', 'am']);
export const DAY_WORDS: ReadonlySet<string> = new Set(['day', 'jour', 'día', 'dia', 'tag']);

/**
 * Words that may follow a year ("in 2015 and", "en 2015 y"); any other lower-case word after a 4-digit number makes it a
 * count ("killed 1448 civilians").
 */
export const AFTER_YEAR: ReadonlySet<string> = new Set(
  [
    'and or but nor so yet to in on at by for of from with without into onto over under during through about against',
    'when while as after before until till since than that which where who whom whose what why how',
    'the a an this these that those there here then now also still already only just even',
    'it its he she they we i you him her them us his their our my your',
    'is are was were be been being am has have had having do does did will would shall should can could may might must',
    'saw brought marked began ended followed',
    // French, Spanish, Portuguese, German
    'et ou mais le la les un une des du de en à au aux dans par pour sur avec quand lorsque qui que est a ont été',
    'y o pero el los las del al con por para sobre cuando que fue era se ha han',
    'e ou mas os as um uma do da dos das no na nos nas em com por para quando que foi era',
    'und oder aber der die das den dem des ein eine im in am an auf mit nach vor bei als wurde wurden ist war hat haben',
  ]
    .join(' ')
    .split(' '),
);

/** Words after a number that make it page furniture, not a reported figure ("12 comments", "200 words", "5 min read"). */
export const FURNITURE_AFTER: ReadonlySet<string> = new Set([
  'comment',
  'comments',
  'share',
  'shares',
  'like',
  'likes',
  'view',
  'views',
  'reply',
  'replies',
  'retweets',
  'followers',
  'words',
  'characters',
  'photos',
  'commentaires',
  'comentarios',
  'comentários',
  'kommentare',
]);
/** Words before a number that make it a page or picture number ("Page 3", "Photo 2 of 12"). */
export const FURNITURE_BEFORE: ReadonlySet<string> = new Set([
  'page',
  'pages',
  'photo',
  'image',
  'slide',
  'picture',
  'chapter',
  'section',
  'fig',
  'figure',
  'vol',
  'volume',
  'issue',
  'página',
  'seite',
]);

/** Units of time: "the past two weeks" is a period, not a figure; "3 hours ago" is a time stamp. */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'second',
  'seconds',
  'minute',
  'minutes',
  'min',
  'mins',
  'hour',
  'hours',
  'day',
  'days',
  'night',
  'nights',
  'week',
  'weeks',
  'weekend',
  'weekends',
  'month',
  'months',
  'year',
  'years',
  'decade',
  'decades',
]);
/** Words before "N <time unit>" that make it a period ("the past two weeks"), not a figure. */
export const PERIOD_OPENERS: ReadonlySet<string> = new Set(['past', 'last', 'next', 'previous', 'coming', 'following', 'first']);
/** Words before "N <time unit>" that make it a stretch of time unless "of" follows ("over two weeks", not "over 40 days of bombing"). */
export const DURATION_OPENERS: ReadonlySet<string> = new Set(['over', 'within', 'during', 'across']);
/** Nouns that "over" spreads across, not exceeds ("over two phases", "over three days"). */
export const SPREAD_NOUNS: ReadonlySet<string> = new Set([
  ...TIME_UNITS,
  'phase',
  'phases',
  'stage',
  'stages',
  'round',
  'rounds',
  'period',
  'periods',
  'waves',
  'sessions',
  'years',
]);

const STOPWORDS: Readonly<Record<Exclude<FinderLanguage, 'ar'>, ReadonlySet<string>>> = {
  en: new Set('the of and to in that is was for on with said by from at as were have has'.split(' ')),
  fr: new Set('le la les des du et est dans une pour qui au sur par pas ont été selon'.split(' ')),
  es: new Set('el la los las del y en que por con para una según fue han se'.split(' ')),
  pt: new Set('o os as do da dos das e em que por com para uma segundo foi não'.split(' ')),
  de: new Set('der die das und den dem ist nicht mit von zu auf für wurde sich ein eine'.split(' ')),
};

/** The article's language guessed from its most common small words (Arabic script wins outright); English when unsure. */
export function detectLanguage(text: string): FinderLanguage {
  if (typeof text !== 'string' || text.length === 0) return 'en';
  const sample = text.slice(0, 20_000);
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  if (arabic > latin) return 'ar';
  const counts = { en: 0, fr: 0, es: 0, pt: 0, de: 0 };
  for (const word of sample.toLowerCase().split(/[^\p{L}]+/u)) {
    for (const lang of ['en', 'fr', 'es', 'pt', 'de'] as const) if (STOPWORDS[lang].has(word)) counts[lang]++;
  }
  let best: FinderLanguage = 'en';
  let bestCount = counts.en;
  for (const lang of ['fr', 'es', 'pt', 'de'] as const) {
    if (counts[lang] > bestCount) {
      best = lang;
      bestCount = counts[lang];
    }
  }
  return best;
}

/** Thousands and decimal separators of the language's numbers. */
export interface NumberFormat {
  group: ReadonlySet<string>;
  decimal: string;
}

const SPACES = [' ', '\u00a0', '\u2009', '\u202f'];

/** English and Arabic group with commas; French with spaces (or dots); Spanish, Portuguese and German with dots. */
export function numberFormat(language: FinderLanguage): NumberFormat {
  switch (language) {
    case 'fr':
      return { group: new Set([...SPACES, '.']), decimal: ',' };
    case 'es':
    case 'pt':
    case 'de':
      return { group: new Set([...SPACES, '.']), decimal: ',' };
    default:
      return { group: new Set([...SPACES, ',']), decimal: '.' };
  }
}

/**
 * The text with Arabic-Indic and Persian digits as ASCII digits and the Arabic thousands, decimal and percent signs as ",", "." and "%":
 * one UTF-16 unit for one, so every offset holds.
 */
export function asciiDigits(text: string): string {
  // Most texts have none: skip the copy.
  if (!/[\u0660-\u066c\u06f0-\u06f9]/.test(text)) return text;
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0660 && c <= 0x0669) {
      out += String.fromCharCode(0x30 + c - 0x0660);
      changed = true;
    } else if (c >= 0x06f0 && c <= 0x06f9) {
      out += String.fromCharCode(0x30 + c - 0x06f0);
      changed = true;
    } else if (c === 0x066c) {
      out += ',';
      changed = true;
    } else if (c === 0x066b) {
      out += '.';
      changed = true;
    } else if (c === 0x066a) {
      out += '%';
      changed = true;
    } else out += text.charAt(i);
  }
  return changed ? out : text;
}

/** The language the finder reads an article in: its recorded language tag when the finder knows it, else guessed from the text. */
export function articleLanguage(tag: string | null, text: string): FinderLanguage {
  const primary = (tag ?? '').split('-')[0]?.toLowerCase() ?? '';
  return (finderLanguages as readonly string[]).includes(primary) ? (primary as FinderLanguage) : detectLanguage(text);
}
