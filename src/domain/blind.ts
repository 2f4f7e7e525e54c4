// Blind mode for the classroom: the data of a comparison with who said what replaced by neutral labels, so that every view
// drawn from it (chart, headline, figure list) hides the same things. Pure: it takes the view's data and returns a copy.
import type { EngineComparisonGroup } from './divergence';
import { summarise } from './divergence';
import type { Article, Claim, Dataset, Source } from './schema';

/**
 * How much is hidden: `sources` hides claimants, their alignment and kind, and with them the quotes, articles and outlets
 * (a quote or a headline often names its speaker); `quotes` hides only the quotes, articles and outlets; `none` hides nothing.
 */
export type BlindLevel = 'sources' | 'quotes' | 'none';

/** The data a compare view draws: one comparison group and the records it refers to. */
export interface CompareData {
  group: EngineComparisonGroup | null;
  dataset: Dataset;
}

/** "A", "B", … "Z", "AA", "AB", …: the label of the n-th source (from 0). */
export function sourceLetter(n: number): string {
  let label = '';
  for (let i = Math.max(0, Math.trunc(n)) + 1; i > 0; i = Math.floor((i - 1) / 26))
    label = String.fromCharCode(65 + ((i - 1) % 26)) + label;
  return label;
}

const byClaimId = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * The letter of each voice in the group: in the order of its first claim by claim id (ids say nothing of who spoke, unlike the
 * engine's order or names); a claimant and the body it speaks for share one letter, as they count as one voice.
 */
export function voiceLetters(group: Pick<EngineComparisonGroup, 'entries'>): Map<string, string> {
  const letters = new Map<string, string>();
  const entries = [...group.entries].sort((a, b) => byClaimId(a.claimId, b.claimId));
  for (const e of entries) if (!letters.has(e.voiceId)) letters.set(e.voiceId, sourceLetter(letters.size));
  return letters;
}

// Neutral values for a hidden source: "unspecified" and a kind that is not a party, so nothing is said of its stake.
function hiddenSource(id: string, name: string): Source {
  return { id, name, kind: 'analyst', alignment: 'unspecified', description: '', parentId: null, aliases: [] };
}

/** `text` with each name replaced by its label, longest names first so that no name is cut inside a longer one. */
export function renameAll(text: string, renames: readonly [name: string, label: string][]): string {
  return [...renames].sort((a, b) => b[0].length - a[0].length).reduce((t, [name, label]) => t.split(name).join(label), text);
}

/**
 * The group and its records with what `level` hides replaced: claimants by "Source A", "Source B"… (one letter per voice, all
 * of one colour in the chart, which colours by agreement only), outlets and agencies by "Outlet 1", "Outlet 2"…, each quote
 * by the figure as written, each article's title by "Article 1"…; notes, evidence and caveats (which can name or describe a
 * source) are dropped. Records the group does not use are left out. At `none`, the data is returned as it is.
 */
export function blindCompareData(data: CompareData, level: BlindLevel): CompareData {
  const { group, dataset } = data;
  if (level === 'none' || group === null) return data;
  const hideSources = level === 'sources';
  const claimsById = new Map(dataset.claims.map((c) => [c.id, c]));
  const sourcesById = new Map(dataset.sources.map((s) => [s.id, s]));
  const used = group.entries.map((e) => claimsById.get(e.claimId)).filter((c): c is Claim => c !== undefined);

  const sources = new Map<string, Source>();
  const alias = new Map<string, string>();
  if (hideSources) {
    for (const [voice, letter] of voiceLetters(group)) {
      const id = `source-${letter.toLowerCase()}`;
      alias.set(voice, id);
      sources.set(id, hiddenSource(id, `Source ${letter}`));
    }
    for (const e of group.entries) alias.set(e.claimantId, alias.get(e.voiceId) ?? e.claimantId);
  } else {
    for (const c of used) {
      for (const id of [c.claimantId, sourcesById.get(c.claimantId)?.parentId ?? null]) {
        const s = id === null ? undefined : sourcesById.get(id);
        // A description can say who relayed the source ("interviewed by Syria Direct"): it waits for the articles.
        if (s) sources.set(s.id, { ...s, description: '' });
      }
    }
  }
  const claimantOf = (id: string) => alias.get(id) ?? id;

  // Outlets and agencies, numbered in the order their claims come by id.
  const outletAlias = new Map<string, string>();
  const outletOf = (id: string): string => {
    let aliasId = outletAlias.get(id);
    if (aliasId === undefined) {
      const n = outletAlias.size + 1;
      aliasId = `outlet-${n}`;
      outletAlias.set(id, aliasId);
      sources.set(aliasId, hiddenSource(aliasId, `Outlet ${n}`));
    }
    return aliasId;
  };
  const articleNumbers = new Map<string, number>();
  const sorted = [...used].sort((a, b) => byClaimId(a.id, b.id));
  for (const c of sorted) {
    outletOf(c.outletId);
    c.via.forEach(outletOf);
    if (!articleNumbers.has(c.articleId)) articleNumbers.set(c.articleId, articleNumbers.size + 1);
  }

  const claims = used.map((c): Claim => ({
    ...c,
    claimantId: claimantOf(c.claimantId),
    outletId: outletOf(c.outletId),
    via: c.via.map(outletOf),
    quote: c.value.asWritten,
    notes: '',
    statedOnEvidence: '',
    period: c.period && { ...c.period, evidence: '' },
    caveats: undefined,
  }));
  const articles = dataset.articles
    .filter((a) => articleNumbers.has(a.id))
    .map((a): Article => ({
      ...a,
      title: `Article ${articleNumbers.get(a.id) ?? ''}`,
      outlet: outletOf(a.outlet),
      outletEvidence: '',
      byline: null,
      publishedAtEvidence: '',
      url: null,
    }));
  const voice = (id: string) => (hideSources ? (alias.get(id) ?? id) : id);
  const entries = group.entries.map((e) => ({
    ...e,
    claimantId: claimantOf(e.claimantId),
    voiceId: voice(e.voiceId),
    evidence: {
      ...e.evidence,
      corroboratingVoices: e.evidence.corroboratingVoices.map(voice),
      contradictingVoices: e.evidence.contradictingVoices.map(voice),
      compatibleVoices: e.evidence.compatibleVoices.map(voice),
    },
  }));
  const measures = new Map(dataset.measures.map((m) => [m.id, m]));
  const blindedClaims = new Map(claims.map((c) => [c.id, c]));
  // The technical sentence names the voices of its two figures: each real name is swapped for its label.
  const renames: [string, string][] = [];
  for (const [real, aliasId] of alias) {
    const name = sourcesById.get(real)?.name;
    const label = sources.get(aliasId)?.name;
    if (name && label) renames.push([name, label]);
  }
  const spread =
    group.spread.kind === 'spread'
      ? { ...group.spread, text: renameAll(group.spread.text, renames) }
      : { ...group.spread, reason: renameAll(group.spread.reason, renames) };
  return {
    group: {
      ...group,
      entries,
      spread,
      summary: summarise(entries, { sources, claimsById: blindedClaims, measures, perDay: group.per === 'day' }),
    },
    dataset: { articles, sources: [...sources.values()], measures: dataset.measures, claims },
  };
}
