import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { workspaceQueries } from '../../api/workspace-queries';
import { CLAIM_CSV_FIELDS, proposeMapping, type ClaimCsvField, type CsvMapping } from '../../domain/claims-csv/mapping';
import { claimsAsContent, type CsvImportPreview } from '../../domain/claims-csv/preview';
import { describeMoreCsvErrors, formatCsvError, type CsvTable } from '../../domain/claims-csv/read-table';
import { formatDatasetError } from '../../domain/validate-dataset';
import { QueryState } from '../../shared/ui/query-state';
import type { WorkspaceActions } from './use-workspace-actions';

const IGNORE = '';

function ColumnChoices({
  preview,
  mapping,
  onChange,
}: {
  preview: CsvImportPreview;
  mapping: CsvMapping;
  onChange: (index: number, field: ClaimCsvField | null) => void;
}) {
  const id = useId();
  return (
    <ul className="csv-columns">
      {preview.columns.map((c) => (
        <li key={c.index}>
          <label htmlFor={`${id}-${c.index}`}>
            Column “<span className="csv-name">{c.name}</span>”
          </label>
          <select
            id={`${id}-${c.index}`}
            value={mapping[c.index] ?? IGNORE}
            aria-describedby={`${id}-${c.index}-example`}
            onChange={(e) => onChange(c.index, e.target.value === IGNORE ? null : (e.target.value as ClaimCsvField))}
          >
            <option value={IGNORE}>ignore</option>
            {CLAIM_CSV_FIELDS.map((f) => (
              <option key={f.key} value={f.key}>
                {f.label}
              </option>
            ))}
          </select>
          <span id={`${id}-${c.index}-example`} className="muted csv-example">
            {c.example === '' ? 'every cell empty' : `e.g. ${c.example}`}
          </span>
        </li>
      ))}
    </ul>
  );
}

function SampleRows({ preview }: { preview: CsvImportPreview }) {
  if (preview.sample.length === 0 || preview.sample[0]?.cells.length === 0) return null;
  return (
    <>
      <h4>The first rows, as they would be read</h4>
      <div className="csv-sample">
        {preview.sample.map((r) => (
          <div key={r.row} className="csv-sample-card">
            <h5>Row {r.row}</h5>
            <dl>
              {r.cells.map((cell, i) => (
                <div key={i}>
                  <dt>{cell.label}</dt>
                  <dd>{cell.value}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </div>
    </>
  );
}

function Problems({ preview }: { preview: CsvImportPreview }) {
  if (preview.mappingProblems.length === 0 && preview.errors.length === 0) return null;
  return (
    <div className="import-errors">
      <ul className="error-details">
        {preview.mappingProblems.map((p) => (
          <li key={p}>{p}</li>
        ))}
        {preview.errors.map((e, i) => (
          // The same message can repeat on one row, so the index keeps keys unique.
          <li key={`${i}:${formatCsvError(e)}`}>{formatCsvError(e)}</li>
        ))}
      </ul>
      {preview.more && <p>{describeMoreCsvErrors(preview.more, preview.errors.length)}</p>}
    </div>
  );
}

function Preview({
  table,
  preview,
  checking,
  mapping,
  onMapping,
  actions,
  workspaceId,
  activeName,
  onCancel,
  onDone,
}: {
  table: CsvTable;
  preview: CsvImportPreview;
  /** The preview shown is of the previous column choices; the current ones are being checked. */
  checking: boolean;
  mapping: CsvMapping;
  onMapping: (mapping: CsvMapping) => void;
  actions: WorkspaceActions;
  workspaceId: string;
  activeName: string;
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const [failure, setFailure] = useState<string[] | null>(null);
  // Claims checked under earlier column choices are never offered for import.
  const ready = checking ? null : preview.claims;

  const save = async () => {
    if (!ready) return;
    setFailure(null);
    try {
      const result = await actions.mergeRecords.mutateAsync({ id: workspaceId, content: claimsAsContent(ready), fileName: table.fileName });
      if (!result.ok) {
        setFailure(result.errors.map(formatDatasetError));
        return;
      }
      onDone(`Imported ${ready.length === 1 ? '1 claim' : `${ready.length} claims`} from “${table.fileName}” into “${activeName}”.`);
    } catch (e) {
      setFailure([String(e instanceof Error ? e.message : e)]);
    }
  };

  return (
    <>
      <p>{preview.description} Choose which claim field each column fills; the preview and the check follow your choices.</p>
      {/* The verdict comes first, so a phone shows it without scrolling past every column. */}
      <p role="status" className={checking ? 'csv-verdict' : ready ? 'csv-verdict csv-verdict-ok' : 'csv-verdict csv-verdict-bad'}>
        {checking ? 'Checking the rows with these columns…' : preview.summary}
      </p>
      <Problems preview={preview} />
      <ColumnChoices
        preview={preview}
        mapping={mapping}
        onChange={(index, field) => onMapping(mapping.map((f, i) => (i === index ? field : f)))}
      />
      <SampleRows preview={preview} />
      {failure && (
        <div role="alert" className="state state-error import-errors">
          <h4>The claims were not imported; the workspace is unchanged</h4>
          <ul className="error-details">
            {failure.map((f, i) => (
              <li key={`${i}:${f}`}>{f}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="card-actions">
        <button type="button" disabled={!ready || actions.mergeRecords.isPending} onClick={() => void save()}>
          {ready ? `Import ${ready.length === 1 ? '1 claim' : `${ready.length} claims`} into “${activeName}”` : 'Import the claims'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}

/** A picked claims CSV: the mapping from its columns to claim fields, the first rows as read, and an all-or-nothing import. */
export function CsvImport({
  table,
  actions,
  activeName,
  onCancel,
  onDone,
}: {
  table: CsvTable;
  actions: WorkspaceActions;
  activeName: string | null;
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const id = useId();
  const { workspaceId } = actions;
  const [mapping, setMapping] = useState<CsvMapping>(() => proposeMapping(table.headers));
  const current = useQuery({ ...workspaceQueries.csvPreview(workspaceId ?? '', table, mapping), enabled: workspaceId !== null });
  return (
    <section className="import-preview csv-import" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Claims from “{table.fileName}”</h3>
      {workspaceId === null ? (
        <>
          <p role="alert" className="state state-error">
            Claims from a CSV go into a workspace, and the published dataset is open. Open one of your workspaces above (or copy the
            published dataset into a new one), then pick the file again.
          </p>
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        </>
      ) : (
        <QueryState query={current} what="the preview" local>
          {(preview) => (
            <Preview
              table={table}
              preview={preview}
              checking={current.isPlaceholderData}
              mapping={mapping}
              onMapping={setMapping}
              actions={actions}
              workspaceId={workspaceId}
              activeName={activeName ?? 'the open workspace'}
              onCancel={onCancel}
              onDone={onDone}
            />
          )}
        </QueryState>
      )}
    </section>
  );
}
