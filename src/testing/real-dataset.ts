// Node-only helper for tests that must read the real shipped dataset, never a copy of it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { datasetSchema, type Dataset } from '../domain/schema';
import { controlEventsSchema, type ControlEvent } from '../domain/events';

// A string, not new URL(): test DOMs replace the global URL class.
export const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data');

/** Reads and parses data/*.json as shipped; throws if the dataset does not parse. */
export function loadShippedDataset(dir: string = DATA_DIR): Dataset {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
  return datasetSchema.parse({
    articles: read('articles'),
    sources: read('sources'),
    measures: read('measures'),
    claims: read('claims'),
  });
}

/** Reads one article's text exactly as stored (UTF-8, no normalisation). */
export function readArticleText(file: string, dir: string = DATA_DIR): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** The shipped dataset with its measures cloned `copies` times over, each clone with its own claims: as many comparisons
 * as a large dataset has, with real words and figures. */
export function shippedManyTimes(copies: number): Dataset {
  const real = loadShippedDataset();
  const measures = real.measures.flatMap((m) =>
    Array.from({ length: copies }, (_, i) => ({ ...m, id: `${m.id}-${i}`, comparableWith: [] })),
  );
  const claims = real.claims.flatMap((c) =>
    Array.from({ length: copies }, (_, i) => ({ ...c, id: `${c.id}-${i}`, measureId: `${c.measureId}-${i}` })),
  );
  return { ...real, measures, claims };
}

/** The shipped dataset `copies` times over with sources of their own: each copy's claims are by its own copy of every
 * source (named "… (copy 2)"), on its own copy of every measure. */
export function shippedManySources(copies: number): Dataset {
  const real = loadShippedDataset();
  const copied = (id: string, i: number) => `${id}-${i}`;
  const each = <T>(make: (i: number) => T[]) => Array.from({ length: copies }, (_, i) => make(i)).flat();
  const sources = each((i) =>
    real.sources.map((s) => ({
      ...s,
      id: copied(s.id, i),
      name: i === 0 ? s.name : `${s.name} (copy ${i + 1})`,
      aliases: i === 0 ? s.aliases : [],
      parentId: s.parentId === null ? null : copied(s.parentId, i),
    })),
  );
  const measures = each((i) => real.measures.map((m) => ({ ...m, id: copied(m.id, i), comparableWith: [] })));
  const claims = each((i) =>
    real.claims.map((c) => ({
      ...c,
      id: copied(c.id, i),
      claimantId: copied(c.claimantId, i),
      outletId: copied(c.outletId, i),
      via: c.via.map((v) => copied(v, i)),
      measureId: copied(c.measureId, i),
    })),
  );
  return { ...real, sources, measures, claims };
}

/** Reads and parses data/events.json as shipped: the published changes of control. */
export function loadShippedEvents(dir: string = DATA_DIR): ControlEvent[] {
  return controlEventsSchema.parse(JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8')));
}
