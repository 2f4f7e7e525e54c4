// npm run gen:corpus -- --claims N --seed S [--out DIR]: writes a synthetic but valid dataset folder (default corpus/<N>-<S>/)
// for performance work. Deterministic: the same arguments give byte-identical files (seeded PRNG, no clock, no locale).
// The shapes follow the shipped dataset: measures in comparable families with caveats, complement shares, voices with parent
// organisations, open/approximate/range/vague values, rates and totals with periods, inferred dates, quotes verbatim at their spans.
import type { ControlEvent } from '../domain/events';
import { describeReading, findRule } from '../domain/interpretation-rules';
import type { Article, Caveat, Claim, ClaimValue, Comparison, Measure, Period, Source, SourceKind } from '../domain/schema';

export interface CorpusOptions {
  claims: number;
  seed: number;
}

export interface CorpusSummary {
  dir: string;
  articles: number;
  sources: number;
  measures: number;
  claims: number;
  events: number;
  bytes: number;
}

// ---------------------------------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a small, fast 32-bit PRNG; good enough for test data and identical on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[Math.floor(this.next() * list.length)] as T;
  }
  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  shuffle<T>(list: T[]): T[] {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = list[i] as T;
      list[i] = list[j] as T;
      list[j] = tmp;
    }
    return list;
  }
}

