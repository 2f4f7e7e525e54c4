import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState } from 'react';
import { BundleRefusedError, readBundleFile } from '../../service/store/import-bundle';
import { isCsvFile, readClaimsCsvFile } from '../../service/store/import-csv';
import { describeMoreCsvErrors, formatCsvError, type CsvError, type CsvTable } from '../../domain/claims-csv/read-table';
import { workspaceQueries } from '../../api/workspace-queries';
import { gradeReferenceErrors, PREVIEW_KINDS, previewImport, type BundleContent, type PreviewKind } from '../../domain/bundle';
import { describeMoreErrors, formatDatasetError, type DatasetError, type MoreErrors } from '../../domain/validate-dataset';
import type { WorkspaceActions } from './use-workspace-actions';
import { CsvImport } from './csv-import';

const KIND_LABELS: Record<PreviewKind, string> = {
  articles: 'Articles',
  sources: 'Sources',
  measures: 'Measures',
  claims: 'Claims',
  texts: 'Article texts',
  sourceGrades: 'Source grades',
  claimGrades: 'Claim grades',
};

type Picked =
  | { state: 'reading'; fileName: string }
  | { state: 'refused'; fileName: string; errors: (DatasetError | CsvError)[]; more?: MoreErrors | undefined; title: string }
  | { state: 'ready'; fileName: string; content: BundleContent }
  | { state: 'csv'; fileName: string; table: CsvTable; pick: number };

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

/** Pick a bundle, see what it would add or change against the open workspace, then import it as a new workspace or merge it. */
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
  const [picked, setPicked] = useState<Picked | null>(null);
  const picks = useRef(0);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const { workspaceId } = actions;
  const current = useQuery({
    ...workspaceQueries.content(workspaceId ?? ''),
    enabled: workspaceId !== null && picked?.state === 'ready',
  });
  const incoming = picked?.state === 'ready' ? picked.content : null;
  const preview = useMemo(
    () =>
      incoming && (workspaceId === null || current.data)
        ? previewImport(workspaceId === null ? null : (current.data ?? null), incoming)
        : null,
    [incoming, workspaceId, current.data],
  );

  const clear = () => {
    setPicked(null);
    if (input.current) input.current.value = '';
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setPicked({ state: 'reading', fileName: file.name });
    if (isCsvFile(file)) {
      const read = await readClaimsCsvFile(file);
      setPicked(
        read.ok
          ? { state: 'csv', fileName: file.name, table: read.table, pick: ++picks.current }
          : { state: 'refused', fileName: file.name, errors: read.errors, more: read.more, title: `“${file.name}” was refused` },
      );
      return;
    }
    const result = await readBundleFile(file);
    if (!result.ok) {
      setPicked({ state: 'refused', fileName: file.name, errors: result.errors, more: result.more, title: `“${file.name}” was refused` });
      return;
    }
    // Grades of records the bundle lacks can only be merged; with no workspace open there is nothing to merge them into.
    const unknown = gradeReferenceErrors(result.content.grades, result.content.dataset, file.name, 'the bundle');
    if (workspaceId === null && unknown.length > 0) {
      setPicked({
        state: 'refused',
        fileName: file.name,
        errors: unknown.errors,
        more: unknown.more(),
        title: `“${file.name}” was refused`,
      });
      return;
    }
    setName(file.name.replace(/(\.corroborate)?\.json(\.gz)?$/i, '') || 'Imported workspace');
    setPicked({ state: 'ready', fileName: file.name, content: result.content });
  };

  const importNew = async (content: BundleContent, fileName: string) => {
    setBusy(true);
    try {
      const row = await actions.importNew.mutateAsync({ name, content, fileName });
      clear();
      onDone(`Imported “${fileName}” as the new workspace “${row.name}”, now open.`);
    } catch (e) {
      if (e instanceof BundleRefusedError) {
        setPicked({ state: 'refused', fileName, title: `“${fileName}” cannot be a workspace on its own`, errors: e.errors, more: e.more });
        return;
      }
      setPicked({
        state: 'refused',
        fileName,
        title: `“${fileName}” could not be saved`,
        errors: [{ file: fileName, recordId: null, field: '', message: String(e instanceof Error ? e.message : e) }],
      });
    } finally {
      setBusy(false);
    }
  };

  const merge = async (content: BundleContent, fileName: string) => {
    if (workspaceId === null) return;
    setBusy(true);
    try {
      const result = await actions.merge.mutateAsync({ id: workspaceId, content, fileName });
      if (!result.ok) {
        setPicked({
          state: 'refused',
          fileName,
          title: `Merging “${fileName}” would break the workspace, so it was not merged`,
          errors: result.errors,
          more: result.more,
        });
        return;
      }
      clear();
      onDone(`Merged “${fileName}” into “${activeName ?? 'the open workspace'}”.`);
    } catch (e) {
      setPicked({
        state: 'refused',
        fileName,
        title: `“${fileName}” could not be merged`,
        errors: [{ file: fileName, recordId: null, field: '', message: String(e instanceof Error ? e.message : e) }],
      });
    } finally {
      setBusy(false);
    }
  };

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
      {picked?.state === 'reading' && (
        <p role="status" className="state state-loading">
          Checking “{picked.fileName}”…
        </p>
      )}
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
      {picked?.state === 'ready' && (
        <section className="import-preview" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`}>“{picked.fileName}” is valid</h3>
          {preview === null ? (
            <p role="status">Comparing with the open workspace…</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption>
                  {workspaceId === null
                    ? 'What it holds (the published dataset is open, so everything counts as new)'
                    : `What it would add or change, compared with “${activeName ?? 'the open workspace'}”`}
                </caption>
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
                      <td className="num">{preview[kind].added}</td>
                      <td className="num">{preview[kind].changed}</td>
                      <td className="num">{preview[kind].unchanged}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void importNew(picked.content, picked.fileName);
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
              <button
                type="button"
                className="secondary"
                disabled={busy || preview === null}
                onClick={() => void merge(picked.content, picked.fileName)}
              >
                Merge into “{activeName ?? 'the open workspace'}”
              </button>
            )}
            <button type="button" className="secondary" onClick={clear}>
              Cancel
            </button>
          </div>
          {workspaceId !== null && <p className="muted">Merging replaces records that have the same id and keeps everything else.</p>}
        </section>
      )}
    </div>
  );
}
