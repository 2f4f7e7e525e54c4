// The Frictionless Data Package v1 profiles (JSON Schema draft-04), vendored so tests can validate offline:
// https://specs.frictionlessdata.io/schemas/tabular-data-package.json, .../data-package.json and .../table-schema.json,
// as shipped in the MIT-licensed npm packages datapackage 1.1.10 and tableschema 1.12.6 (specs.frictionlessdata.io, v1).
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import dataPackage from './data-package.json';
import tableSchema from './table-schema.json';
import tabularDataPackage from './tabular-data-package.json';

export const PROFILES = { dataPackage, tabularDataPackage, tableSchema } as const;

/** Validates `value` against one profile; returns the validator's error messages (empty when valid). */
export function validateAgainst(profile: keyof typeof PROFILES, value: unknown): string[] {
  // The profiles carry editor keywords (propertyOrder, context, examples) that strict mode would refuse.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // "textarea" is an editor hint in the profiles, not a format to check.
  ajv.addFormat('textarea', true);
  const validate = ajv.compile(PROFILES[profile]);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
