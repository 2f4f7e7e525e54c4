// Reading a claims CSV the user picked: its size is checked before a byte is read, then bytes → text → header and rows.
import { decodeBundleBytes, MAX_BUNDLE_BYTES } from '../../domain/bundle';
import { readCsvTable, type CsvTableResult } from '../../domain/claims-csv/read-table';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Reads a .csv file into its header and rows, under the bundles' size limit; refusals name the file. */
export async function readClaimsCsvFile(file: File, maxBytes: number = MAX_BUNDLE_BYTES): Promise<CsvTableResult> {
  const refuse = (message: string): CsvTableResult => ({ ok: false, errors: [{ file: file.name, row: null, field: '', message }] });
  if (file.size > maxBytes) return refuse(`the file is ${mb(file.size)}, over the ${mb(maxBytes)} limit`);
  const decoded = decodeBundleBytes(new Uint8Array(await file.arrayBuffer()), file.name, 'a CSV file of claims');
  if (!decoded.ok) return refuse(decoded.errors[0]?.message ?? 'the file could not be read as text');
  return readCsvTable(decoded.text, file.name);
}

/** Whether a picked file is a CSV rather than a bundle: by its name, or by the type the browser gives it. */
export function isCsvFile(file: File): boolean {
  return /\.(csv|tsv)$/i.test(file.name) || file.type === 'text/csv' || file.type === 'text/tab-separated-values';
}
