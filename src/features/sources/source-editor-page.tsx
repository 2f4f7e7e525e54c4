// The workbench's sources: every source of the open workspace, and a form to record a new one or edit one as it is.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { workspaceQueries } from '../../api/workspace-queries';
import { useWorkspaceId } from '../../api/active-dataset';
import { useCatalogue, useSourceUses } from '../../api/use-dataset-slice';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { NoWorkspace } from '../../shared/ui/form-field';
import { QueryState } from '../../shared/ui/query-state';
import { ShowMore } from '../../shared/ui/show-more';
import { sourceName } from '../../domain/lookups';
import type { Dataset, Source } from '../../domain/schema';
import { draftFromSource, emptySourceDraft, type SourceDraft } from '../../domain/source-draft';
import { SourceDelete } from './source-delete';
import { SourceForm } from './source-form';
import { useSourceDelete, type DeletedSource } from './use-source-delete';
import type { SourceBase } from './use-source-save';
import './sources.css';

function SourceList({ sources, editing, onEdit }: { sources: readonly Source[]; editing: string | null; onEdit: (s: Source) => void }) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const sorted = [...sources].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id, 'en'));
  if (sorted.length === 0) return <p className="muted">No sources yet: add the first one above, or add an article and its claims.</p>;
  return (
    <ShowMore
      items={sorted}
      step={50}
      render={(shown) => (
        <ul className="plain record-list source-list">
          {shown.map((s) => (
            <li key={s.id} className={editing === s.id ? 'is-current' : undefined}>
              <p>
                <strong>{s.name}</strong>{' '}
                <span className="muted">
                  · {s.kind} · tied to: {s.alignment}
                </span>
              </p>
              {s.parentId !== null && <p>Part of: {sourceName(byId, s.parentId)} (their figures count as one voice)</p>}
              {s.aliases.length > 0 && <p className="muted">Also called: {s.aliases.join('; ')}</p>}
              <button type="button" className="secondary" onClick={() => onEdit(s)}>
                Edit<span className="visually-hidden"> {s.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    />
  );
}

/** The delete of a stored source, with what uses it read where the records are held. */
function StoredSourceDelete(props: Omit<Parameters<typeof SourceDelete>[0], 'local'>) {
  const local = useSourceUses(props.source.id);
  return <SourceDelete {...props} local={local} />;
}

interface EditorProps {
  workspaceId: string;
  dataset: Dataset;
  revisions: ReadonlyMap<string, number>;
}

function SourceEditor({ workspaceId, dataset, revisions }: EditorProps) {
  const { sources, articles } = dataset;
  const client = useQueryClient();
  const [form, setForm] = useState<{ key: number; draft: SourceDraft; base: SourceBase } | null>(null);
  const [status, setStatus] = useState<{ message: string; undo: DeletedSource | null }>({ message: '', undo: null });
  const setMessage = (message: string) => setStatus({ message, undo: null });
  const open = (draft: SourceDraft, base: SourceBase) => {
    setForm((prev) => ({ key: (prev?.key ?? 0) + 1, draft, base }));
  };
  const refresh = () => void client.invalidateQueries({ queryKey: workspaceQueries.all });
  const deletion = useSourceDelete(workspaceId, {
    onDeleted: (deleted) => {
      setForm(null);
      setStatus({ message: `Deleted the source “${deleted.source.name}”.`, undo: deleted });
      refresh();
    },
    onMessage: (message) => {
      setMessage(message);
      refresh();
    },
  });
  const { undo } = status;
  return (
    <>
      <div role="status" className="status-line">
        {status.message}{' '}
        {undo && (
          <button type="button" className="secondary" disabled={deletion.isUndoing} onClick={() => deletion.undo(undo)}>
            Undo
          </button>
        )}
      </div>
      <p>
        <button type="button" onClick={() => open(emptySourceDraft(), null)}>
          Add a source
        </button>
      </p>
      {form && (
        <section className="panel source-panel" aria-label="Source form">
          <SourceForm
            key={form.key}
            workspaceId={workspaceId}
            sources={sources}
            articles={articles}
            initial={form.draft}
            base={form.base}
            currentRevision={form.base ? (revisions.get(form.base.source.id) ?? null) : null}
            onCancel={() => setForm(null)}
            onDiscarded={(message) => {
              setForm(null);
              setMessage(message);
              refresh();
            }}
            onSaved={(source, created) => {
              setForm(null);
              setMessage(`${created ? 'Added' : 'Saved'} the source “${source.name}”.`);
              refresh();
            }}
          />
          {form.base && (
            <StoredSourceDelete
              key={`delete-${form.key}`}
              source={form.base.source}
              articles={articles}
              storeUses={deletion.inUseOf(form.base.source.id)}
              busy={deletion.isDeleting}
              onConfirm={() => form.base && deletion.remove(form.base.source, form.base.revision)}
            />
          )}
        </section>
      )}
      <h2>Sources ({sources.length.toLocaleString('en-GB')})</h2>
      <SourceList
        sources={sources}
        editing={form?.draft.id ?? null}
        // A revision missing from the map matches no stored row, so such a save is refused rather than written blind.
        onEdit={(s) => open(draftFromSource(s), { source: s, revision: revisions.get(s.id) ?? 0 })}
      />
    </>
  );
}

/** The open workspace's sources, recorded as they are: who each is, which side it is tied to and which body it speaks for. */
export function SourceEditorPage() {
  const [workspaceId] = useWorkspaceId();
  const { search } = useLocation();
  const { query } = useCatalogue(workspaceId !== null);
  useDocumentTitle('Sources in this workspace');
  if (workspaceId === null) return <NoWorkspace what="Sources are recorded in" />;
  return (
    <>
      <p>
        <Link to={{ pathname: '/workbench', search }}>← Workbench</Link> ·{' '}
        <Link to={{ pathname: '/sources', search }}>How their figures hold up</Link>
      </p>
      <h1>Sources in this workspace</h1>
      <p className="lede">
        Record who each source is. A spokesman tied to his ministry, or a director to his monitor, counts as one voice with it: their
        figures never corroborate each other. The side a source is tied to is shown beside its figures.
      </p>
      <QueryState query={query} what="the workspace">
        {(data) => <SourceEditor workspaceId={workspaceId} dataset={data.records} revisions={data.revisions.sources} />}
      </QueryState>
    </>
  );
}
