// The build's record of the dataset files it checked: each file's SHA-256, written beside the files as checked.json. A
// file that arrives with the same hash is the one the build validated, so the app need not validate it again.
import { z } from './zod';

export { CHECKED_FILE } from './checked-files-name';

export const checkedFilesSchema = z.object({
  format: z.literal(1),
  /** "claims.json" → its SHA-256, lowercase hex, of the bytes as published. */
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});

export type CheckedFiles = z.infer<typeof checkedFilesSchema>;

/**
 * Whether a file's bytes are the ones the build checked: its name is in the record and the hashes are equal.
 * @example isChecked({ format: 1, files: { 'claims.json': 'ab…' } }, 'claims.json', 'ab…') // true
 */
export function isChecked(record: CheckedFiles | null, file: string, sha256: string): boolean {
  return record !== null && Object.hasOwn(record.files, file) && record.files[file] === sha256;
}
