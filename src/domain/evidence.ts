// Evidence of large groups without a pair list: who corroborates or contradicts each figure, counted exactly
// from sorted interval ends in O(k log k) per group of k figures, with at most EVIDENCE_LIST_LIMIT voices named.
// Typed-array reads are written `arr[i] ?? outOfRange(i, arr)`: inline in the hot loops (a helper call per read made the
// sweep three times slower), typed as numbers, and a clear error instead of a silent undefined.
import { itemAt, outOfRange } from './checked-index';
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
function countAtMost(sorted: Int32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? outOfRange(mid, sorted)) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of values in an ascending array below x (the insertion point of x). */
function countBelow(sorted: Int32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? outOfRange(mid, sorted)) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Room for an index beside an integer key in one float (keys stay below 2^30, indexes below 2^22: products below 2^53). */
const INDEX_SPAN = 2 ** 22;

/** Indexes 0..n-1 ordered by integer key ascending (descending when asked), ties by index: key and index packed into one float and sorted natively, no comparator. Keys lie in [-2, 2^29). */
function orderBy(keys: Int32Array, n: number, descending = false): Int32Array {
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i] ?? outOfRange(i, keys);
    packed[i] = (descending ? 2 ** 29 - k : k + 2) * INDEX_SPAN + i;
  }
  packed.sort();
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = (packed[i] ?? outOfRange(i, packed)) % INDEX_SPAN;
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
    const iv = itemAt(ivs, i);
    if (iv.low !== null) all[m++] = iv.low;
    if (iv.high !== null) all[m++] = iv.high;
  }
  const sorted = all.subarray(0, m).sort();
  let d = 0; // distinct values, compacted to the front
  for (let j = 0; j < m; j++) {
    const x = sorted[j] ?? outOfRange(j, sorted);
    if (d === 0 || x !== (sorted[d - 1] ?? outOfRange(d - 1, sorted))) sorted[d++] = x;
  }
  const rankOf = (x: number): number => {
    let lo = 0;
    let hi = d;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] ?? outOfRange(mid, sorted)) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const top = 3 * d + 1;
  const lower = new Int32Array(n);
  const upper = new Int32Array(n).fill(top);
  for (let i = 0; i < n; i++) {
    if (!live[i]) continue;
    const iv = itemAt(ivs, i);
    if (iv.low !== null) lower[i] = 3 * rankOf(iv.low) + (iv.lowInclusive ? 1 : 2) + 1;
    if (iv.high !== null) upper[i] = 3 * rankOf(iv.high) + (iv.highInclusive ? 1 : 0) + 1;
  }
  return { lower, upper, top };
}

/** Points (a[p], b[p]) held as two columns of equal length. */
interface Points {
  a: Int32Array;
  b: Int32Array;
}

/** For each query j: how many points p have a[p] < qa[j] and b[p] > qb[j] (offline sweep over a, Fenwick tree over b). Values of b lie in [-1, top + 1]. */
function countDominating({ a, b }: Points, { a: qa, b: qb }: Points, top: number): Int32Array {
  const size = top + 4; // b + 2 in 1..top + 3
  const tree = new Int32Array(size + 1);
  const points = orderBy(a, a.length);
  const queries = orderBy(qa, qa.length);
  const out = new Int32Array(qa.length);
  let inserted = 0;
  let p = 0;
  for (let q = 0; q < queries.length; q++) {
    const j = queries[q] ?? outOfRange(q, queries);
    const before = qa[j] ?? outOfRange(j, qa);
    for (; p < points.length; p++) {
      const point = points[p] ?? outOfRange(p, points);
      if ((a[point] ?? outOfRange(point, a)) >= before) break;
      for (let i = (b[point] ?? outOfRange(point, b)) + 2; i <= size; i += i & -i) tree[i] = (tree[i] ?? outOfRange(i, tree)) + 1;
      inserted++;
    }
    let atMost = 0; // inserted points with b <= qb[j]
    for (let i = Math.min((qb[j] ?? outOfRange(j, qb)) + 2, size); i > 0; i -= i & -i) atMost += tree[i] ?? outOfRange(i, tree);
    out[j] = inserted - atMost;
  }
  return out;
}

const SLOTS = EVIDENCE_LIST_LIMIT + 1; // one spare: the entry's own voice is dropped afterwards

/** Short ascending lists of voice indexes, SLOTS places each: list `slot` fills store[slot * SLOTS ...] up to lens[slot]. */
interface SlotLists {
  store: Int32Array;
  lens: Uint8Array;
}

