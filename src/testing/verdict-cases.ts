// A small set of real-looking conflicts, written for the tests (the town and the reports are invented): nested periods, a
// part against its whole, and an open figure against a point. Built as a bundle, so tests run them through an import.
import { BUNDLE_FORMAT, BUNDLE_VERSION, type DatasetBundle } from '../domain/bundle';
import type { Article, Claim, Measure, Source } from '../domain/schema';

const TEXTS: Record<string, string> = {
  'wire-1.txt':
    'BEIRUT, Dec 23 (Wire) - The Syrian Observatory for Human Rights said nearly 120 civilians were killed in Qasr Hamra between 8 and 11 December. ' +
    'By Thursday the toll for 8 to 22 December had reached 352, the monitor said. ' +
    'The provincial governor told state television that 100 people had died in the town from 8 to 22 December.\n',
  'wire-2.txt':
    'QASR HAMRA, Dec 24 (Wire) - Medics at the town hospital said at least 15 fighters were killed in Saturday’s clashes. ' +
    'The local council put the number of fighters killed or wounded that day at 40. ' +
    'An army statement said 50 fighters were killed.\n',
  'wire-3.txt':
    'GENEVA, Dec 28 (Wire) - Up to 300 families have fled Qasr Hamra since the fighting began, an aid agency said. ' +
    'A local official said 150 families had left.\n',
};

const article = (id: string, file: string, title: string, publishedAt: string): Article => ({
  id,
  title,
  outlet: 'wire',
  outletNamedInText: true,
  outletEvidence: '',
  byline: null,
  publishedAt,
  publishedAtEvidence: 'Dateline of the report.',
  publishedAtInferred: false,
  publishedAtConfidence: 'high',
  file,
  url: null,
  accessedOn: null,
  archiveUrl: null,
  language: null,
});

const source = (id: string, name: string, kind: Source['kind'], alignment: string): Source => ({
  id,
  name,
  kind,
  alignment,
  description: '',
  parentId: null,
  aliases: [],
});

const measure = (id: string, label: string, unit: string, comparableWith: Measure['comparableWith'] = []): Measure => ({
  id,
  label,
  unit,
  description: label,
  total: null,
  context: false,
  comparableWith,
});

/** A claim quoted from its article: the quote is found in the text, so its span is right by construction. */
function claim(
  id: string,
  file: string,
  quote: string,
  fields: Pick<Claim, 'claimantId' | 'measureId' | 'period' | 'statedOn'> & { value: Partial<Claim['value']> & { asWritten: string } },
  articleId: string,
): Claim {
  const text = TEXTS[file] ?? '';
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`quote not in ${file}: ${quote}`);
  return {
    id,
    articleId,
    quote,
    span: [at, at + quote.length],
    outletId: 'wire',
    via: [],
    per: null,
    statedOnInferred: false,
    statedOnEvidence: '',
    place: 'Qasr Hamra',
    context: false,
    notes: '',
    ...fields,
    value: { low: null, high: null, lowInclusive: true, highInclusive: true, approximate: false, interpretation: null, ...fields.value },
  };
}

const period = (from: string, to: string) => ({ from, to, approximate: false, evidence: 'As the report states it.' });

