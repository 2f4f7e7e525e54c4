// Checks a dataset folder with data:check's rules and writes it out for publishing: the four dataset files as the
// validator returns them (defaults filled in, so the app can use them as parsed), the unfiltered landing view made from
// them (first-view.json), for a large dataset its claims split by comparison (parts/claims-N.json, with the index of which
// part each claim is in, parts/claim-index-N.json), and checked.json with each file's SHA-256. Article texts, events and stories are copied as
// they are. Run by the build on data/, and by the bench on its generated corpora.
// Usage: tsx scripts/seal-data.ts <dataset folder> <output folder>
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import { CHECKED_FILE, type CheckedFiles } from '../src/domain/checked-files';
import { FIRST_VIEW_FILE, firstView } from '../src/domain/first-view';
import { claimIndexes, claimIndexFile, partCount, partFile, splitClaims } from '../src/domain/claim-parts';
import { DATASET_FILES, type Article } from '../src/domain/schema';
import { controlEventsSchema, type ControlEvent } from '../src/domain/events';
import { answersAtBuild } from '../src/service/built-answers';
import { builtAnswerJson, parseBuiltAnswer } from '../src/domain/built-answers';
import { formatDatasetError, validateDataset, type DatasetInput } from '../src/domain/validate-dataset';

/** The changes of control published beside the dataset, as the page reads them (none when there is no events file). */
function readEvents(folder: string): ControlEvent[] {
  const file = join(folder, 'events.json');
  return existsSync(file) ? controlEventsSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : [];
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Validates `from` and writes the sealed copy to `to` (which may be `from`); throws with the first errors if it does not validate. */
export async function sealDataset(from: string, to: string): Promise<CheckedFiles> {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(from, `${name}.json`), 'utf8'));
  const input: DatasetInput = { articles: read('articles'), sources: read('sources'), measures: read('measures'), claims: read('claims') };
  const texts = new Map<string, string>();
  for (const a of input.articles as Article[]) texts.set(a.file, readFileSync(join(from, a.file), 'utf8'));
  const result = validateDataset(input, texts);
  if (!result.ok) {
    const first = result.errors.slice(0, 10).map(formatDatasetError).join('\n');
    throw new Error(`${from} does not pass data:check, so it is not published:\n${first}`);
  }
  if (resolve(from) !== resolve(to)) {
    mkdirSync(to, { recursive: true });
    cpSync(from, to, { recursive: true });
  }
  const files: Record<string, string> = {};
  const write = (file: string, json: string) => {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    writeFileSync(join(to, file), json);
    files[file] = sha256Hex(json);
  };
  // A view made from the records is written only when its text gives it back exactly (a number JSON cannot hold would
  // come back changed); otherwise the app makes it itself.
  const writeExact = <T>(
    file: string,
    value: T,
    toText: (v: T) => string = JSON.stringify,
    fromText: (t: string) => unknown = JSON.parse,
  ) => {
    const json = toText(value);
    const exact = isDeepStrictEqual(fromText(json), value);
    if (exact) write(file, json);
    return exact;
  };
  for (const name of DATASET_FILES) write(`${name}.json`, JSON.stringify(result.dataset[name]));
  // One comparison's claims, readable without the whole claims file: every claim of a component is in one part.
  const parts = splitClaims(result.dataset.claims, result.dataset.measures, partCount(result.dataset.claims.length));
  parts.forEach((claims, part) => write(partFile(part), JSON.stringify(claims)));
  claimIndexes(parts).forEach((index, i) => write(claimIndexFile(i), JSON.stringify(index)));
  // The landing view made from these very records: the app shows it once the files above arrive sealed.
  writeExact(FIRST_VIEW_FILE, firstView(result.dataset));
  // A large dataset's heavier views (timeline, sources, matrix), first asked unfiltered, answered by the data service's
  // own handlers from these records: the app shows them before it has parsed and judged every claim.
  if (parts.length > 0) {
    for (const { file, built } of await answersAtBuild(result.dataset, readEvents(from))) {
      if (!writeExact(file, built, builtAnswerJson, parseBuiltAnswer))
        console.warn(`seal-data: ${file} (${built.name}) does not survive JSON as it is, so the app will make it`);
    }
  }
  const record: CheckedFiles = { format: 1, files };
  writeFileSync(join(to, CHECKED_FILE), JSON.stringify(record, null, 2) + '\n');
  return record;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [from, to] = process.argv.slice(2);
  if (from === undefined || to === undefined) {
    console.error('usage: tsx scripts/seal-data.ts <dataset folder> <output folder>');
    process.exit(2);
  }
  try {
    await sealDataset(from, to);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