/** Inserts v into list `slot` keeping the SLOTS smallest distinct values. */
function insertSmallest({ store, lens }: SlotLists, slot: number, v: number): void {
  const base = slot * SLOTS;
  let len = lens[slot] ?? outOfRange(slot, lens);
  let i = len;
  while (i > 0 && (store[base + i - 1] ?? outOfRange(base + i - 1, store)) > v) i--;
  if (i > 0 && store[base + i - 1] === v) return;
  if (i >= SLOTS) return;
  if (len === SLOTS) len--;
  for (let k = len; k > i; k--) store[base + k] = store[base + k - 1] ?? outOfRange(base + k - 1, store);
  store[base + i] = v;
  lens[slot] = len + 1;
}

/** Prefix tables: slot i holds the SLOTS smallest voice indexes among the first i of `seq`. */
function prefixSmallest(seq: Int32Array): SlotLists {
  const lists = { store: new Int32Array((seq.length + 1) * SLOTS), lens: new Uint8Array(seq.length + 1) };
  const { store, lens } = lists;
  for (let i = 0; i < seq.length; i++) {
    store.copyWithin((i + 1) * SLOTS, i * SLOTS, (i + 1) * SLOTS);
    lens[i + 1] = lens[i] ?? outOfRange(i, lens);
    insertSmallest(lists, i + 1, seq[i] ?? outOfRange(i, seq));
  }
  return lists;
}

// A scratch list (slot 0) where candidate voice indexes are merged before naming.
const scratchLists: SlotLists = { store: new Int32Array(SLOTS), lens: new Uint8Array(1) };
const scratch = scratchLists.store;
const scratchLen = scratchLists.lens;

/** Adds list `slot` to the scratch list. */
function gather({ store, lens }: SlotLists, slot: number): void {
  const base = slot * SLOTS;
  const len = lens[slot] ?? outOfRange(slot, lens);
  for (let k = 0; k < len; k++) {
    const v = store[base + k] ?? outOfRange(base + k, store);
    if (scratchLen[0] === SLOTS && v >= (scratch[SLOTS - 1] ?? outOfRange(SLOTS - 1, scratch))) return; // the rest of this ascending list is larger
    insertSmallest(scratchLists, 0, v);
  }
}

