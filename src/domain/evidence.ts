// Evidence of large groups without a pair list: who corroborates or contradicts each figure, counted exactly
// from sorted interval ends in O(k log k) per group of k figures, with at most EVIDENCE_LIST_LIMIT voices named.
import { compareStrings } from './compare-strings';
import type { EntryEvidence, Interval } from './analysis-types';
import { isEmpty } from './interval';

/** Each entry's corroborating/contradicting voice lists keep at most this many ids (the first in id order); the counts are exact. */
export const EVIDENCE_LIST_LIMIT = 12;

/** What the sorted-bounds path reads and writes on an entry. */
export interface EvidenceEntry {
  claimId: string;
  voiceId: string;
  interval: Interval;
  evidence: EntryEvidence;
}

/** Number of values in an ascending array at most x. */
function countAtMost(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of values in an ascending array below x (the insertion point of x). */
function countBelow(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Room for an index beside an integer key in one float (keys stay below 2^30, indexes below 2^22: products below 2^53). */
const INDEX_SPAN = 2 ** 22;

/** Indexes 0..n-1 ordered by integer key ascending (descending when asked), ties by index: key and index packed into one float and sorted natively, no comparator. Keys lie in [-2, 2^29). */
function orderBy(keys: ArrayLike<number>, n: number, descending = false): Int32Array {
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i] as number;
    packed[i] = (descending ? 2 ** 29 - k : k + 2) * INDEX_SPAN + i;
  }
  packed.sort();
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = (packed[i] as number) % INDEX_SPAN;
  return out;
}

/**
 * Ranks of interval ends on one line, so that "a lies wholly below b" is `upper(a) < lower(b)`. An end is
 * (value, tag): an upper end has tag 0 when open and 1 when closed, a lower end 1 when closed and 2 when open, so
 * ends meeting at one value count as below unless both are closed (interval.ts); its rank is 3 × (rank of the value
 * among the distinct values) + tag + 1. An unbounded lower end ranks 0 and an unbounded upper end `top`, so nothing
 * is below or above them.
 */
