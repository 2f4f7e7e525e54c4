// The reasons a change of control adds to a verdict: a figure given before a place changed hands and one given after.
// Apart from the rest of the verdict, so that the landing page loads this code with the events, not in its first load.
import { readableDate } from '../comparability';
import type { ControlEvent } from '../events';
import { joinNames } from '../format';
import type { DatedFigure, WhyItem } from './verdict';

/** The places an event's label can name: its capitalised words of four letters or more, lower-cased.
 * Worked example: "ISIS retakes Palmyra" → ["isis", "palmyra"]. */
function namedPlaces(label: string): string[] {
  return label
    .split(/[^\p{L}-]+/u)
    .filter((w) => w.length >= 4 && /^\p{Lu}/u.test(w))
    .map((w) => w.toLowerCase());
}

/** The lower-cased words of a figure's place. */
function placeWords(place: string): Set<string> {
  return new Set(place.toLowerCase().split(/[^\p{L}-]+/u));
}

/** True when a figure's place names a place the event names ("Palmyra ancient site" and "ISIS retakes Palmyra"): capitalised words of four letters or more. */
export function eventConcerns(ev: Pick<ControlEvent, 'label'>, place: string): boolean {
  const words = placeWords(place);
  return namedPlaces(ev.label).some((w) => words.has(w));
}

/** A change of control between two figures' dates, for figures about the place it names: one was given before the place changed hands and the other after. */
export function controlChangeItems(dated: readonly DatedFigure[], events: readonly ControlEvent[]): WhyItem[] {
  const items: WhyItem[] = [];
  // Each card asks this for every event and figure: split each label and place once.
  const words = new Map<string, Set<string>>();
  const wordsOf = (place: string) => words.get(place) ?? words.set(place, placeWords(place)).get(place) ?? new Set<string>();
  for (const ev of events) {
    const names = namedPlaces(ev.label);
    const here = dated.filter((d) => names.some((w) => wordsOf(d.place).has(w)));
    const before = here.filter((d) => d.date < ev.date);
    const after = here.filter((d) => d.date >= ev.date);
    if (before.length === 0 || after.length === 0) continue;
    const list = (ds: readonly DatedFigure[]): string =>
      joinNames([...new Set(ds.map((d) => `${d.name} (${d.basis === 'stated' ? 'said' : 'reported'} ${readableDate(d.date)})`))]);
    items.push({
      kind: 'control',
      text: `${ev.label} on ${readableDate(ev.date)}: ${list(before)} spoke before, ${list(after)} after.`,
      claimIds: [...before, ...after].map((d) => d.claimId),
    });
  }
  return items;
}