/** The voice ids of the scratch list without `own` (at most EVIDENCE_LIST_LIMIT) in an array of exactly that length, and empties the scratch list. */
function takeNames(own: number, voices: readonly string[]): string[] {
  const len = scratchLen[0] ?? outOfRange(0, scratchLen);
  let count = 0;
  for (let k = 0; k < len; k++) if (scratch[k] !== own) count++;
  const out = new Array<string>(Math.min(count, EVIDENCE_LIST_LIMIT));
  for (let k = 0, at = 0; k < len && at < out.length; k++) {
    const v = scratch[k] ?? outOfRange(k, scratch);
    if (v !== own) out[at++] = itemAt(voices, v);
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
    const e = itemAt(entries, i);
    const v = voiceIndex.get(e.voiceId);
    if (v === undefined) throw new Error(`Voice ${e.voiceId} is missing from the voice index.`);
    vOf[i] = v;
    live[i] = isEmpty(e.interval) ? 0 : 1;
    itemAt(members, v).push(i);
  }
  // Each voice's figures in claim-id order, so the same-voice lists below are the first ids without sorting each one.
  for (const list of members) list.sort((a, b) => compareStrings(itemAt(entries, a).claimId, itemAt(entries, b).claimId));
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
    const v = vOf[i] ?? outOfRange(i, vOf);
    if (!live[i]) {
      hasEmpty[v] = 1;
      continue;
    }
    hasLive[v] = 1;
    const up = upper[i] ?? outOfRange(i, upper);
    const low = lower[i] ?? outOfRange(i, lower);
    if (up < (minUpper[v] ?? outOfRange(v, minUpper))) minUpper[v] = up;
    if (low > (maxLower[v] ?? outOfRange(v, maxLower))) maxLower[v] = low;
  }
  for (let v = 0; v < V; v++) if (hasEmpty[v]) minUpper[v] = -1; // some figure of v is disjoint from every figure

  // Gaps in the union of each voice's live figures: a figure in a gap of v overlaps none of v's figures.
  const byLower = orderBy(lower, n);
  const liveByLower: number[][] = voices.map(() => []);
  for (let k = 0; k < n; k++) {
    const i = byLower[k] ?? outOfRange(k, byLower);
    if (live[i]) itemAt(liveByLower, vOf[i] ?? outOfRange(i, vOf)).push(i);
  }
  const gapA: number[] = [];
  const gapB: number[] = [];
  let livingVoices = 0;
  for (let v = 0; v < V; v++) {
    if (!hasLive[v]) continue;
    livingVoices++;
    const own = itemAt(liveByLower, v);
    let prevUpper = -1; // a leading gap: nothing needs to lie below the figure
    const first = itemAt(own, 0);
    let curLower = lower[first] ?? outOfRange(first, lower);
    let curUpper = upper[first] ?? outOfRange(first, upper);
    for (let k = 1; k <= own.length; k++) {
      const next = own[k];
      if (next !== undefined && (lower[next] ?? outOfRange(next, lower)) <= curUpper) {
        curUpper = Math.max(curUpper, upper[next] ?? outOfRange(next, upper));
        continue;
      }
      gapA.push(prevUpper);
      gapB.push(curLower);
      prevUpper = curUpper;
      if (next !== undefined) {
        curLower = lower[next] ?? outOfRange(next, lower);
        curUpper = upper[next] ?? outOfRange(next, upper);
      }
    }
    gapA.push(prevUpper);
    gapB.push(top + 1); // a trailing gap: nothing needs to lie above the figure
  }

  const figures = { a: lower, b: upper };
  const inGap = countDominating({ a: Int32Array.from(gapA), b: Int32Array.from(gapB) }, figures, top);
  const bothSides = countDominating({ a: minUpper, b: maxLower }, figures, top);

  // Voices sorted by lowest upper end (those below a figure are a prefix) and by highest lower end, descending.
  const byMinUpper = orderBy(minUpper, V);
  const byMaxLowerDesc = orderBy(maxLower, V, true);
  const minUpperSorted = new Int32Array(V);
  const negMaxLowerSorted = new Int32Array(V);
  for (let k = 0; k < V; k++) {
    const lowest = byMinUpper[k] ?? outOfRange(k, byMinUpper);
    const highest = byMaxLowerDesc[k] ?? outOfRange(k, byMaxLowerDesc);
    minUpperSorted[k] = minUpper[lowest] ?? outOfRange(lowest, minUpper);
    negMaxLowerSorted[k] = -(maxLower[highest] ?? outOfRange(highest, maxLower));
  }
  const belowLists = prefixSmallest(byMinUpper);
  const aboveLists = prefixSmallest(byMaxLowerDesc);

  // Overlapping figures for the corroborating lists: sweep figures by upper end descending, a Fenwick tree over lower
  // ends whose nodes keep the SLOTS smallest voice indexes; query the prefix of lower ends up to the figure's upper end.
  // Tree positions: the distinct lower ends of live figures, ascending (1-based).
  const keyStore = new Int32Array(n);
  let size = 0;
  const position = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = byLower[k] ?? outOfRange(k, byLower);
    if (!live[i]) continue;
    const low = lower[i] ?? outOfRange(i, lower);
    if (size === 0 || (keyStore[size - 1] ?? outOfRange(size - 1, keyStore)) !== low) keyStore[size++] = low;
    position[i] = size;
  }
  const lowerKeys = keyStore.subarray(0, size);
  const fenwick: SlotLists = { store: new Int32Array((size + 1) * SLOTS), lens: new Uint8Array(size + 1) };
  const byUpperDesc = orderBy(upper, n, true);
  let p = 0;
  for (let k = n - 1; k >= 0; k--) {
    const i = byLower[k] ?? outOfRange(k, byLower);
    if (!live[i]) continue;
    const low = lower[i] ?? outOfRange(i, lower);
    for (; p < n; p++) {
      const x = byUpperDesc[p] ?? outOfRange(p, byUpperDesc);
      if ((upper[x] ?? outOfRange(x, upper)) < low) break;
      if (!live[x]) continue;
      const voice = vOf[x] ?? outOfRange(x, vOf);
      for (let s = position[x] ?? outOfRange(x, position); s <= size; s += s & -s) insertSmallest(fenwick, s, voice);
    }
    // Figures whose lower end is at most this upper end: a prefix of the positions.
    for (let s = countAtMost(lowerKeys, upper[i] ?? outOfRange(i, upper)); s > 0; s -= s & -s) gather(fenwick, s);
    itemAt(entries, i).evidence.corroboratingVoices = takeNames(vOf[i] ?? outOfRange(i, vOf), voices);
  }

  // Sorted upper ends of the live figures, for the disjoint-pair count.
  let liveTotal = 0;
  for (let i = 0; i < n; i++) liveTotal += live[i] ?? outOfRange(i, live);
  const uppersAll = new Int32Array(liveTotal);
  for (let i = 0, k = 0; i < n; i++) if (live[i]) uppersAll[k++] = upper[i] ?? outOfRange(i, upper);
  uppersAll.sort();
  let disjointPairs = 0;
  let emptyTerms = 0;
  const emptyTotal = n - liveTotal;
  const emptyOf = new Int32Array(V);
  for (let i = 0; i < n; i++) {
    if (live[i]) continue;
    const v = vOf[i] ?? outOfRange(i, vOf);
    emptyOf[v] = (emptyOf[v] ?? outOfRange(v, emptyOf)) + 1;
  }

  for (let i = 0; i < n; i++) {
    const e = itemAt(entries, i);
    const own = vOf[i] ?? outOfRange(i, vOf);
    const ev = e.evidence;
    const mine = itemAt(members, own);
    ev.selfConsistentWith.length = 0;
    ev.selfContradicting.length = 0;
    // Counted in full but listed only up to the limit: one voice with 10,000 figures would otherwise list 10⁸ ids.
    let consistent = 0;
    let contradicting = 0;
    if (mine.length > 1) {
      for (const j of mine) {
        if (j === i) continue;
        const both = live[i] && live[j];
        const below = both && (upper[j] ?? outOfRange(j, upper)) < (lower[i] ?? outOfRange(i, lower));
        const apart = !both || below || (upper[i] ?? outOfRange(i, upper)) < (lower[j] ?? outOfRange(j, lower));
        if (apart) {
          if (contradicting++ < EVIDENCE_LIST_LIMIT) ev.selfContradicting.push(itemAt(entries, j).claimId);
        } else if (consistent++ < EVIDENCE_LIST_LIMIT) ev.selfConsistentWith.push(itemAt(entries, j).claimId);
        if (below) disjointPairs--; // counted below among all figures, but the same voice is no evidence
      }
    }
    ev.selfConsistentCount = consistent;
    ev.selfContradictingCount = contradicting;
    if (!live[i]) {
      // Disjoint from every figure of every other voice, overlapping none.
      ev.contradictingCount = V - 1;
      for (let v = 0; v < V && v <= EVIDENCE_LIST_LIMIT; v++) insertSmallest(scratchLists, 0, v);
      ev.contradictingVoices = takeNames(own, voices);
      ev.corroboratingCount = 0;
      ev.corroboratingVoices = [];
      emptyTerms += 2 * (n - mine.length) - (emptyTotal - (emptyOf[own] ?? outOfRange(own, emptyOf)));
      continue;
    }
    const lo = lower[i] ?? outOfRange(i, lower);
    const hi = upper[i] ?? outOfRange(i, upper);
    const below = countBelow(minUpperSorted, lo);
    const above = countBelow(negMaxLowerSorted, -hi);
    const ownDisjoint = (minUpper[own] ?? outOfRange(own, minUpper)) < lo || (maxLower[own] ?? outOfRange(own, maxLower)) > hi ? 1 : 0;
    ev.contradictingCount = below + above - (bothSides[i] ?? outOfRange(i, bothSides)) - ownDisjoint;
    gather(belowLists, below);
    gather(aboveLists, above);
    ev.contradictingVoices = takeNames(own, voices);
    ev.corroboratingCount = livingVoices - 1 - (inGap[i] ?? outOfRange(i, inGap));
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
    const e = itemAt(entries, i);
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
    const out = new Int32Array(indexes.filter((i) => live[i]).map((i) => upper[i] ?? outOfRange(i, upper)));
    return out.sort();
  };
  const all = [...Array(n).keys()];
  const allUppers = uppersOf(all);
  let pairs = 0;
  for (let i = 0; i < n; i++) if (live[i]) pairs += countBelow(allUppers, lower[i] ?? outOfRange(i, lower));
  // Pairs within one voice are no evidence: take them out again.
  let emptyTotal = 0;
  for (let i = 0; i < n; i++) emptyTotal += 1 - (live[i] ?? outOfRange(i, live));
  let emptyTerms = 0;
  for (const own of members.values()) {
    if (own.length > 1) {
      const ownUppers = uppersOf(own);
      for (const i of own) if (live[i]) pairs -= countBelow(ownUppers, lower[i] ?? outOfRange(i, lower));
    }
    const ownEmpty = own.filter((i) => !live[i]).length;
    // Each empty figure pairs with every figure of other voices; pairs of two empty figures are counted from both ends.
    emptyTerms += ownEmpty * (2 * (n - own.length) - (emptyTotal - ownEmpty));
  }
  return pairs + emptyTerms / 2;
}
