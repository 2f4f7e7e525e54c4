// npm run data:schema: writes data/dataset.schema.json from the zod schema, the single definition of the format.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { datasetSchema, storiesSchema } from '../src/domain/schema';

export const JSON_SCHEMA_PATH = resolve(import.meta.dirname, '..', 'data', 'dataset.schema.json');

/**
 * The JSON Schema of the dataset bundle as file text; input side, so fields with defaults are optional (calendar checks are
 * zod-only). Stories are optional: a bundle without them, and every bundle written before them, is still valid.
 */
export function datasetJsonSchemaText(): string {
  const schema = z.toJSONSchema(datasetSchema.extend({ stories: storiesSchema.optional() }), { io: 'input' });
  // zod's refinement, in JSON Schema's words: an article with no date printed (publishedAt null) must give accessedOn.
  const article = (schema.properties?.articles as { items?: Record<string, unknown> } | undefined)?.items;
  if (article) {
    article.if = { properties: { publishedAt: { type: 'null' } }, required: ['publishedAt'] };
    article.then = { properties: { accessedOn: { type: 'string' }, publishedAtInferred: { const: false } }, required: ['accessedOn'] };
  }
  return `${JSON.stringify({ ...schema, title: 'Corroborate dataset bundle' }, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(JSON_SCHEMA_PATH, datasetJsonSchemaText());
  console.log(`data:schema: wrote ${JSON_SCHEMA_PATH}`);
}
