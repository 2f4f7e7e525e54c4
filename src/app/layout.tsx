import { useQuery } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { workspaceQueries } from '../api/workspace-queries';
import { CopyLinkButton } from '../shared/ui/copy-link-button';
import { ReloadNotice } from '../shared/ui/reload-notice';
import { useOnDemand } from '../shared/hooks/use-on-demand';
import { CodeBoundary, ErrorBoundary } from '../shared/ui/error-boundary';
import { lazyCode } from '../shared/ui/lazy-code';
import { useWorkspaceId } from '../api/active-dataset';
import { useWorkspaceProblems } from '../api/use-dataset-slice';
import { useLargeType } from '../shared/hooks/type-size';
import { APP_NAME, useCurrentView } from '../shared/hooks/use-document-title';
import { useFirstAnswered } from './after-first-answer';

// The notice loads only when a workspace has damage.
const WorkspaceProblemsNotice = lazyCode(() => import('../shared/ui/workspace-problems-notice').then((m) => m.WorkspaceProblemsNotice));
// The bar draws nothing until its counts arrive, after the view's own answer: its code need not be in the first load.
const loadFilterBar = () => import('../features/filters/filter-bar').then((m) => m.FilterBar);
const loadAddToStory = () => import('./add-to-story-button').then((m) => m.AddToStoryButton);

const NAV = [
  { to: '/', label: 'Where accounts diverge', end: true },
  { to: '/matrix', label: 'Matrix', end: false },
  { to: '/timeline', label: 'Timeline', end: false },
  { to: '/sources', label: 'Sources', end: false },
  { to: '/workbench', label: 'Workbench', end: false },
  { to: '/classroom', label: 'Classroom', end: false },
];

/** Which dataset the views show, and a warning when the browser is not keeping the user's work. */
function DatasetBar({ search, onWorkbench }: { search: string; onWorkbench: boolean }) {
  const [workspaceId] = useWorkspaceId();
  // Both load the workspace store (Dexie, the record schemas and zod: about 60 KB gzip), which the published dataset's
  // first view does not wait for: the bar names a workspace only when one is open, and says whether storage works once
  // the view has come.
  const answered = useFirstAnswered();
  const list = useQuery({ ...workspaceQueries.list(), enabled: workspaceId !== null });
  const storage = useQuery({ ...workspaceQueries.storage(), enabled: workspaceId !== null || answered });
  // Found as a view's records are read; the workbench, which lists workspaces, does not show it.
  const problems = useWorkspaceProblems(workspaceId !== null && !onWorkbench);
  const [exportError, setExportError] = useState<string | null>(null);
  const workspace = workspaceId === null ? null : list.data?.find((w) => w.id === workspaceId);
  const exportActive = async () => {
    if (!workspace) return;
    try {
      // The exporter (bundle format, schema) loads only when someone exports.
      const { downloadWorkspaceBundle } = await import('../shared/download');
      await downloadWorkspaceBundle(workspace.id, workspace.name);
      setExportError(null);
    } catch (e) {
      setExportError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <aside className="dataset-bar" aria-label="Dataset shown">
      <p className="dataset-active">
        {workspaceId === null ? (
          <>Published dataset, read-only</>
        ) : workspace ? (
          <>
            Workspace: <strong>{workspace.name}</strong>
          </>
        ) : list.isPending ? (
          <>Workspace…</>
        ) : (
          <>Workspace not found in this browser</>
        )}{' '}
        · <Link to={{ pathname: '/workbench', search }}>{workspaceId === null ? 'Workspaces' : 'Manage workspaces'}</Link>
      </p>
      {storage.data?.persistent === false && (
        <p className="storage-warning">
          <strong>Your work is not being saved in this browser</strong> (storage is unavailable, perhaps a private window): it lasts until
          this tab closes.{' '}
          {workspace ? (
            <button type="button" onClick={() => void exportActive()}>
              Export
            </button>
          ) : (
            <Link to={{ pathname: '/workbench', search }}>Export</Link>
          )}
          {exportError && <span role="alert"> Could not export: {exportError}</span>}
        </p>
      )}
      {workspaceId !== null && problems.data && problems.data.length > 0 && (
        <CodeBoundary what="the list of this workspace’s damaged records">
          <Suspense fallback={null}>
            <WorkspaceProblemsNotice problems={problems.data} />
          </Suspense>
        </CodeBoundary>
      )}
    </aside>
  );
}

/** "Add this view to a story", in a workspace only: its code loads when a workspace is open. */
function AddToStory({ pathname, search }: { pathname: string; search: string }) {
  const [workspaceId] = useWorkspaceId();
  const button = useOnDemand(loadAddToStory, workspaceId !== null);
  if (workspaceId === null) return null;
  if (button.status === 'failed') return <ReloadNotice what="“Add this view to a story”" />;
  return button.status === 'loaded' ? <button.code pathname={pathname} search={search} /> : null;
}

/** The switch between normal and large type, for rooms where the screen is far away. */
function TypeSizeSwitch() {
  const [large, setLarge] = useLargeType();
  return (
    <button type="button" className="type-size secondary" aria-pressed={large} onClick={() => setLarge(!large)}>
      Large type
    </button>
  );
}

/** On paper only: which view this is and where to find it again. */
function PrintFooter() {
  const view = useCurrentView();
  // Re-rendered on every navigation, so the address is this view's, filters and all.
  useLocation();
  return (
    <p className="print-footer">
      {APP_NAME}
      {view && ` — ${view}`} — {window.location.href}
    </p>
  );
}

/** Header, navigation and filters around every view. */
export function Layout() {
  const { search, pathname } = useLocation();
  // The workbench manages whole workspaces: claim filters mean nothing there.
  const onWorkbench = pathname.startsWith('/workbench');
  // Stories show the published dataset with their own filters: the bar would change nothing there.
  const showFilters = !onWorkbench && !pathname.startsWith('/classroom');
  const filterBar = useOnDemand(loadFilterBar, showFilters);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="brand">
          <NavLink to={{ pathname: '/', search }} className="brand-name">
            Corroborate
          </NavLink>
          <span className="brand-tagline">Conflicting figures from the news, side by side</span>
        </div>
        <nav aria-label="Views">
          <ul className="nav-list">
            {NAV.map((item) => (
              <li key={item.to}>
                {/* Links keep the filters, so switching view keeps the selection. */}
                <NavLink to={{ pathname: item.to, search }} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <CopyLinkButton />
          <AddToStory pathname={pathname} search={search} />
          <TypeSizeSwitch />
        </div>
      </header>
      <DatasetBar search={search} onWorkbench={onWorkbench} />
      {showFilters && (
        <ErrorBoundary what="the filters">
          {filterBar.status === 'loaded' && <filterBar.code />}
          {filterBar.status === 'failed' && (
            <section className="filter-bar" aria-label="Filters">
              <ReloadNotice what="The filters" />
            </section>
          )}
        </ErrorBoundary>
      )}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Figures are quoted verbatim from the articles; readings of vague words are marked as interpretations. Dates marked “inferred” are
          not printed in the article.
        </p>
        <PrintFooter />
      </footer>
    </>
  );
}