/** Weighted choice by binary search on a cumulative table (Zipf-like weights give a few prolific voices and a long tail). */
class Weighted<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;
  constructor(
    private readonly items: readonly T[],
    weight: (item: T, index: number) => number,
  ) {
    let sum = 0;
    items.forEach((item, i) => {
      sum += weight(item, i);
      this.cumulative.push(sum);
    });
    this.total = sum;
  }
  pick(rng: Rng): T {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Dates (UTC day numbers, so nothing depends on the machine's time zone)

const DAY_MS = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}
function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
function weekdayOf(day: number): string {
  return WEEKDAYS[new Date(day * DAY_MS).getUTCDay()] as string;
}
function longDate(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
function dayMonth(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

// ---------------------------------------------------------------------------------------------------------------------
// Names (fictional places and bodies, so no generated figure reads as a real report)

const SYLLABLES = [
  'ka',
  'ra',
  'vel',
  'tal',
  'am',
  'run',
  'qas',
  'il',
  'ham',
  'bay',
  'su',
  'nah',
  'zar',
  'qa',
  'mir',
  'dun',
  'sa',
  'lem',
  'tar',
  'os',
  'ne',
  'bar',
  'hel',
  'dor',
  'an',
  'ush',
];
const PLACE_PREFIXES = ['', '', '', 'Tel ', 'Qasr ', 'Bayt ', 'Deir ', 'Ain ', 'Jisr '];
const SITES = ['old town', 'citadel', 'ancient site', 'Great Mosque', 'covered market', 'museum quarter', 'Roman theatre', 'old souk'];
const MONUMENTS = [
  'Temple of Ashur',
  'Arch of Varun',
  'Tower of Meleth',
  'Colonnade of Sura',
  'Tomb of the Three Brothers',
  'Castle of Idrun',
];
const FIRST_NAMES = [
  'Amal',
  'Basel',
  'Chadi',
  'Dana',
  'Elias',
  'Farah',
  'Ghassan',
  'Hiba',
  'Imad',
  'Jana',
  'Karim',
  'Lina',
  'Maher',
  'Nour',
  'Omar',
  'Rasha',
  'Samir',
  'Tala',
  'Walid',
  'Yara',
  'Zeina',
  'Hélène',
  'Jürgen',
  'Søren',
];
const LAST_NAMES = [
  'Haddad',
  'Khoury',
  'Nasser',
  'Saleh',
  'Mansour',
  'Karam',
  'Aziz',
  'Hamdan',
  'Rahal',
  'Sabbagh',
  'Touma',
  'Zein',
  'Ofori',
  'Lindqvist',
  'Moreau',
  'Ibrahim',
  'Fares',
  'Qasim',
];
const ORG_ADJ = [
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Central',
  'Independent',
  'United',
  'Free',
  'National',
  'Coastal',
  'Highland',
  'Valley',
];
const ORG_TOPIC = [
  'Human Rights',
  'Civil Defence',
  'Documentation',
  'Monitoring',
  'Relief',
  'Casualty Count',
  'Heritage',
  'Media',
  'Coordination',
  'Observation',
];
const ORG_FORM = ['Network', 'Observatory', 'Centre', 'Committee', 'Group', 'Council', 'Office', 'Union', 'Institute'];
const OUTLET_FORM = ['Daily', 'Times', 'Herald', 'Post', 'News', 'Observer', 'Tribune', 'Chronicle', 'Courier', 'Report'];
const AGENCY_FORM = ['Press Agency', 'News Agency', 'Wire Service', 'Press Service'];

const ALIGNMENTS = [
  'Government of Varesh',
  'Vareshi opposition',
  'Northern Federation',
  'Black Banner movement',
  'foreign coalition',
  'Russian-backed forces',
  'independent',
] as const;

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function placeName(rng: Rng, i: number): string {
  const n = rng.int(2, 3);
  let core = '';
  for (let k = 0; k < n; k++) core += rng.pick(SYLLABLES);
  // A few names carry non-ASCII letters, so spans are tested on UTF-16 indices, not bytes.
  if (i % 7 === 3) core = core.replace('a', 'ā');
  if (i % 11 === 5) core = core.replace('e', 'é');
  return `${rng.pick(PLACE_PREFIXES)}${capitalise(core)}`;
}
function personName(rng: Rng): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}

// ---------------------------------------------------------------------------------------------------------------------
// Measure families

type Scale = 'count' | 'done' | 'intact' | 'context';

interface MeasureTemplate {
  key: string;
  label: (p: Ctx) => string;
  unit: string;
  scale: Scale;
  /** The figure with what it counts, as a reporter writes it: "more than 900 air raids hit Tel Amrun". */
  phrase: (value: string, p: Ctx, rate: boolean) => string;
  /** Whether the measure is also reported as a daily rate. */
  rate: boolean;
  /** Shares only: the whole-or-nothing statement read by a percent rule ("the citadel of X was entirely destroyed"). */
  whole?: (word: string, p: Ctx) => string;
  /** Relative size within the family (families × 5 = people). */
  factor?: number;
}

interface Ctx {
  place: string;
  site: string;
  monument: string;
  year: number;
}

interface FamilyTemplate {
  members: MeasureTemplate[];
  /** Links declared on member `from` to member `to` (indices into members). */
  links: { from: number; to: number; relation: Comparison['relation']; factor?: number; caveats: Caveat[] }[];
  /** Typical total for the whole period, before noise (counts only). */
  magnitude: [number, number];
}

const count = (key: string, unit: string, noun: string, verb: string, label: string, rate = false, factor?: number): MeasureTemplate => ({
  key,
  unit,
  scale: 'count',
  rate,
  ...(factor !== undefined && { factor }),
  label: (p) => `${label.replace('{place}', p.place)}, ${p.year}`,
  phrase: (v, p, perDay) => `${v} ${noun}${perDay ? ' a day' : ''} ${verb.replace('{place}', p.place)}`,
});

const FAMILIES: FamilyTemplate[] = [
  {
    members: [
      count('air-raids', 'raids', 'air raids', 'hit {place}', 'Air raids on {place}', true),
      count('sorties', 'sorties', 'combat sorties', 'were flown over {place}', 'Combat sorties over {place}', true),
      count('airstrikes', 'strikes', 'airstrikes', 'struck targets in {place}', 'Airstrikes on {place}', true),
    ],
    links: [
      {
        from: 0,
        to: 1,
        relation: 'same',
        caveats: [{ kind: 'definition', note: 'Raids counted from the ground vs sorties flown: one sortie can strike several times.' }],
      },
      {
        from: 2,
        to: 0,
        relation: 'same',
        caveats: [{ kind: 'definition', note: 'A strike is one munition’s target; a raid may strike several targets.' }],
      },
    ],
    magnitude: [100, 3_000],
  },
  {
    members: [
      count('civilians-killed', 'people', 'civilians', 'were killed in {place}', 'Civilians killed in {place}'),
      count('people-killed', 'people', 'people', 'were killed in {place}', 'People killed in {place}'),
      count('fighters-killed', 'people', 'fighters', 'were killed around {place}', 'Fighters killed around {place}'),
    ],
    links: [
      { from: 0, to: 1, relation: 'same', caveats: [{ kind: 'population', note: 'Civilians only vs all deaths.' }] },
      {
        from: 2,
        to: 1,
        relation: 'same',
        caveats: [
          { kind: 'population', note: 'Fighters only vs all deaths.' },
          { kind: 'scope', note: 'Fighting around the town vs inside it.' },
        ],
      },
    ],
    magnitude: [20, 2_000],
  },
  {
    members: [
      count('people-displaced', 'people', 'people', 'fled {place}', 'People displaced from {place}'),
      count('families-displaced', 'families', 'families', 'left {place}', 'Families displaced from {place}', false, 0.2),
    ],
    links: [
      {
        from: 1,
        to: 0,
        relation: 'scale',
        factor: 5,
        caveats: [{ kind: 'unit', note: 'Families counted as five people each, an aid-agency rule of thumb.' }],
      },
    ],
    magnitude: [2_000, 120_000],
  },
  {
    members: [
      count('shells', 'shells', 'shells', 'fell on {place}', 'Shells fired on {place}', true),
      count('rockets', 'rockets', 'rockets', 'were fired at {place}', 'Rockets fired at {place}', true),
    ],
    links: [
      {
        from: 0,
        to: 1,
        relation: 'same',
        caveats: [{ kind: 'definition', note: 'Artillery shells vs rockets: observers often count both as shelling.' }],
      },
    ],
    magnitude: [200, 8_000],
  },
  {
    members: [
      count('detained', 'people', 'people', 'were detained in {place}', 'People detained in {place}'),
      count('arrested', 'people', 'people', 'were arrested in {place}', 'People arrested in {place}'),
      count('missing', 'people', 'people', 'went missing in {place}', 'People missing in {place}'),
    ],
    links: [
      { from: 0, to: 1, relation: 'same', caveats: [{ kind: 'definition', note: 'Detention vs formal arrest.' }] },
      { from: 2, to: 0, relation: 'same', caveats: [{ kind: 'definition', note: 'Missing people include the detained and the dead.' }] },
    ],
    magnitude: [30, 3_000],
  },
  {
    members: [
      count('buildings-destroyed', 'buildings', 'buildings', 'were destroyed in {place}', 'Buildings destroyed in {place}'),
      count('buildings-damaged', 'buildings', 'buildings', 'were damaged in {place}', 'Buildings damaged in {place}'),
    ],
    links: [
      {
        from: 0,
        to: 1,
        relation: 'same',
        caveats: [{ kind: 'definition', note: 'Destroyed vs damaged: a damaged building may still stand.' }],
      },
    ],
    magnitude: [50, 5_000],
  },
  {
    members: [
      count('aid-trucks', 'trucks', 'aid trucks', 'reached {place}', 'Aid trucks reaching {place}', true, 1),
      count('aid-tonnes', 'tonnes', 'tonnes of aid', 'were delivered to {place}', 'Tonnes of aid delivered to {place}', true, 20),
    ],
    links: [{ from: 0, to: 1, relation: 'scale', factor: 20, caveats: [{ kind: 'unit', note: 'One truck taken as 20 tonnes of aid.' }] }],
    magnitude: [20, 1_500],
  },
  {
    members: [
      {
        key: 'site-destroyed',
        unit: 'percent',
        scale: 'done',
        rate: false,
        label: (p) => `Share of the ${p.site} of ${p.place} destroyed, ${p.year}`,
        phrase: (v, p) => `${v} of the ${p.site} of ${p.place} was destroyed`,
        whole: (w, p) => `the ${p.site} of ${p.place} was ${w} destroyed`,
      },
      {
        key: 'site-intact',
        unit: 'percent',
        scale: 'intact',
        rate: false,
        label: (p) => `Share of the ${p.site} of ${p.place} intact, ${p.year}`,
        phrase: (v, p) => `${v} of the ${p.site} of ${p.place} remained intact`,
        whole: (w, p) => `the ${p.site} of ${p.place} was ${w}`,
      },
      {
        key: 'town-destroyed',
        unit: 'percent',
        scale: 'done',
        rate: false,
        label: (p) => `Share of ${p.place}’s neighbourhoods destroyed, ${p.year}`,
        phrase: (v, p) => `${v} of ${p.place}’s neighbourhoods were destroyed`,
        whole: (w, p) => `${p.place}’s neighbourhoods were ${w} destroyed`,
      },
    ],
    links: [
      { from: 0, to: 1, relation: 'complement', caveats: [] },
      { from: 2, to: 0, relation: 'same', caveats: [{ kind: 'scope', note: 'The whole town vs one site within it.' }] },
    ],
    magnitude: [0, 0],
  },
  {
    members: [
      {
        key: 'held-government',
        unit: 'percent',
        scale: 'done',
        rate: false,
        label: (p) => `Share of ${p.place} held by government forces, ${p.year}`,
        phrase: (v, p) => `${v} of ${p.place} was held by government forces`,
        whole: (w, p) => `${p.place} was ${w} held by government forces`,
      },
      {
        key: 'held-opposition',
        unit: 'percent',
        scale: 'done',
        rate: false,
        label: (p) => `Share of ${p.place} held by opposition fighters, ${p.year}`,
        phrase: (v, p) => `${v} of ${p.place} was held by opposition fighters`,
        whole: (w, p) => `${p.place} was ${w} held by opposition fighters`,
      },
    ],
    links: [
      { from: 0, to: 1, relation: 'complement', caveats: [{ kind: 'scope', note: 'Other armed groups also hold parts of the town.' }] },
    ],
    magnitude: [0, 0],
  },
];

const CONTEXT_FAMILY: FamilyTemplate = {
  members: [
    {
      key: 'monument-age',
      unit: 'years',
      scale: 'context',
      rate: false,
      label: (p) => `Age of the ${p.monument} of ${p.place} in years`,
      phrase: (v, p) => `the ${p.monument} of ${p.place} is ${v} years old`,
    },
    {
      key: 'remains-age',
      unit: 'years',
      scale: 'context',
      rate: false,
      label: (p) => `Age of the ancient remains of ${p.place} in years`,
      phrase: (v, p) => `the ancient remains of ${p.place} date back ${v} years`,
    },
  ],
  links: [{ from: 0, to: 1, relation: 'same', caveats: [{ kind: 'scope', note: 'One monument vs the site as a whole.' }] }],
  magnitude: [800, 3_000],
};

interface GenMeasure {
  measure: Measure;
  template: MeasureTemplate;
  ctx: Ctx;
  /** The "true" figure sources scatter around: a total for counts, a percent for shares. */
  base: number;
  familyIndex: number;
}

function buildMeasures(rng: Rng, target: number): { measures: GenMeasure[]; places: string[] } {
  const placeCount = Math.max(8, Math.ceil(target / 12));
  const placeSet = new Set<string>();
  const places: string[] = [];
  for (let i = 0; places.length < placeCount; i++) {
    let name = placeName(rng, i);
    if (placeSet.has(name)) name = `${name} ${ORG_ADJ[i % ORG_ADJ.length] as string}`;
    if (placeSet.has(name)) continue;
    placeSet.add(name);
    places.push(name);
  }
  const out: GenMeasure[] = [];
  const used = new Set<string>();
  let familyIndex = 0;
  while (out.length < target) {
    // About one family in thirty is background (context) figures.
    const template = familyIndex % 30 === 29 ? CONTEXT_FAMILY : rng.pick(FAMILIES);
    const ctx: Ctx = { place: rng.pick(places), site: rng.pick(SITES), monument: rng.pick(MONUMENTS), year: rng.int(2012, 2020) };
    // Families of 2–4: the template's members, sometimes trimmed to two, never beyond what is still needed.
    let size = template.members.length > 2 && rng.chance(0.35) ? 2 : template.members.length;
    size = Math.max(2, Math.min(size, target - out.length));
    if (target - out.length === 1) size = 1;
    const members = template.members.slice(0, size);
    const ids = members.map((m) => {
      const base = `${m.key}-${slug(ctx.place)}-${ctx.year}`;
      let id = base;
      for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
      used.add(id);
      return id;
    });
    const magnitude = Math.exp(
      Math.log(template.magnitude[0] || 1) + rng.next() * (Math.log(template.magnitude[1] || 1) - Math.log(template.magnitude[0] || 1)),
    );
    const share = rng.int(15, 85);
    members.forEach((m, i) => {
      const comparableWith: Comparison[] = template.links
        .filter((l) => l.from === i && l.to < size)
        .map((l) => ({
          measureId: ids[l.to] as string,
          relation: l.relation,
          ...(l.factor !== undefined && { factor: l.factor }),
          caveats: l.caveats,
        }));
      const isShare = m.scale === 'done' || m.scale === 'intact';
      let base: number;
      if (m.scale === 'intact') base = 100 - share;
      else if (m.key === 'held-opposition') base = Math.max(0, 100 - share - rng.int(0, 10));
      else if (isShare) base = share;
      else base = Math.max(2, magnitude * (m.factor ?? 1));
      out.push({
        template: m,
        ctx,
        base,
        familyIndex,
        measure: {
          id: ids[i] as string,
          label: m.label(ctx),
          unit: m.unit,
          description: `${m.label(ctx)}: synthetic measure for performance tests.`,
          total: isShare ? 100 : null,
          context: m.scale === 'context',
          comparableWith,
        },
      });
    });
    familyIndex++;
  }
  return { measures: out, places };
}

// ---------------------------------------------------------------------------------------------------------------------
// Sources

interface GenSources {
  sources: Source[];
  outlets: Source[];
  agencies: Source[];
  claimants: Weighted<Source>;
}

const CLAIMANT_KINDS: SourceKind[] = [
  'government',
  'military',
  'state media',
  'monitoring group',
  'activist group',
  'international organisation',
  'expert',
  'analyst',
  'armed group',
];

function buildSources(rng: Rng, claims: number): GenSources {
  const sources: Source[] = [];
  const ids = new Set<string>();
  const add = (name: string, kind: SourceKind, alignment: string, description: string, parentId: string | null = null): Source => {
    const base = slug(name) || 'source';
    let id = base;
    for (let k = 2; ids.has(id); k++) id = `${base}-${k}`;
    ids.add(id);
    const s: Source = { id, name, kind, alignment, description, parentId, aliases: [] };
    sources.push(s);
    return s;
  };
  const outlets: Source[] = [];
  const outletCount = Math.max(5, Math.round(claims / 1_000));
  for (let i = 0; i < outletCount; i++) {
    const name = `The ${rng.pick(ORG_ADJ)} ${rng.pick(OUTLET_FORM)}`;
    outlets.push(add(name, 'outlet', 'independent', `${name}: a news outlet (synthetic).`));
  }
  const agencies: Source[] = [];
  const agencyCount = Math.max(3, Math.round(claims / 20_000));
  for (let i = 0; i < agencyCount; i++) {
    const name = `${rng.pick(ORG_ADJ)} ${rng.pick(AGENCY_FORM)}`;
    agencies.push(add(name, 'news agency', 'independent', `${name}: a wire service (synthetic).`));
  }
  const claimants: Source[] = [];
  const claimantCount = Math.min(4_000, Math.max(30, Math.round(claims / 40)));
  const organisations: Source[] = [];
  for (let i = 0; i < claimantCount; i++) {
    const kind = rng.pick(CLAIMANT_KINDS);
    const alignment =
      kind === 'monitoring group' || kind === 'international organisation' || kind === 'expert' || kind === 'analyst'
        ? rng.chance(0.7)
          ? 'independent'
          : rng.pick(ALIGNMENTS)
        : rng.pick(ALIGNMENTS.slice(0, -1));
    // About one voice in six speaks for an organisation already listed: the engine counts the two as one.
    if (organisations.length > 0 && rng.chance(0.16)) {
      const parent = rng.pick(organisations);
      const person = personName(rng);
      claimants.push(
        add(`${person}, spokesperson for the ${parent.name}`, parent.kind, parent.alignment, `Speaks for the ${parent.name}.`, parent.id),
      );
      continue;
    }
    const name =
      kind === 'expert' || kind === 'analyst'
        ? `${personName(rng)} (${kind})`
        : kind === 'government' || kind === 'military'
          ? `${rng.pick(ORG_ADJ)} ${kind === 'military' ? 'Army Command' : 'Ministry of ' + rng.pick(['Defence', 'Interior', 'Information', 'Health'])}`
          : `${rng.pick(ORG_ADJ)} ${rng.pick(ORG_TOPIC)} ${rng.pick(ORG_FORM)}`;
    const s = add(name, kind, alignment, `${name}: a ${kind} (synthetic).`);
    claimants.push(s);
    if (kind !== 'expert' && kind !== 'analyst') organisations.push(s);
  }
  return { sources, outlets, agencies, claimants: new Weighted(claimants, (_, i) => 1 / Math.pow(i + 1, 0.8)) };
}

// ---------------------------------------------------------------------------------------------------------------------
// Values

/** A count as reporters print it: small numbers in words, thousands with or without commas (one style per figure). */
function formatCount(n: number, commas: boolean): string {
  if (n < 10) return ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][n] as string;
  return commas ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(n);
}
function roundish(n: number): number {
  if (n < 20) return Math.round(n);
  const p = Math.pow(10, Math.floor(Math.log10(n)) - 1);
  return Math.round(n / p) * p;
}

interface Figure {
  text: string;
  value: ClaimValue;
}

const COUNT_VAGUE = [
  { rule: 'a-number-of', word: 'a number of', of: false, max: 12 },
  { rule: 'several', word: 'several', of: false, max: 20 },
  { rule: 'many', word: 'many', of: false, max: 60 },
  { rule: 'dozens', word: 'dozens', of: true, max: 200 },
  { rule: 'scores', word: 'scores', of: true, max: 300 },
  { rule: 'hundreds', word: 'hundreds', of: true, max: 3_000 },
  { rule: 'tens-of-thousands', word: 'tens of thousands', of: true, max: Infinity },
] as const;

function ruleValue(ruleId: string, word: string): ClaimValue {
  const rule = findRule(ruleId);
  if (!rule) throw new Error(`unknown rule ${ruleId}`);
  return {
    low: rule.low,
    high: rule.high,
    lowInclusive: rule.lowInclusive,
    highInclusive: rule.highInclusive,
    approximate: false,
    asWritten: word,
    interpretation: { rule: rule.id, reading: describeReading(rule.id, word) as string },
  };
}

function plain(
  low: number | null,
  high: number | null,
  lowInc: boolean,
  highInc: boolean,
  approximate: boolean,
  asWritten: string,
): ClaimValue {
  return { low, high, lowInclusive: lowInc, highInclusive: highInc, approximate, asWritten, interpretation: null };
}

/** A count figure around `v`: exact, approximate, open, range or a vague plural read by its rule. */
function countFigure(rng: Rng, v: number, noun: (figure: string, of: boolean) => string): Figure {
  v = Math.max(2, Math.round(v));
  const commas = rng.chance(0.7);
  const fmt = (n: number) => formatCount(n, commas);
  // Nobody writes "around three": small figures are exact, open or vague.
  const r = v < 10 && rng.next() < 0.6 ? 0.2 : rng.next();
  if (r < 0.06) {
    const vague = COUNT_VAGUE.find((x) => v >= (findRule(x.rule)?.low ?? 0) && v <= x.max) ?? COUNT_VAGUE[1];
    return { text: noun(vague.word, vague.of), value: ruleValue(vague.rule, vague.word) };
  }
  if (r < 0.4) {
    const s = fmt(v);
    return { text: noun(s, false), value: plain(v, v, true, true, false, s) };
  }
  if (r < 0.58) {
    const n = roundish(v);
    const s = `${rng.pick(['around', 'about', 'some', 'roughly', 'nearly'])} ${fmt(n)}`;
    return { text: noun(s, false), value: plain(n, n, true, true, true, s) };
  }
  if (r < 0.7) {
    const n = roundish(v * 0.8);
    const s = `more than ${fmt(n)}`;
    return { text: noun(s, false), value: plain(n, null, false, false, false, s) };
  }
  if (r < 0.8) {
    const n = Math.max(1, roundish(v * 0.9));
    const s = `at least ${fmt(n)}`;
    return { text: noun(s, false), value: plain(n, null, true, false, false, s) };
  }
  if (r < 0.86) {
    const n = Math.max(2, Math.round(v * 1.2));
    const s = `${rng.pick(['as many as', 'up to'])} ${fmt(n)}`;
    return { text: noun(s, false), value: plain(null, n, false, true, false, s) };
  }
  const lo = Math.max(1, Math.round(v * 0.85));
  const hi = Math.max(lo + 1, Math.round(v * 1.15));
  const s = rng.chance(0.5) ? `${fmt(lo)} to ${fmt(hi)}` : `between ${fmt(lo)} and ${fmt(hi)}`;
  return { text: noun(s, false), value: plain(lo, hi, true, true, false, s) };
}

/** A percent figure around `v` on a share measure; `intact` shares use "totally destroyed" for 0. */
function shareFigure(
  rng: Rng,
  v: number,
  scale: 'done' | 'intact',
  phrase: (figure: string) => string,
  whole: (word: string) => string,
): Figure {
  v = Math.min(100, Math.max(0, Math.round(v)));
  const r = rng.next();
  if (r < 0.1) {
    if (scale === 'intact' && v <= 20)
      return { text: whole('totally destroyed'), value: ruleValue('completely-destroyed', 'totally destroyed') };
    if (scale === 'done' && v >= 90) {
      if (rng.chance(0.5)) return { text: whole('entirely'), value: ruleValue('completely', 'entirely') };
      return { text: phrase('almost all'), value: ruleValue('almost-all', 'almost all') };
    }
    if (v > 50) {
      const [rule, word] = rng.chance(0.5) ? ['most', 'most'] : ['more-than-half', 'more than half'];
      return { text: phrase(word), value: ruleValue(rule, word) };
    }
  }
  if (r < 0.55) {
    const s = `${v} percent`;
    return { text: phrase(s), value: plain(v, v, true, true, false, s) };
  }
  if (r < 0.75) {
    const n = Math.round(v / 5) * 5;
    const s = `${rng.pick(['around', 'about', 'roughly'])} ${n} percent`;
    return { text: phrase(s), value: plain(n, n, true, true, true, s) };
  }
  if (r < 0.88 && v > 5) {
    const n = Math.max(0, v - 5);
    const s = `more than ${n} percent`;
    return { text: phrase(s), value: plain(n, null, false, false, false, s) };
  }
  const lo = Math.max(0, v - 5);
  const hi = Math.min(100, Math.max(lo + 1, v + 5));
  const s = `between ${lo} and ${hi} percent`;
  return { text: phrase(s), value: plain(lo, hi, true, true, false, s) };
}

// ---------------------------------------------------------------------------------------------------------------------
// Articles and claims

interface WhenPhrase {
  text: string;
  statedOn: string | null;
  inferred: boolean;
  evidence: string;
}

function whenPhrase(rng: Rng, published: number, publishedInferred: boolean): WhenPhrase {
  const r = rng.next();
  if (r < 0.3) return { text: '', statedOn: null, inferred: false, evidence: '' };
  const back = rng.int(0, 6);
  const day = published - back;
  if (r < 0.7 || publishedInferred) {
    const text = back === 0 ? ' on the day' : ` on ${weekdayOf(day)}`;
    const evidence =
      back === 0
        ? `"${text.trim()}", in an article of ${weekdayOf(published)} ${longDate(published)} (inferred).`
        : `"${text.trim()}", in an article of ${weekdayOf(published)} ${longDate(published)} (inferred).`;
    return { text, statedOn: isoOf(day), inferred: true, evidence };
  }
  const text = ` on ${dayMonth(day)}`;
  return { text, statedOn: isoOf(day), inferred: false, evidence: `"${text.trim()}"` };
}

function periodPhrase(rng: Rng, ref: number, rate: boolean): { text: string; period: Period | null } {
  const r = rng.next();
  const refIso = isoOf(ref);
  if (rate) {
    if (r < 0.5) return { text: '', period: null };
    const from = ref - rng.int(5, 30);
    const text = ` since ${dayMonth(from)}`;
    return { text, period: { from: isoOf(from), to: refIso, approximate: false, evidence: `"${text.trim()}", to ${refIso}` } };
  }
  if (r < 0.2) return { text: '', period: null };
  if (r < 0.45) {
    const text = ' in the past two weeks';
    return {
      text,
      period: { from: isoOf(ref - 13), to: refIso, approximate: true, evidence: `"${text.trim()}", counted back from ${refIso}` },
    };
  }
  if (r < 0.6) {
    const text = ' last week';
    return {
      text,
      period: { from: isoOf(ref - 7), to: isoOf(ref - 1), approximate: true, evidence: `"${text.trim()}", before ${refIso}` },
    };
  }
  if (r < 0.7) {
    const text = ' overnight';
    return { text, period: { from: refIso, to: refIso, approximate: false, evidence: `"${text.trim()}": one night` } };
  }
  if (r < 0.85) {
    const from = ref - rng.int(10, 90);
    const text = ` since ${dayMonth(from)}`;
    return { text, period: { from: isoOf(from), to: refIso, approximate: false, evidence: `"${text.trim()}", to ${refIso}` } };
  }
  const d = new Date(ref * DAY_MS);
  const m = d.getUTCMonth() === 0 ? 11 : d.getUTCMonth() - 1;
  const y = d.getUTCMonth() === 0 ? d.getUTCFullYear() - 1 : d.getUTCFullYear();
  const first = Math.round(Date.UTC(y, m, 1) / DAY_MS);
  const last = Math.round(Date.UTC(y, m + 1, 1) / DAY_MS) - 1;
  const text = ` in ${MONTHS[m]} ${y}`;
  return { text, period: { from: isoOf(first), to: isoOf(last), approximate: false, evidence: `"${text.trim()}"` } };
}

const FILLER = [
  'Residents described days of fear and shortages.',
  'The claims could not be independently verified.',
  'Access for journalists remains restricted.',
  'Aid workers said conditions were deteriorating.',
  'Fighting continued on the outskirts late into the night.',
  'Officials did not respond to requests for comment.',
];

/** Builds the text sentence by sentence, tracking its length so every quote's span is known as it is written. */
class TextBuilder {
  text = '';
  private inParagraph = 0;
  sentence(parts: readonly string[]): number[] {
    if (this.inParagraph >= 4) {
      this.text += '\n\n';
      this.inParagraph = 0;
    } else if (this.inParagraph > 0) this.text += ' ';
    const starts: number[] = [];
    for (const p of parts) {
      starts.push(this.text.length);
      this.text += p;
    }
    this.inParagraph++;
    return starts;
  }
  line(s: string): void {
    this.text += `${s}\n\n`;
  }
}

function hash16(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 13);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** Claim slots ordered so that each article covers a few neighbouring families, and each measure recurs across several articles. */
function claimSlots(rng: Rng, measures: GenMeasure[], claims: number): GenMeasure[] {
  const perMeasure = measures.map(() => 0);
  // ~50 claims per measure on average (30–70), trimmed or topped up to exactly `claims`.
  let total = 0;
  for (let i = 0; i < measures.length; i++) {
    perMeasure[i] = rng.int(30, 70);
    total += perMeasure[i] as number;
  }
  for (let i = 0; total !== claims; i = (i + 1) % measures.length) {
    if (total > claims && (perMeasure[i] as number) > 1) {
      perMeasure[i] = (perMeasure[i] as number) - 1;
      total--;
    } else if (total < claims) {
      perMeasure[i] = (perMeasure[i] as number) + 1;
      total++;
    }
  }
  const families = new Map<number, number[]>();
  measures.forEach((m, i) => {
    const list = families.get(m.familyIndex) ?? [];
    list.push(i);
    families.set(m.familyIndex, list);
  });
  // Families ordered by year, so an article's claims share a period; each pass takes a fifth of every measure's claims.
  const order = rng
    .shuffle([...families.keys()])
    .sort((a, b) => (measures[families.get(a)?.[0] ?? 0]?.ctx.year ?? 0) - (measures[families.get(b)?.[0] ?? 0]?.ctx.year ?? 0));
  const passes = 5;
  const slots: GenMeasure[] = [];
  for (let p = 0; p < passes; p++) {
    for (const f of order) {
      const batch: GenMeasure[] = [];
      for (const i of families.get(f) ?? []) {
        const n = perMeasure[i] as number;
        const take = Math.floor((n * (p + 1)) / passes) - Math.floor((n * p) / passes);
        for (let k = 0; k < take; k++) batch.push(measures[i] as GenMeasure);
      }
      slots.push(...rng.shuffle(batch));
    }
  }
  return slots;
}

type ClaimantPick = { claimants: Source[]; via: string[]; ownVoice: boolean };

function attribution(rng: Rng, pick: ClaimantPick, when: string, quote: string): { parts: string[]; quoteIndex: number } {
  const names = pick.claimants.map((c) => c.name);
  const who = names.length === 2 ? `${names[0] as string} and ${names[1] as string} both` : (names[0] as string);
  const via = pick.via[0];
  if (pick.ownVoice) return { parts: [`Our correspondents${when} established that `, quote, '.'], quoteIndex: 1 };
  if (via !== undefined) return { parts: [`${who} told the ${via}${when} that `, quote, '.'], quoteIndex: 1 };
  const r = rng.next();
  if (r < 0.45) return { parts: [`${who} said${when} that `, quote, '.'], quoteIndex: 1 };
  if (r < 0.75) return { parts: [capitalise(quote), `, ${who} said${when}.`], quoteIndex: 0 };
  return { parts: [`According to ${who}${when}, `, quote, '.'], quoteIndex: 1 };
}

/** A piece of the corpus: a whole file, or (append) the next part of claims.json, which is streamed article by article. */
export interface CorpusChunk {
  name: string;
  contents: string;
  append: boolean;
}

/** Generates the corpus as a stream of file contents, so even 200,000 claims never sit in memory as one string. */
export function* generateCorpusFiles(options: CorpusOptions): Generator<CorpusChunk> {
  const { claims: claimCount, seed } = options;
  if (!Number.isInteger(claimCount) || claimCount < 10) throw new Error('--claims must be an integer of at least 10');
  const rng = new Rng(seed);
  const { measures } = buildMeasures(rng, Math.max(2, Math.round(claimCount / 50)));
  const gs = buildSources(rng, claimCount);
  const sourceNameById = new Map(gs.sources.map((s) => [s.id, s.name]));
  const slots = claimSlots(rng, measures, claimCount);

  const articles: Article[] = [];
  const events: ControlEvent[] = [];
  let claimNo = 0;
  let at = 0;
  const articleTotal = Math.max(1, Math.round(claimCount / 100));
  const eventArticles = new Set<number>();
  for (let k = 0; k < Math.min(6, articleTotal); k++) eventArticles.add(Math.floor(((k + 0.5) * articleTotal) / Math.min(6, articleTotal)));

  for (let a = 0; at < slots.length; a++) {
    const claimLines: string[] = [];
    const size = a === articleTotal - 1 ? slots.length - at : Math.min(slots.length - at, rng.int(80, 120));
    const mine = slots.slice(at, at + size);
    at += size;
    const first = mine[0] as GenMeasure;
    const outlet = rng.pick(gs.outlets);
    const published = dayOf(`${first.ctx.year}-01-01`) + rng.int(20, 350);
    const publishedInferred = rng.chance(0.1);
    const outletNamed = rng.chance(0.9);
    const id = `a-${String(a).padStart(5, '0')}`;
    const tb = new TextBuilder();
    const title = `${rng.pick(['Fighting', 'Strikes', 'Claims', 'Figures', 'Reports'])} ${rng.pick(['around', 'over', 'in'])} ${first.ctx.place} ${rng.pick(['disputed', 'contested', 'mount', 'vary'])}`;
    tb.line(title);
    tb.line(
      `${first.ctx.place.toUpperCase()}${publishedInferred ? '' : `, ${longDate(published)}`}${outletNamed ? ` (${outlet.name})` : ''} —`,
    );

    if (eventArticles.has(a)) {
      const back = rng.int(1, 4);
      const day = published - back;
      const [actor, from] = rng.chance(0.5) ? ['government forces', 'opposition fighters'] : ['opposition fighters', 'government forces'];
      const quote = `${actor} seized ${first.ctx.place} from ${from} on ${weekdayOf(day)}`;
      const [start] = tb.sentence(['Residents said ', quote, '.']).slice(1);
      events.push({
        id: `e-${String(events.length + 1).padStart(2, '0')}-${slug(first.ctx.place)}`,
        date: isoOf(day),
        dateApproximate: true,
        label: `${capitalise(actor)} take ${first.ctx.place}`,
        controlAfter: actor === 'government forces' ? 'Government of Varesh' : 'Vareshi opposition',
        articleId: id,
        quote,
        span: [start as number, (start as number) + quote.length],
      });
    }

    for (let i = 0; i < mine.length;) {
      const gm = mine[i] as GenMeasure;
      // About 3% of sentences attribute one figure to two voices: two claims, one quote, one span.
      const pair = i + 1 < mine.length && mine[i + 1] === gm && rng.chance(0.03);
      const own = !pair && rng.chance(0.04);
      const claimants: Source[] = own ? [outlet] : [gs.claimants.pick(rng)];
      if (pair) {
        let other = gs.claimants.pick(rng);
        for (let tries = 0; other.id === claimants[0]?.id && tries < 5; tries++) other = gs.claimants.pick(rng);
        if (other.id !== claimants[0]?.id) claimants.push(other);
      }
      const via = !own && rng.chance(0.2) ? [rng.pick(gs.agencies).id] : [];
      const when =
        gm.template.scale === 'context'
          ? { text: '', statedOn: null, inferred: false, evidence: '' }
          : whenPhrase(rng, published, publishedInferred);
      const ref = when.statedOn === null ? published : dayOf(when.statedOn);
      const isShare = gm.template.scale === 'done' || gm.template.scale === 'intact';
      const perDay = gm.template.rate && rng.chance(0.35);
      const pp = gm.template.scale === 'count' ? periodPhrase(rng, ref, perDay) : { text: '', period: null };
      // Sources scatter around the base; one in ten is far off, so conflicts exist.
      const spread = rng.chance(0.1) ? rng.pick([0.25, 0.4, 2.5, 4]) : Math.exp(rng.normal() * 0.25);
      let figure: Figure;
      if (isShare) {
        const v = gm.base + (spread - 1) * 20;
        figure = shareFigure(
          rng,
          v,
          gm.template.scale as 'done' | 'intact',
          (f) => gm.template.phrase(f, gm.ctx, false),
          (word) => gm.template.whole?.(word, gm.ctx) ?? gm.template.phrase(word, gm.ctx, false),
        );
      } else {
        const days = pp.period ? dayOf(pp.period.to) - dayOf(pp.period.from) + 1 : 14;
        const v = perDay ? (gm.base * spread) / 30 : (gm.base * spread * Math.min(days, 60)) / 30;
        figure = countFigure(rng, v, (f, of) => gm.template.phrase(of ? `${f} of` : f, gm.ctx, perDay) + pp.text);
      }
      const { parts, quoteIndex } = attribution(
        rng,
        { claimants, via: via.map((v) => sourceNameById.get(v) as string), ownVoice: own },
        when.text,
        figure.text,
      );
      const quote = parts[quoteIndex] as string;
      // A figure that opens the sentence is capitalised there, and so as written.
      const asWritten = quote.startsWith(figure.value.asWritten)
        ? figure.value.asWritten
        : quote.startsWith(capitalise(figure.value.asWritten))
          ? capitalise(figure.value.asWritten)
          : figure.value.asWritten;
      const start = tb.sentence(parts)[quoteIndex] as number;
      for (const claimant of claimants) {
        claimNo++;
        const claim: Claim = {
          id: `c-${String(claimNo).padStart(6, '0')}`,
          articleId: id,
          quote,
          span: [start, start + quote.length],
          claimantId: claimant.id,
          outletId: outlet.id,
          via,
          measureId: gm.measure.id,
          value: { ...figure.value, asWritten },
          period: pp.period,
          per: perDay ? 'day' : null,
          statedOn: when.statedOn,
          statedOnInferred: when.inferred,
          statedOnEvidence: when.evidence,
          place: gm.ctx.place,
          context: gm.measure.context,
          notes: '',
        };
        claimLines.push(JSON.stringify(claim));
      }
      i += claimants.length;
      if (rng.chance(0.15)) tb.sentence([rng.pick(FILLER)]);
    }
    tb.text += '\n';
    const file = `${String(a).padStart(5, '0')}_${hash16(tb.text)}.txt`;
    articles.push({
      id,
      title,
      outlet: outlet.id,
      outletNamedInText: outletNamed,
      outletEvidence: outletNamed
        ? `The dateline names "${outlet.name}".`
        : `The name is not printed in the text; identified from the page's masthead.`,
      byline: rng.chance(0.6) ? personName(rng) : null,
      publishedAt: isoOf(published),
      publishedAtEvidence: publishedInferred
        ? `No date printed. The weekdays named in the text fit ${weekdayOf(published)} ${longDate(published)} best.`
        : `Dateline "${longDate(published)}".`,
      publishedAtInferred: publishedInferred,
      publishedAtConfidence: publishedInferred ? rng.pick(['medium', 'low'] as const) : 'high',
      file,
      url: rng.chance(0.5) ? `https://news.example/${outlet.id}/${id}` : null,
      accessedOn: null,
      archiveUrl: null,
      language: null,
    });
    yield { name: file, contents: tb.text, append: false };
    // Big files hold one record per line: readable, diffable, and a third the size of indented JSON.
    yield { name: 'claims.json', contents: (a === 0 ? '[\n' : ',\n') + claimLines.join(',\n'), append: a > 0 };
  }
  yield { name: 'claims.json', contents: '\n]\n', append: true };
  if (claimNo !== claimCount) throw new Error(`generated ${claimNo} claims, expected ${claimCount}`);

  const pretty = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
  const lines = (records: readonly unknown[]) => `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
  yield { name: 'articles.json', contents: lines(articles), append: false };
  yield { name: 'sources.json', contents: lines(gs.sources), append: false };
  yield { name: 'measures.json', contents: pretty(measures.map((m) => m.measure)), append: false };
  yield { name: 'events.json', contents: pretty(events), append: false };
  // A corpus has no classroom stories; the file is there because a copy of the published dataset reads it.
  yield { name: 'stories.json', contents: '[]\n', append: false };
}

/** A generated corpus of `claims` claims, parsed as the app reads its files (no events). */
export function generatedDataset({ claims, seed }: CorpusOptions): {
  articles: Article[];
  sources: Source[];
  measures: Measure[];
  claims: Claim[];
} {
  const files = new Map<string, string>();
  for (const { name, contents, append } of generateCorpusFiles({ claims, seed })) {
    files.set(name, append ? (files.get(name) ?? '') + contents : contents);
  }
  const json = (name: string): never => JSON.parse(files.get(name) ?? '[]') as never;
  return { articles: json('articles.json'), sources: json('sources.json'), measures: json('measures.json'), claims: json('claims.json') };
}
