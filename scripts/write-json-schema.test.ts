import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchemaText, JSON_SCHEMA_PATH } from './write-json-schema';

describe('data/dataset.schema.json', () => {
  it('equals what the generator writes from the zod schema now (run npm run data:schema)', () => {
    expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(datasetJsonSchemaText());
  });

  it('takes an article with no date printed only with the day it was read', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(datasetJsonSchemaText()) as object);
    const bundle = (article: Record<string, unknown>) => ({
      articles: [{ id: 'a', title: 'T', outlet: 'o', publishedAtEvidence: '', file: 'a.txt', ...article }],
      sources: [],
      measures: [],
      claims: [],
    });
    expect(validate(bundle({ publishedAt: '2016-03-23' }))).toBe(true);
    expect(validate(bundle({ publishedAt: null, accessedOn: '2026-01-05' }))).toBe(true);
    expect(validate(bundle({ publishedAt: null }))).toBe(false);
    expect(validate(bundle({ publishedAt: null, accessedOn: null }))).toBe(false);
    expect(validate(bundle({ publishedAt: null, accessedOn: '2026-01-05', publishedAtInferred: true }))).toBe(false);
  });
});
