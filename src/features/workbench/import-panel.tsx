import { useId, useRef } from 'react';
import { describeMoreCsvErrors, formatCsvError, type CsvError } from '../../domain/claims-csv/read-table';
import { PREVIEW_KINDS, type ImportPreview, type PreviewKind } from '../../domain/bundle';
import { describeMoreErrors, formatDatasetError, type DatasetError } from '../../domain/validate-dataset';
import type { WorkspaceActions } from './use-workspace-actions';
import { CsvImport } from './csv-import';
import { ProgressLine } from '../../shared/ui/progress-line';
import { useBundleImport, type Picked } from './use-bundle-import';

const KIND_LABELS: Record<PreviewKind, string> = {
  articles: 'Articles',
  sources: 'Sources',
  measures: 'Measures',
  claims: 'Claims',
  texts: 'Article texts',
  sourceGrades: 'Source grades',
  claimGrades: 'Claim grades',
};

const formatError = (e: DatasetError | CsvError) => ('row' in e ? formatCsvError(e) : formatDatasetError(e));

function Refusal({ picked }: { picked: Extract<Picked, { state: 'refused' }> }) {
  // Checking stops at the first hundred problems; the count past them is a floor, and says so.
  const { errors, more } = picked;
  const count = errors.length + (more?.atLeast ?? 0);
  return (
    <div role="alert" className="state state-error import-errors">
      <h3>{picked.title}</h3>
      <p>
        {more ? 'At least ' : ''}
        {count.toLocaleString('en-GB')} {count === 1 ? 'problem' : 'problems'}. Nothing was imported; your workspaces are unchanged.
      </p>
      <ul className="error-details">
        {errors.map((e, i) => (
          // The same message can repeat (two texts with one fault), so the index keeps keys unique.
          <li key={`${i}:${formatError(e)}`}>{formatError(e)}</li>
        ))}
      </ul>
      {more && (
        <p>{errors.some((e) => 'row' in e) ? describeMoreCsvErrors(more, errors.length) : describeMoreErrors(more, errors.length)}</p>
      )}
    </div>
  );
}

function PreviewTable({ preview, caption }: { preview: ImportPreview; caption: string }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col">New</th>
            <th scope="col">Changed</th>
            <th scope="col">Unchanged</th>
          </tr>
        </thead>
        <tbody>
          {PREVIEW_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{KIND_LABELS[kind]}</th>
              <td className="num">{preview[kind].added.toLocaleString('en-GB')}</td>
              <td className="num">{preview[kind].changed.toLocaleString('en-GB')}</td>
              <td className="num">{preview[kind].unchanged.toLocaleString('en-GB')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Pick a bundle, see what it would add or change against the open workspace, then import it as a new workspace or merge it.
 * The file is checked and saved by the data service, off the page, with progress and a Stop button while it is checked. */
export function ImportPanel({
  actions,
  activeName,
  onDone,
}: {
  actions: WorkspaceActions;
  /** Name of the open workspace, or null on the published dataset (then there is nothing to merge into). */
  activeName: string | null;
  onDone: (message: string) => void;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const { picked, name, setName, notice, pick, clear, save, workspaceId } = useBundleImport({
    actions,
    activeName,
    onDone,
    onCleared: () => {
      if (input.current) input.current.value = '';
    },
  });
  const checked = picked?.state === 'ready' || picked?.state === 'saving' ? picked : null;
  const busy = picked?.state === 'saving';

  return (
    <div className="import-panel">
      <p>
        A bundle is the file that <strong>Export</strong> writes (.json.gz, compressed; plain .json is read too): the dataset, its article
        texts and your grades. It is checked in full before anything is saved.
      </p>
      <p>
        A claims CSV is a spreadsheet of claims, one per row, saved as .csv: its claims are added to the open workspace once every row
        checks out, and you choose which column fills which field.
      </p>
      <label htmlFor={`${id}-file`}>Bundle file (.json.gz or .json) or claims CSV (.csv)</label>{' '}
      <input
        ref={input}
        id={`${id}-file`}
        type="file"
        accept=".gz,.json,.csv,application/gzip,application/json,text/csv"
        onChange={(e) => void pick(e.target.files?.[0])}
      />
      {notice && (
        <p role="status" className="state">
          {notice}
        </p>
      )}
      {picked?.state === 'checking' && <ProgressLine message={picked.message} onStop={picked.stop} />}
      {picked?.state === 'refused' && <Refusal picked={picked} />}
      {picked?.state === 'csv' && (
        // Keyed by pick, so each file picked starts from its own proposed mapping.
        <CsvImport
          key={picked.pick}
          table={picked.table}
          actions={actions}
          activeName={activeName}
          onCancel={clear}
          onDone={(message) => {
            clear();
            onDone(message);
          }}
        />
      )}
      {checked && (
        <section className="import-preview" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`}>“{checked.fileName}” is valid</h3>
          <PreviewTable
            preview={checked.preview}
            caption={
              workspaceId === null
                ? 'What it holds (the published dataset is open, so everything counts as new)'
                : `What it would add or change, compared with “${activeName ?? 'the open workspace'}”`
            }
          />
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void save('new');
            }}
          >
            <label htmlFor={`${id}-name`}>Name of the new workspace</label>
            <input id={`${id}-name`} value={name} maxLength={200} required onChange={(e) => setName(e.target.value)} />
            <button type="submit" disabled={busy || name.trim() === ''}>
              Import as a new workspace
            </button>
          </form>
          <div className="card-actions">
            {workspaceId !== null && (
              <button type="button" className="secondary" disabled={busy} onClick={() => void save('merge')}>
                Merge into “{activeName ?? 'the open workspace'}”
              </button>
            )}
            <button type="button" className="secondary" disabled={busy} onClick={clear}>
              Cancel
            </button>
          </div>
          {/* A save is one transaction: a Stop undoes it whole, or comes after it has finished. */}
          {picked?.state === 'saving' && <ProgressLine message={picked.message} onStop={picked.stop} />}
          {workspaceId !== null && <p className="muted">Merging replaces records that have the same id and keeps everything else.</p>}
        </section>
      )}
    </div>
  );
}