function rankEnds(ivs: readonly Interval[], live: Uint8Array): { lower: Int32Array; upper: Int32Array; top: number } {
  const n = ivs.length;
  const all = new Float64Array(2 * n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    if (!live[i]) continue;
    const iv = ivs[i] as Interval;
    if (iv.low !== null) all[m++] = iv.low;
    if (iv.high !== null) all[m++] = iv.high;
  }
  const sorted = all.subarray(0, m).sort();
  let d = 0; // distinct values, compacted to the front
  for (let j = 0; j < m; j++) if (d === 0 || (sorted[j] as number) !== (sorted[d - 1] as number)) sorted[d++] = sorted[j] as number;
  const rankOf = (x: number): number => {
    let lo = 0;
    let hi = d;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const top = 3 * d + 1;
  const lower = new Int32Array(n);
  const upper = new Int32Array(n).fill(top);
  for (let i = 0; i < n; i++) {
    if (!live[i]) continue;
    const iv = ivs[i] as Interval;
    if (iv.low !== null) lower[i] = 3 * rankOf(iv.low) + (iv.lowInclusive ? 1 : 2) + 1;
    if (iv.high !== null) upper[i] = 3 * rankOf(iv.high) + (iv.highInclusive ? 1 : 0) + 1;
  }
  return { lower, upper, top };
}

/** For each query j: how many points p have a[p] < qa[j] and b[p] > qb[j] (offline sweep over a, Fenwick tree over b). Values of b lie in [-1, top + 1]. */
function countDominating(a: Int32Array, b: Int32Array, qa: Int32Array, qb: Int32Array, top: number): Int32Array {
  const size = top + 4; // b + 2 in 1..top + 3
  const tree = new Int32Array(size + 1);
  const points = orderBy(a, a.length);
  const queries = orderBy(qa, qa.length);
  const out = new Int32Array(qa.length);
  let inserted = 0;
  let p = 0;
  for (let q = 0; q < queries.length; q++) {
    const j = queries[q] as number;
    while (p < points.length && (a[points[p] as number] as number) < (qa[j] as number)) {
      for (let i = (b[points[p] as number] as number) + 2; i <= size; i += i & -i) tree[i] = (tree[i] as number) + 1;
      inserted++;
      p++;
    }
    let atMost = 0; // inserted points with b <= qb[j]
    for (let i = Math.min((qb[j] as number) + 2, size); i > 0; i -= i & -i) atMost += tree[i] as number;
    out[j] = inserted - atMost;
  }
  return out;
}

const SLOTS = EVIDENCE_LIST_LIMIT + 1; // one spare: the entry's own voice is dropped afterwards

/** Inserts v into the ascending list at `base` (length lens[slot]) keeping the SLOTS smallest distinct values. */
function insertSmallest(store: Int32Array, lens: Uint8Array, slot: number, v: number): void {
  const base = slot * SLOTS;
  let len = lens[slot] as number;
  let i = len;
  while (i > 0 && (store[base + i - 1] as number) > v) i--;
  if (i > 0 && store[base + i - 1] === v) return;
  if (i >= SLOTS) return;
  if (len === SLOTS) len--;
  for (let k = len; k > i; k--) store[base + k] = store[base + k - 1] as number;
  store[base + i] = v;
  lens[slot] = len + 1;
}

/** Prefix tables: slot i holds the SLOTS smallest voice indexes among the first i of `seq`. */
function prefixSmallest(seq: ArrayLike<number>): { store: Int32Array; lens: Uint8Array } {
  const store = new Int32Array((seq.length + 1) * SLOTS);
  const lens = new Uint8Array(seq.length + 1);
  for (let i = 0; i < seq.length; i++) {
    store.copyWithin((i + 1) * SLOTS, i * SLOTS, (i + 1) * SLOTS);
    lens[i + 1] = lens[i] as number;
    insertSmallest(store, lens, i + 1, seq[i] as number);
  }
  return { store, lens };
}

// A scratch list (slot 0) where candidate voice indexes are merged before naming.
const scratch = new Int32Array(SLOTS);
const scratchLen = new Uint8Array(1);

/** Adds the ascending list in slot `slot` of `store` to the scratch list. */
function gather(store: Int32Array, lens: Uint8Array, slot: number): void {
  const base = slot * SLOTS;
  const len = lens[slot] as number;
  for (let k = 0; k < len; k++) {
    const v = store[base + k] as number;
    if (scratchLen[0] === SLOTS && v >= (scratch[SLOTS - 1] as number)) return; // the rest of this ascending list is larger
    insertSmallest(scratch, scratchLen, 0, v);
  }
}

/** The voice ids of the scratch list without `own` (at most EVIDENCE_LIST_LIMIT) in an array of exactly that length, and empties the scratch list. */
function takeNames(own: number, voices: readonly string[]): string[] {
  const len = scratchLen[0] as number;
  let count = 0;
  for (let k = 0; k < len; k++) if (scratch[k] !== own) count++;
  const out = new Array<string>(Math.min(count, EVIDENCE_LIST_LIMIT));
  for (let k = 0, at = 0; k < len && at < out.length; k++) {
    const v = scratch[k] as number;
    if (v !== own) out[at++] = voices[v] as string;
  }
  scratchLen[0] = 0;
  return out;
}

/**
 * Evidence without a pair list (large groups), exact and O(k log k) for k figures: a voice contradicts a figure when
 * one of its figures lies wholly below or above it, which only needs the voice's lowest upper end and highest lower
 * end; a voice corroborates it unless the figure falls in a gap of the union of that voice's figures. Both are counted
 * by sorting and a Fenwick tree; the first EVIDENCE_LIST_LIMIT voices in id order are named. Same-voice lists scan the
 * voice's own figures. Periods are not consulted. Returns the number of disjoint pairs of figures from different voices.
 */
export function evidenceFromSortedBounds(entries: readonly EvidenceEntry[]): number {
  const n = entries.length;
  if (n === 0) return 0;
  const voices = [...new Set(entries.map((e) => e.voiceId))].sort(); // code-unit order, as compareStrings
  const voiceIndex = new Map(voices.map((v, i) => [v, i]));
  const V = voices.length;
  const vOf = new Int32Array(n);
  const live = new Uint8Array(n); // non-empty intervals; an empty one is disjoint from everything
  const members: number[][] = voices.map(() => []);
  for (let i = 0; i < n; i++) {
    const e = entries[i] as EvidenceEntry;
    const v = voiceIndex.get(e.voiceId) as number;
    vOf[i] = v;
    live[i] = isEmpty(e.interval) ? 0 : 1;
    (members[v] as number[]).push(i);
  }
  const { lower, upper, top } = rankEnds(
    entries.map((e) => e.interval),
    live,
  );

  // Per voice: lowest upper end and highest lower end of its live figures (-1 when it has an empty figure / none).
  const minUpper = new Int32Array(V).fill(top + 1);
  const maxLower = new Int32Array(V).fill(-1);
  const hasLive = new Uint8Array(V);
  const hasEmpty = new Uint8Array(V);
  for (let i = 0; i < n; i++) {
    const v = vOf[i] as number;
    if (!live[i]) {
      hasEmpty[v] = 1;
      continue;
    }
    hasLive[v] = 1;
    if ((upper[i] as number) < (minUpper[v] as number)) minUpper[v] = upper[i] as number;
    if ((lower[i] as number) > (maxLower[v] as number)) maxLower[v] = lower[i] as number;
  }
  for (let v = 0; v < V; v++) if (hasEmpty[v]) minUpper[v] = -1; // some figure of v is disjoint from every figure

  // Gaps in the union of each voice's live figures: a figure in a gap of v overlaps none of v's figures.
  const byLower = orderBy(lower, n);
  const liveByLower: number[][] = voices.map(() => []);
  for (let k = 0; k < n; k++) {
    const i = byLower[k] as number;
    if (live[i]) (liveByLower[vOf[i] as number] as number[]).push(i);
  }
  const gapA: number[] = [];
  const gapB: number[] = [];
  let livingVoices = 0;
  for (let v = 0; v < V; v++) {
    if (!hasLive[v]) continue;
    livingVoices++;
    const own = liveByLower[v] as number[];
    let prevUpper = -1; // a leading gap: nothing needs to lie below the figure
    let curLower = lower[own[0] as number] as number;
    let curUpper = upper[own[0] as number] as number;
    for (let k = 1; k <= own.length; k++) {
      const next = own[k];
      if (next !== undefined && (lower[next] as number) <= curUpper) {
        if ((upper[next] as number) > curUpper) curUpper = upper[next] as number;
        continue;
      }
      gapA.push(prevUpper);
      gapB.push(curLower);
      prevUpper = curUpper;
      if (next !== undefined) {
        curLower = lower[next] as number;
        curUpper = upper[next] as number;
      }
    }
    gapA.push(prevUpper);
    gapB.push(top + 1); // a trailing gap: nothing needs to lie above the figure
  }

  const inGap = countDominating(Int32Array.from(gapA), Int32Array.from(gapB), lower, upper, top);
  const bothSides = countDominating(minUpper, maxLower, lower, upper, top);

  // Voices sorted by lowest upper end (those below a figure are a prefix) and by highest lower end, descending.
  const byMinUpper = orderBy(minUpper, V);
  const byMaxLowerDesc = orderBy(maxLower, V, true);
  const minUpperSorted = new Int32Array(V);
  const negMaxLowerSorted = new Int32Array(V);
  for (let k = 0; k < V; k++) {
    minUpperSorted[k] = minUpper[byMinUpper[k] as number] as number;
    negMaxLowerSorted[k] = -(maxLower[byMaxLowerDesc[k] as number] as number);
  }
  const belowLists = prefixSmallest(byMinUpper);
  const aboveLists = prefixSmallest(byMaxLowerDesc);

  // Overlapping figures for the corroborating lists: sweep figures by upper end descending, a Fenwick tree over lower
  // ends whose nodes keep the SLOTS smallest voice indexes; query the prefix of lower ends up to the figure's upper end.
  // Tree positions: the distinct lower ends of live figures, ascending (1-based).
  const lowerKeys: number[] = [];
  const position = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = byLower[k] as number;
    if (!live[i]) continue;
    if (lowerKeys.length === 0 || lowerKeys[lowerKeys.length - 1] !== lower[i]) lowerKeys.push(lower[i] as number);
    position[i] = lowerKeys.length;
  }
  const size = lowerKeys.length;
  const fenwick = new Int32Array((size + 1) * SLOTS);
  const fenwickLens = new Uint8Array(size + 1);
  const byUpperDesc = orderBy(upper, n, true);
  let p = 0;
  for (let k = n - 1; k >= 0; k--) {
    const i = byLower[k] as number;
    if (!live[i]) continue;
    while (p < n && (upper[byUpperDesc[p] as number] as number) >= (lower[i] as number)) {
      const x = byUpperDesc[p] as number;
      p++;
      if (!live[x]) continue;
      for (let s = position[x] as number; s <= size; s += s & -s) insertSmallest(fenwick, fenwickLens, s, vOf[x] as number);
    }
    // Figures whose lower end is at most this upper end: a prefix of the positions.
    for (let s = countAtMost(lowerKeys, upper[i] as number); s > 0; s -= s & -s) gather(fenwick, fenwickLens, s);
    (entries[i] as EvidenceEntry).evidence.corroboratingVoices = takeNames(vOf[i] as number, voices);
  }

  // Sorted upper ends of the live figures, for the disjoint-pair count.
  let liveTotal = 0;
  for (let i = 0; i < n; i++) liveTotal += live[i] as number;
  const uppersAll = new Int32Array(liveTotal);
  for (let i = 0, k = 0; i < n; i++) if (live[i]) uppersAll[k++] = upper[i] as number;
  uppersAll.sort();
  let disjointPairs = 0;
  let emptyTerms = 0;
  const emptyTotal = n - liveTotal;
  const emptyOf = new Int32Array(V);
  for (let i = 0; i < n; i++) if (!live[i]) emptyOf[vOf[i] as number] = (emptyOf[vOf[i] as number] as number) + 1;

  for (let i = 0; i < n; i++) {
    const e = entries[i] as EvidenceEntry;
    const own = vOf[i] as number;
    const ev = e.evidence;
    const mine = members[own] as number[];
    ev.selfConsistentWith.length = 0;
    ev.selfContradicting.length = 0;
    if (mine.length > 1) {
      for (const j of mine) {
        if (j === i) continue;
        const other = entries[j] as EvidenceEntry;
        const below = live[i] && live[j] && (upper[j] as number) < (lower[i] as number);
        const apart = !live[i] || !live[j] || below || (upper[i] as number) < (lower[j] as number);
        (apart ? ev.selfContradicting : ev.selfConsistentWith).push(other.claimId);
        if (below) disjointPairs--; // counted below among all figures, but the same voice is no evidence
      }
      ev.selfConsistentWith.sort(compareStrings);
      ev.selfContradicting.sort(compareStrings);
    }
    if (!live[i]) {
      // Disjoint from every figure of every other voice, overlapping none.
      ev.contradictingCount = V - 1;
      for (let v = 0; v < V && v <= EVIDENCE_LIST_LIMIT; v++) insertSmallest(scratch, scratchLen, 0, v);
      ev.contradictingVoices = takeNames(own, voices);
      ev.corroboratingCount = 0;
      ev.corroboratingVoices = [];
      emptyTerms += 2 * (n - mine.length) - (emptyTotal - (emptyOf[own] as number));
      continue;
    }
    const lo = lower[i] as number;
    const hi = upper[i] as number;
    const below = countBelow(minUpperSorted, lo);
    const above = countBelow(negMaxLowerSorted, -hi);
    const ownDisjoint = (minUpper[own] as number) < lo || (maxLower[own] as number) > hi ? 1 : 0;
    ev.contradictingCount = below + above - (bothSides[i] as number) - ownDisjoint;
    gather(belowLists.store, belowLists.lens, below);
    gather(aboveLists.store, aboveLists.lens, above);
    ev.contradictingVoices = takeNames(own, voices);
    ev.corroboratingCount = livingVoices - 1 - (inGap[i] as number);
    disjointPairs += countBelow(uppersAll, lo);
  }
  return disjointPairs + emptyTerms / 2;
}

