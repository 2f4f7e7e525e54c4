// Fuzzing dataset validation (the app's loader, the import path and `npm run data:check` all use it) with randomly
// mutated copies of the real dataset: it returns errors naming a file, never throws, and accepts only what is valid.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyJsonMutations, fuzz, jsonMutations, jsonPaths } from '../testing/fuzz';
import { HOSTILE_KEYS } from '../testing/hostile-strings';
import { loadShippedDataset, readArticleText } from '../testing/real-dataset';
import { datasetSchema } from './schema';
import { validateDataset } from './validate-dataset';

const REAL = loadShippedDataset();
const TEXTS = new Map(REAL.articles.map((a) => [a.file, readArticleText(a.file)]));
const PATHS = jsonPaths(REAL);
const KEYS = [...HOSTILE_KEYS, 'id', 'span', 'quote', 'measureId', 'articleId', 'low', 'high', 'parentId', 'comparableWith'];

describe('validateDataset under fuzzing', () => {
  it('answers every mutated copy of the real dataset with ok or named errors, never an exception', async () => {
    let accepted = 0;
    await fuzz(
      'validateDataset: mutated copies of the real dataset',
      jsonMutations(KEYS),
      (mutations) => {
        const input = applyJsonMutations(REAL, PATHS, mutations) as Record<string, unknown>;
        const result = validateDataset(
          { articles: input.articles, sources: input.sources, measures: input.measures, claims: input.claims },
          TEXTS,
        );
        if (result.ok) {
          accepted++;
          // What it accepts is a dataset by the schema, and validating it again changes nothing.
          expect(datasetSchema.safeParse(result.dataset).success).toBe(true);
          expect(validateDataset(result.dataset, TEXTS).ok).toBe(true);
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) {
            expect(e.file).not.toBe('');
            expect(e.message.trim()).not.toBe('');
          }
        }
      },
      // No edit at all comes first: a valid copy is accepted, however few cases the time budget allows.
      { numRuns: 1_000, examples: [[]] },
    );
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);

  it('answers mutated texts: a moved or cut article text is reported at the claims, never thrown', async () => {
    const files = [...TEXTS.keys()];
    const edit = fc.record({ file: fc.nat(), at: fc.nat(), cut: fc.nat({ max: 200 }), insert: fc.string({ maxLength: 20 }) });
    await fuzz(
      'validateDataset: mutated article texts',
      fc.array(edit, { minLength: 1, maxLength: 3 }),
      (edits) => {
        const texts = new Map(TEXTS);
        for (const e of edits) {
          const file = files[e.file % files.length] ?? '';
          const text = texts.get(file) ?? '';
          const at = e.at % (text.length + 1);
          texts.set(file, text.slice(0, at) + e.insert + text.slice(at + e.cut));
        }
        const result = validateDataset(REAL, texts);
        if (!result.ok) for (const e of result.errors) expect(e.message.trim()).not.toBe('');
      },
      { numRuns: 500 },
    );
  }, 120_000);
});
