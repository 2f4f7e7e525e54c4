import { useState } from 'react';
import type { Claim, Dataset } from '../../domain/schema';
import { downloadText } from '../download';

/** Downloads the given claims (those the view shows) as a spreadsheet-safe CSV; disabled until there is something to export. */
export function ExportCsvButton({
  claims,
  dataset,
  fileName,
}: {
  claims: readonly Claim[] | undefined;
  dataset: Dataset | undefined;
  fileName: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const ready = claims !== undefined && dataset !== undefined && claims.length > 0;
  const exportCsv = async () => {
    if (!ready) return;
    try {
      // The CSV writer loads on first use, keeping it off the views' first load.
      const { toClaimsCsv } = await import('../../domain/csv');
      downloadText(toClaimsCsv(claims, dataset), fileName, 'text/csv;charset=utf-8');
      setError(null);
    } catch (e) {
      setError(`Could not export the CSV: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={!ready}
        title={ready ? `${claims.length} claim${claims.length === 1 ? '' : 's'}, as shown` : undefined}
        onClick={() => void exportCsv()}
      >
        Export CSV
      </button>
      {error && <span role="alert">{error}</span>}
    </>
  );
}