/**
 * Disjoint pairs of figures from different voices, counted by sorting alone in O(k log k): the number
 * evidenceFromSortedBounds returns, without building any evidence. An empty interval is disjoint from every figure.
 */
export function disjointIndependentPairCount(entries: readonly Pick<EvidenceEntry, 'voiceId' | 'interval'>[]): number {
  const n = entries.length;
  if (n < 2) return 0;
  const live = new Uint8Array(n);
  const members = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const e = entries[i] as Pick<EvidenceEntry, 'voiceId' | 'interval'>;
    live[i] = isEmpty(e.interval) ? 0 : 1;
    const list = members.get(e.voiceId);
    if (list) list.push(i);
    else members.set(e.voiceId, [i]);
  }
  const { lower, upper } = rankEnds(
    entries.map((e) => e.interval),
    live,
  );
  const uppersOf = (indexes: readonly number[]): Int32Array => {
    const out = new Int32Array(indexes.filter((i) => live[i]).map((i) => upper[i] as number));
    return out.sort();
  };
  const all = [...Array(n).keys()];
  const allUppers = uppersOf(all);
  let pairs = 0;
  for (let i = 0; i < n; i++) if (live[i]) pairs += countBelow(allUppers, lower[i] as number);
  // Pairs within one voice are no evidence: take them out again.
  let emptyTotal = 0;
  for (let i = 0; i < n; i++) emptyTotal += 1 - (live[i] as number);
  let emptyTerms = 0;
  for (const own of members.values()) {
    if (own.length > 1) {
      const ownUppers = uppersOf(own);
      for (const i of own) if (live[i]) pairs -= countBelow(ownUppers, lower[i] as number);
    }
    const ownEmpty = own.filter((i) => !live[i]).length;
    // Each empty figure pairs with every figure of other voices; pairs of two empty figures are counted from both ends.
    emptyTerms += ownEmpty * (2 * (n - own.length) - (emptyTotal - ownEmpty));
  }
  return pairs + emptyTerms / 2;
}
