import { useQuery } from '@tanstack/react-query';
import { articleDateText } from '../../domain/article-date';
import { useArticleClaimCounts, useArticleList } from '../../api/use-dataset-slice';
import type { QueryLike } from '../../api/query-like';
import { useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { workspaceQueries } from '../../api/workspace-queries';
import { EmptyState, QueryState } from '../../shared/ui/query-state';
import { ShowMore } from '../../shared/ui/show-more';
import { ProgressLine } from '../../shared/ui/progress-line';
import { isStopped } from '../../service/jobs';
import { downloadWorkspaceBundle } from '../../shared/download';
import { PUBLISHED_COPY_NAME } from '../../api/published-copy';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { ImportPanel } from './import-panel';
import { PublishPanel } from './publish-panel';
import { useWorkspaceActions } from './use-workspace-actions';
import { WorkspaceCard } from './workspace-card';
import { newWorkspaceName } from './workspace-name';

function NewWorkspace({ actions, onDone }: { actions: ReturnType<typeof useWorkspaceActions>; onDone: (message: string) => void }) {
  const id = useId();
  const [name, setName] = useState(PUBLISHED_COPY_NAME);
  // A copy under way: what it is doing, and how to stop it. The copy's own answer says whether it stopped in time.
  const [copy, setCopy] = useState<{ message: string; stop: (() => void) | null } | null>(null);
  const [stopped, setStopped] = useState(false);
  const create = (from: 'published' | 'empty') => {
    setStopped(false);
    const job = actions.startJob('copy', (message, stop) => setCopy({ message, stop }));
    if (from === 'published') job.onProgress({ stage: 'download', message: 'Copying the published dataset…' });
    actions.create.mutate(
      { name: newWorkspaceName(name, from), from, ...job },
      {
        onSuccess: (row) => onDone(`Created “${row.name}”${from === 'published' ? ' from the published dataset' : ''}; it is now open.`),
        onError: (error) => setStopped(isStopped(error)),
        onSettled: () => setCopy(null),
      },
    );
  };
  const aborted = isStopped(actions.create.error);
  return (
    <form className="new-workspace" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={`${id}-name`}>Name</label>
      <input id={`${id}-name`} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      <div className="card-actions">
        <button type="button" disabled={actions.create.isPending} onClick={() => create('published')}>
          {actions.create.isPending ? 'Creating…' : 'Copy the published dataset'}
        </button>
        <button type="button" className="secondary" disabled={actions.create.isPending} onClick={() => create('empty')}>
          Start empty
        </button>
      </div>
      {copy && <ProgressLine message={copy.message} onStop={copy.stop} />}
      {stopped && !copy && (
        <p role="status" className="state">
          Stopped copying the published dataset. No workspace was made.
        </p>
      )}
      {actions.create.isError && !aborted && (
        <p role="alert">
          Could not create the workspace:{' '}
          {actions.create.error instanceof Error ? actions.create.error.message : String(actions.create.error)}
        </p>
      )}
    </form>
  );
}

/** An article's number of claims as listed, or what stands in while they are counted. */
function claimCountText(counts: QueryLike<Map<string, number>>, articleId: string): string {
  if (counts.data) {
    const n = counts.data.get(articleId) ?? 0;
    return `${n.toLocaleString('en-GB')} ${n === 1 ? 'claim' : 'claims'}`;
  }
  return counts.isError ? 'claims not counted' : 'counting claims…';
}

/** The open workspace's articles, with the way in to add one and to make claims from each. */
function WorkspaceArticles() {
  // The list and the counts are made where the records are held: the page never reads every claim to count them. The
  // list comes first: counting reads every claim (seconds at 200,000).
  const { query: content } = useArticleList();
  const counts = useArticleClaimCounts();
  const { search } = useLocation();
  const articles = content.data?.articles ?? [];
  return (
    <section aria-labelledby="workbench-articles">
      <h2 id="workbench-articles">Articles in this workspace</h2>
      <p>
        <Link className="button" to={{ pathname: '/workbench/articles/new', search }}>
          Add an article
        </Link>
      </p>
      {counts.isError && (
        <p role="alert">
          Could not count each article’s claims.{' '}
          <button type="button" onClick={() => void counts.refetch()}>
            Retry
          </button>
        </p>
      )}
      <QueryState query={content} what="the workspace’s articles" local>
        {() =>
          articles.length === 0 ? (
            <p>No articles yet. Add one to find its figures and turn them into claims.</p>
          ) : (
            <ShowMore
              items={articles}
              step={25}
              render={(shown) => (
                <ul>
                  {shown.map((a) => (
                    <li key={a.id}>
                      <Link to={{ pathname: `/workbench/articles/${encodeURIComponent(a.id)}`, search }}>{a.title}</Link>{' '}
                      <span className="muted">
                        {articleDateText(a)} · {claimCountText(counts, a.id)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            />
          )
        }
      </QueryState>
    </section>
  );
}

/** Workspaces: the user's own editable copies of the dataset, with import and export. The published dataset stays read-only. */
export function WorkbenchPage() {
  useDocumentTitle('Workbench');
  const actions = useWorkspaceActions();
  const list = useQuery(workspaceQueries.list());
  const [message, setMessage] = useState('');
  const [exportError, setExportError] = useState<string | null>(null);
  const active = list.data?.find((w) => w.id === actions.workspaceId) ?? null;

  const exportActive = async () => {
    if (!active) return;
    try {
      await downloadWorkspaceBundle(active.id, active.name);
      setExportError(null);
      setMessage(`Exported “${active.name}”.`);
    } catch (e) {
      setExportError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <>
      <h1>Workbench</h1>
      <p className="lede">
        Workspaces are your own copies of the dataset, kept in this browser: grade sources and claims, import and export. The published
        dataset stays as it is, read-only.
      </p>
      <p className="workbench-status" aria-live="polite">
        {message}
      </p>

      <section aria-labelledby="workbench-open">
        <h2 id="workbench-open">Open now</h2>
        {actions.workspaceId === null ? (
          <p>The published dataset (read-only). Open or create a workspace to grade and edit.</p>
        ) : active ? (
          <div className="card-actions">
            <p>
              Workspace <strong>{active.name}</strong>.
            </p>
            <button type="button" onClick={() => void exportActive()}>
              Export this workspace
            </button>
            <button type="button" className="secondary" onClick={() => void actions.open(null)}>
              Back to the published dataset
            </button>
          </div>
        ) : list.isPending ? null : (
          <p role="alert">
            The workspace in the link does not exist in this browser (it may have been deleted).{' '}
            <button type="button" className="link-button" onClick={() => void actions.open(null)}>
              Show the published dataset
            </button>
          </p>
        )}
        {exportError && <p role="alert">Could not export: {exportError}</p>}
        {active && <PublishPanel workspaceId={active.id} name={active.name} />}
      </section>

      {active && <WorkspaceArticles />}

      <section aria-labelledby="workbench-new">
        <h2 id="workbench-new">New workspace</h2>
        <NewWorkspace actions={actions} onDone={setMessage} />
      </section>

      <section aria-labelledby="workbench-list">
        <h2 id="workbench-list">Your workspaces</h2>
        <QueryState query={list} what="your workspaces" local>
          {(rows) =>
            rows.length === 0 ? (
              <EmptyState title="No workspace yet">
                <p>Copy the published dataset or start an empty one above, or import a bundle below.</p>
              </EmptyState>
            ) : (
              <ul className="card-list">
                {rows.map((row) => (
                  <WorkspaceCard key={row.id} row={row} active={row.id === actions.workspaceId} actions={actions} onDone={setMessage} />
                ))}
              </ul>
            )
          }
        </QueryState>
      </section>

      <section aria-labelledby="workbench-import" id="import">
        <h2 id="workbench-import">Import a bundle or a claims CSV</h2>
        <ImportPanel actions={actions} activeName={active?.name ?? null} onDone={setMessage} />
      </section>
    </>
  );
}
