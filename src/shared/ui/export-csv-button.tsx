import { useState } from 'react';
import type { ComparisonGroup } from '../../domain/analysis-types';
import type { ViewGrades } from '../../domain/exports/view-csv';
import type { DatasetIndex } from '../../domain/lookups';
import { downloadText } from '../download';

/**
 * Downloads the claims a view shows as a spreadsheet-safe CSV (made by `make`, in the page or by the data service); disabled
 * until there is something to export. A failure is said beside the button, which stays there to try again.
 */
export function DownloadCsvButton({ count, make, fileName }: { count: number; make: () => Promise<string>; fileName: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ready = count > 0 && !busy;
  const exportCsv = async () => {
    if (!ready) return;
    setBusy(true);
    try {
      downloadText(await make(), fileName, 'text/csv;charset=utf-8');
      setError(null);
    } catch (e) {
      setError(`Could not export the CSV: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={!ready}
        title={count > 0 ? `${count} claim${count === 1 ? '' : 's'}, as shown` : undefined}
        onClick={() => void exportCsv()}
      >
        Export CSV
      </button>
      {error && <span role="alert">{error}</span>}
    </>
  );
}

/**
 * The CSV of the groups a view holds, made in the page: each claim with its words, bounds, value on its group's footing,
 * status and the analyst's grades.
 */
export function ExportCsvButton({
  groups,
  index,
  grades,
  fileName,
}: {
  /** The groups as the view shows them (its order, its filters). */
  groups: readonly ComparisonGroup[] | undefined;
  index: DatasetIndex | null | undefined;
  grades: ViewGrades;
  fileName: string;
}) {
  const count = index ? (groups?.reduce((n, g) => n + g.entries.length, 0) ?? 0) : 0;
  const make = async () => {
    if (!groups || !index) throw new Error('the view has not loaded yet.');
    // The CSV writer loads on first use, keeping it off the views' first load.
    const { toViewCsv, viewRows } = await import('../../domain/exports/view-csv');
    return toViewCsv(viewRows(groups), index, grades);
  };
  return <DownloadCsvButton count={count} make={make} fileName={fileName} />;
}
