// npm run data:check [-- <dataset folder>]: reads a dataset folder and reports every format error.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articleSchema, DATASET_FILES, type DatasetFile } from '../src/domain/schema';
import { clipMessage } from '../src/domain/quote-value';
import { STORIES_FILE, validateStories } from '../src/domain/stories';
import {
  describeMoreErrors,
  ErrorList,
  formatDatasetError,
  validateDataset,
  type DatasetError,
  type DatasetInput,
} from '../src/domain/validate-dataset';

export const DEFAULT_DATA_DIR = resolve(import.meta.dirname, '..', 'data');

export interface DataCheckResult {
  exitCode: 0 | 1;
  /** Each error on its own line, then the summary line. */
  lines: string[];
}

/** Checks the dataset in `dir`; a missing or non-JSON file is an error naming that file, and stops the cross-file checks. */
export function runDataCheck(dir: string = DEFAULT_DATA_DIR): DataCheckResult {
  const errors: DatasetError[] = [];
  const raw: Partial<Record<DatasetFile, unknown>> = {};
  for (const name of DATASET_FILES) {
    const file = `${name}.json` as const;
    const path = join(dir, file);
    if (!existsSync(path)) {
      errors.push({ file, recordId: null, field: '', message: `file not found in ${dir}` });
      continue;
    }
    try {
      raw[name] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      errors.push({
        file,
        recordId: null,
        field: '',
        message: `not valid JSON (${clipMessage(e instanceof Error ? e.message : String(e))})`,
      });
    }
  }
  // Stories are optional: a dataset folder without stories.json is complete.
  const storiesPath = join(dir, STORIES_FILE);
  let stories: unknown = undefined;
  if (existsSync(storiesPath)) {
    try {
      stories = JSON.parse(readFileSync(storiesPath, 'utf8'));
    } catch (e) {
      errors.push({
        file: STORIES_FILE,
        recordId: null,
        field: '',
        message: `not valid JSON (${clipMessage(e instanceof Error ? e.message : String(e))})`,
      });
    }
  }
  const count = (name: DatasetFile) => (Array.isArray(raw[name]) ? (raw[name] as unknown[]).length : 0);
  const storyCount = Array.isArray(stories) ? stories.length : 0;
  const storyPart = existsSync(storiesPath) ? `, ${storyCount} ${storyCount === 1 ? 'story' : 'stories'}` : '';
  const summary = (n: number, atLeast = false) =>
    `data:check: ${count('articles')} articles, ${count('sources')} sources, ${count('measures')} measures, ${count('claims')} claims${storyPart} — ${
      n === 0 ? 'OK' : `${atLeast ? 'at least ' : ''}${n} error${n === 1 ? '' : 's'}`
    }`;
  if (errors.length > 0) return { exitCode: 1, lines: [...errors.map(formatDatasetError), summary(errors.length)] };

  const result = validateDataset(raw as DatasetInput, readTexts(dir, raw.articles));
  if (result.ok && stories !== undefined) {
    // Stories are checked against the records they walk through, so only once those are sound.
    const storyErrors = new ErrorList();
    validateStories(stories, result.dataset, STORIES_FILE, storyErrors);
    if (storyErrors.length > 0) {
      const more = storyErrors.more();
      const found = storyErrors.errors;
      return {
        exitCode: 1,
        lines: [
          ...found.map(formatDatasetError),
          ...(more ? [describeMoreErrors(more, found.length)] : []),
          summary(storyErrors.length, more !== undefined),
        ],
      };
    }
  }
  if (result.ok) return { exitCode: 0, lines: [summary(0)] };
  const { errors: found, more } = result;
  if (!more) return { exitCode: 1, lines: [...found.map(formatDatasetError), summary(found.length)] };
  return {
    exitCode: 1,
    lines: [...found.map(formatDatasetError), describeMoreErrors(more, found.length), summary(found.length + more.atLeast, true)],
  };
}

// Reads only file names the schema accepts (relative, no ".."), so data cannot point outside the folder.
function readTexts(dir: string, articles: unknown): Map<string, string> {
  const texts = new Map<string, string>();
  if (!Array.isArray(articles)) return texts;
  for (const a of articles as unknown[]) {
    const file = articleSchema.shape.file.safeParse((a as { file?: unknown } | null)?.file);
    if (!file.success || texts.has(file.data)) continue;
    const path = join(dir, file.data);
    // A missing text file is left out; validateDataset reports it on the article. So is a name that is a folder ("."),
    // which reading would throw on.
    if (statSync(path, { throwIfNoEntry: false })?.isFile()) texts.set(file.data, readFileSync(path, 'utf8'));
  }
  return texts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_DATA_DIR;
  const { exitCode, lines } = runDataCheck(dir);
  for (const line of lines) (exitCode === 0 ? console.log : console.error)(line);
  process.exitCode = exitCode;
}
