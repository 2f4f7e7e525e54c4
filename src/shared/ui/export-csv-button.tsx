import { useState } from 'react';
import type { ComparisonGroup } from '../../domain/analysis-types';
import type { ViewGrades } from '../../domain/exports/view-csv';
import type { DatasetIndex } from '../../domain/lookups';
import { downloadText } from '../download';

/**
 * Downloads the claims a view shows as a spreadsheet-safe CSV: each with its words, bounds, value on its group's footing,
 * status and the analyst's grades; disabled until there is something to export.
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
  const [error, setError] = useState<string | null>(null);
  const count = groups?.reduce((n, g) => n + g.entries.length, 0) ?? 0;
  const ready = groups !== undefined && index != null && count > 0;
  const exportCsv = async () => {
    if (!ready) return;
    try {
      // The CSV writer loads on first use, keeping it off the views' first load.
      const { toViewCsv, viewRows } = await import('../../domain/exports/view-csv');
      downloadText(toViewCsv(viewRows(groups), index, grades), fileName, 'text/csv;charset=utf-8');
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
        title={ready ? `${count} claim${count === 1 ? '' : 's'}, as shown` : undefined}
        onClick={() => void exportCsv()}
      >
        Export CSV
      </button>
      {error && <span role="alert">{error}</span>}
    </>
  );
}
