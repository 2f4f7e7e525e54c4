// The workbench's sources: every source of the open workspace, and a form to record a new one or edit one as it is.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { workspaceQueries } from '../../api/workspace-queries';
import { useActiveDataset, useWorkspaceId } from '../../api/active-dataset';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { NoWorkspace } from '../../shared/ui/form-field';
import { QueryState } from '../../shared/ui/query-state';
import { ShowMore } from '../../shared/ui/show-more';
import { sourceName } from '../../domain/lookups';
import type { Article, Source } from '../../domain/schema';
import { draftFromSource, emptySourceDraft, type SourceDraft } from '../../domain/source-draft';
import { SourceForm } from './source-form';
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

interface EditorProps {
  workspaceId: string;
  sources: readonly Source[];
  articles: readonly Article[];
  revisions: ReadonlyMap<string, number>;
}

function SourceEditor({ workspaceId, sources, articles, revisions }: EditorProps) {
  const client = useQueryClient();
  const [form, setForm] = useState<{ key: number; draft: SourceDraft; base: SourceBase } | null>(null);
  const [status, setStatus] = useState('');
  const open = (draft: SourceDraft, base: SourceBase) => {
    setForm((prev) => ({ key: (prev?.key ?? 0) + 1, draft, base }));
  };
  const refresh = () => void client.invalidateQueries({ queryKey: workspaceQueries.all });
  return (
    <>
      <div role="status" className="status-line">
        {status}
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
              setStatus(message);
              refresh();
            }}
            onSaved={(source, created) => {
              setForm(null);
              setStatus(`${created ? 'Added' : 'Saved'} the source “${source.name}”.`);
              refresh();
            }}
          />
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
  const query = useActiveDataset();
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
        {(data) => (
          <SourceEditor
            workspaceId={workspaceId}
            sources={data.dataset.sources}
            articles={data.dataset.articles}
            revisions={data.workspace?.revisions.sources ?? new Map()}
          />
        )}
      </QueryState>
    </>
  );
}