/** The bundle: three reports, three comparisons. */
export function verdictCasesBundle(): DatasetBundle {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    articles: [
      article('w-1', 'wire-1.txt', 'Toll in Qasr Hamra rises to 352, monitor says', '2016-12-23'),
      article('w-2', 'wire-2.txt', 'Fighters killed in Qasr Hamra clashes', '2016-12-24'),
      article('w-3', 'wire-3.txt', 'Families flee Qasr Hamra', '2016-12-28'),
    ],
    sources: [
      source('wire', 'The Wire', 'outlet', 'independent'),
      source('monitor', 'Syrian Observatory for Human Rights', 'monitoring group', 'Syrian opposition'),
      source('governor', 'Provincial governor', 'government', 'Syrian government'),
      source('medics', 'Town hospital medics', 'expert', 'independent'),
      source('council', 'Local council', 'government', 'Syrian opposition'),
      source('army', 'Syrian army', 'military', 'Syrian government'),
      source('aid', 'Aid agency', 'international organisation', 'independent'),
      source('official', 'Local official', 'government', 'Syrian government'),
    ],
    measures: [
      measure('civilians-killed-qasr-hamra', 'Civilians killed in Qasr Hamra, December 2016', 'people'),
      measure('fighters-killed-qasr-hamra', 'Fighters killed in Qasr Hamra, 24 December 2016', 'fighters', [
        {
          measureId: 'fighters-casualties-qasr-hamra',
          relation: 'part',
          caveats: [{ kind: 'definition', note: 'Killed fighters are part of those killed or wounded.' }],
        },
      ]),
      measure('fighters-casualties-qasr-hamra', 'Fighters killed or wounded in Qasr Hamra, 24 December 2016', 'fighters'),
      measure('families-fled-qasr-hamra', 'Families who fled Qasr Hamra, December 2016', 'families'),
    ],
    claims: [
      claim(
        'v-01',
        'wire-1.txt',
        'nearly 120 civilians were killed in Qasr Hamra between 8 and 11 December',
        {
          claimantId: 'monitor',
          measureId: 'civilians-killed-qasr-hamra',
          period: period('2016-12-08', '2016-12-11'),
          statedOn: '2016-12-23',
          value: { low: 120, high: 120, approximate: true, asWritten: 'nearly 120' },
        },
        'w-1',
      ),
      claim(
        'v-02',
        'wire-1.txt',
        'the toll for 8 to 22 December had reached 352',
        {
          claimantId: 'monitor',
          measureId: 'civilians-killed-qasr-hamra',
          period: period('2016-12-08', '2016-12-22'),
          statedOn: '2016-12-22',
          value: { low: 352, high: 352, asWritten: '352' },
        },
        'w-1',
      ),
      claim(
        'v-03',
        'wire-1.txt',
        '100 people had died in the town from 8 to 22 December',
        {
          claimantId: 'governor',
          measureId: 'civilians-killed-qasr-hamra',
          period: period('2016-12-08', '2016-12-22'),
          statedOn: '2016-12-23',
          value: { low: 100, high: 100, asWritten: '100' },
        },
        'w-1',
      ),
      claim(
        'v-04',
        'wire-2.txt',
        'at least 15 fighters were killed',
        {
          claimantId: 'medics',
          measureId: 'fighters-killed-qasr-hamra',
          period: period('2016-12-24', '2016-12-24'),
          statedOn: '2016-12-24',
          value: { low: 15, high: null, highInclusive: false, asWritten: 'at least 15' },
        },
        'w-2',
      ),
      claim(
        'v-05',
        'wire-2.txt',
        'the number of fighters killed or wounded that day at 40',
        {
          claimantId: 'council',
          measureId: 'fighters-casualties-qasr-hamra',
          period: period('2016-12-24', '2016-12-24'),
          statedOn: '2016-12-24',
          value: { low: 40, high: 40, asWritten: '40' },
        },
        'w-2',
      ),
      claim(
        'v-06',
        'wire-2.txt',
        '50 fighters were killed',
        {
          claimantId: 'army',
          measureId: 'fighters-killed-qasr-hamra',
          period: period('2016-12-24', '2016-12-24'),
          statedOn: '2016-12-24',
          value: { low: 50, high: 50, asWritten: '50' },
        },
        'w-2',
      ),
      claim(
        'v-07',
        'wire-3.txt',
        'Up to 300 families have fled Qasr Hamra',
        {
          claimantId: 'aid',
          measureId: 'families-fled-qasr-hamra',
          period: null,
          statedOn: '2016-12-28',
          value: { low: null, high: 300, lowInclusive: false, asWritten: 'Up to 300' },
        },
        'w-3',
      ),
      claim(
        'v-08',
        'wire-3.txt',
        '150 families had left',
        {
          claimantId: 'official',
          measureId: 'families-fled-qasr-hamra',
          period: null,
          statedOn: '2016-12-28',
          value: { low: 150, high: 150, asWritten: '150' },
        },
        'w-3',
      ),
    ],
    texts: TEXTS,
    grades: { sources: [], claims: [] },
  };
}
