import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { WorkspaceOrigin, WorkspaceRow } from '../../service/store/workspace-db';
import { downloadWorkspaceBundle } from '../../shared/download';
import type { WorkspaceActions } from './use-workspace-actions';

const ORIGIN_TEXT: Record<WorkspaceOrigin, string> = {
  published: 'Copy of the published dataset',
  empty: 'Started empty',
  import: 'Imported from a file',
};

const RESET_TEXT: Record<WorkspaceOrigin, string> = {
  published: 'a fresh copy of the published dataset',
  empty: 'an empty workspace',
  import: '',
};

type Mode = 'idle' | 'rename' | 'confirm-reset' | 'confirm-delete';

function formatWhen(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** One workspace with its actions; reset and delete ask to be confirmed first. */
export function WorkspaceCard({
  row,
  active,
  actions,
  onDone,
}: {
  row: WorkspaceRow;
  active: boolean;
  actions: WorkspaceActions;
  /** Reports the outcome of an action, for the page's status line. */
  onDone: (message: string) => void;
}) {
  const id = useId();
  const [mode, setMode] = useState<Mode>('idle');
  const [name, setName] = useState(row.name);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = `${id}-name`;

  const run = async (work: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      setMode('idle');
      onDone(message);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const hidden = <span className="visually-hidden"> {row.name}</span>;

  return (
    <li className={`card workspace-card${active ? ' is-active' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {row.name} {active && <span className="badge badge-open">open</span>}
      </h3>
      <p className="muted">
        {ORIGIN_TEXT[row.origin]} · changed {formatWhen(row.updatedAt)}
      </p>

      {mode === 'rename' ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => actions.rename.mutateAsync({ id: row.id, name }), `Renamed “${row.name}” to “${name.trim()}”.`);
          }}
        >
          <label htmlFor={`${id}-rename`}>New name</label>
          <input id={`${id}-rename`} value={name} maxLength={200} required onChange={(e) => setName(e.target.value)} />
          <button type="submit" disabled={busy || name.trim() === ''}>
            Save name
          </button>
          <button type="button" className="secondary" onClick={() => setMode('idle')}>
            Cancel
          </button>
        </form>
      ) : mode === 'confirm-delete' || mode === 'confirm-reset' ? (
        <div
          className="confirm"
          role="group"
          aria-label={mode === 'confirm-delete' ? `Confirm deleting ${row.name}` : `Confirm resetting ${row.name}`}
        >
          <p>
            {mode === 'confirm-delete'
              ? `Delete “${row.name}” and everything in it, grades included? This cannot be undone.`
              : `Reset “${row.name}” to ${RESET_TEXT[row.origin]}? Its edits, grades and stories will be lost.`}
          </p>
          {mode === 'confirm-delete' ? (
            <button
              type="button"
              className="danger"
              disabled={busy}
              onClick={() => void run(() => actions.remove.mutateAsync(row.id), `Deleted “${row.name}”.`)}
            >
              Yes, delete it
            </button>
          ) : (
            <button
              type="button"
              className="danger"
              disabled={busy}
              onClick={() => void run(() => actions.reset.mutateAsync(row), `Reset “${row.name}”.`)}
            >
              Yes, reset it
            </button>
          )}
          <button type="button" className="secondary" onClick={() => setMode('idle')}>
            Cancel
          </button>
        </div>
      ) : (
        <div className="card-actions">
          <button type="button" disabled={active} onClick={() => void actions.open(row.id)}>
            {active ? 'Open now' : 'Open'}
            {hidden}
          </button>
          <Link className="button secondary" to={{ pathname: '/workbench/sources', search: `?ws=${encodeURIComponent(row.id)}` }}>
            Sources{hidden}
          </Link>
          <Link className="button secondary" to={{ pathname: '/workbench/measures', search: `?ws=${encodeURIComponent(row.id)}` }}>
            Measures{hidden}
          </Link>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setName(row.name);
              setMode('rename');
            }}
          >
            Rename{hidden}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void run(() => actions.duplicate.mutateAsync(row.id), `Duplicated “${row.name}”.`)}
          >
            Duplicate{hidden}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void run(() => downloadWorkspaceBundle(row.id, row.name), `Exported “${row.name}”.`)}
          >
            Export{hidden}
          </button>
          {row.origin !== 'import' && (
            <button type="button" className="secondary" onClick={() => setMode('confirm-reset')}>
              Reset{hidden}
            </button>
          )}
          <button type="button" className="secondary danger-text" onClick={() => setMode('confirm-delete')}>
            Delete{hidden}
          </button>
        </div>
      )}
      {error && <p role="alert">{error}</p>}
    </li>
  );
}
