import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchemaText, JSON_SCHEMA_PATH } from './write-json-schema';

describe('data/dataset.schema.json', () => {
  it('equals what the generator writes from the zod schema now (run npm run data:schema)', () => {
    expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(datasetJsonSchemaText());
  });
});
