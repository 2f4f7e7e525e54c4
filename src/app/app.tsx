import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react-router/v7';
import { Suspense, useEffect } from 'react';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
import { RouterClaimOpener } from '../shared/ui/chart-marks/claim-opener';
import { DivergencePage } from '../features/divergence/divergence-page';
import { ErrorBoundary } from '../shared/ui/error-boundary';
import { lazyCode } from '../shared/ui/lazy-code';
import { useDocumentTitle } from '../shared/hooks/use-document-title';
import { Layout } from './layout';
import { createQueryClient } from './query-client';
import { afterFirstAnswer, registerOfflineCopy } from './after-first-answer';

export { createQueryClient, shouldRetry } from './query-client';

// Views with charts or long tables load on demand, off the first load.
const ComparePage = lazyCode(() => import('../features/compare/compare-page').then((m) => m.ComparePage));
const MatrixPage = lazyCode(() => import('../features/matrix/matrix-page').then((m) => m.MatrixPage));
const TimelinePage = lazyCode(() => import('../features/timeline/timeline-page').then((m) => m.TimelinePage));
const SourcesPage = lazyCode(() => import('../features/sources/sources-page').then((m) => m.SourcesPage));
const ClaimPage = lazyCode(() => import('../features/provenance/claim-page').then((m) => m.ClaimPage));
const WorkbenchPage = lazyCode(() => import('../features/workbench/workbench-page').then((m) => m.WorkbenchPage));
const AddArticlePage = lazyCode(() => import('../features/articles/article-new-page').then((m) => m.AddArticlePage));
const SourceEditorPage = lazyCode(() => import('../features/sources/source-editor-page').then((m) => m.SourceEditorPage));
const MeasureEditorPage = lazyCode(() => import('../features/measures/measure-editor-page').then((m) => m.MeasureEditorPage));
const ArticlePage = lazyCode(() => import('../features/articles/article-page').then((m) => m.ArticlePage));
const ClassroomPage = lazyCode(() => import('../features/classroom/classroom-page').then((m) => m.ClassroomPage));
const PresentPage = lazyCode(() => import('../features/classroom/present-page').then((m) => m.PresentPage));
const StudentPage = lazyCode(() => import('../features/classroom/student-page').then((m) => m.StudentPage));
const WorksheetPage = lazyCode(() => import('../features/classroom/worksheet-page').then((m) => m.WorksheetPage));
const StoryEditorPage = lazyCode(() => import('../features/classroom/story-editor-page').then((m) => m.StoryEditorPage));
const NotesPage = lazyCode(() => import('../features/classroom/notes-page').then((m) => m.NotesPage));

const queryClient = createQueryClient();

function View({ what, children }: { what: string; children: React.ReactNode }) {
  // Every route renders its View in the same place, so React keeps one boundary for all: the path resets it.
  const { pathname } = useLocation();
  return (
    <ErrorBoundary what={what} resetKey={pathname}>
      <Suspense
        fallback={
          <p role="status" className="state state-loading">
            Loading {what}…
          </p>
        }
      >
        {children}
      </Suspense>
    </ErrorBoundary>
  );
}

function NotFound() {
  useDocumentTitle('Page not found');
  return (
    <div className="state state-empty">
      <h1>Page not found</h1>
      <p>
        <a href={import.meta.env.BASE_URL}>Back to where accounts diverge</a>
      </p>
    </div>
  );
}

/** Routes; the only place where features meet. */
export function AppRoutes() {
  return (
    <Routes>
      {/* Presenting takes the whole screen: no header, navigation or filters. */}
      <Route
        path="classroom/:storyId/present"
        element={
          <View what="the presentation">
            <PresentPage />
          </View>
        }
      />
      <Route
        path="classroom/:storyId/notes"
        element={
          <View what="the presenter view">
            <NotesPage />
          </View>
        }
      />
      {/* A student's own walk through a story, and the handout: the story alone, no app around it. */}
      <Route
        path="classroom/:storyId/student"
        element={
          <View what="the story">
            <StudentPage />
          </View>
        }
      />
      <Route
        path="classroom/:storyId/worksheet"
        element={
          <View what="the worksheet">
            <WorksheetPage />
          </View>
        }
      />
      <Route element={<Layout />}>
        <Route
          index
          element={
            <View what="the divergence overview">
              <DivergencePage />
            </View>
          }
        />
        <Route
          path="compare/:groupId"
          element={
            <View what="the comparison">
              <ComparePage />
            </View>
          }
        />
        <Route
          path="matrix"
          element={
            <View what="the matrix">
              <MatrixPage />
            </View>
          }
        />
        <Route
          path="timeline"
          element={
            <View what="the timeline">
              <TimelinePage />
            </View>
          }
        />
        <Route
          path="sources"
          element={
            <View what="the sources">
              <SourcesPage />
            </View>
          }
        />
        <Route
          path="claims/:claimId"
          element={
            <View what="the claim">
              <ClaimPage />
            </View>
          }
        />
        <Route
          path="workbench/articles/new"
          element={
            <View what="the article form">
              <AddArticlePage />
            </View>
          }
        />
        <Route
          path="workbench/articles/:articleId"
          element={
            <View what="the article">
              <ArticlePage />
            </View>
          }
        />
        <Route
          path="workbench/sources"
          element={
            <View what="the workspace’s sources">
              <SourceEditorPage />
            </View>
          }
        />
        <Route
          path="workbench/measures"
          element={
            <View what="the workspace’s measures">
              <MeasureEditorPage />
            </View>
          }
        />
        <Route
          path="workbench"
          element={
            <View what="the workbench">
              <WorkbenchPage />
            </View>
          }
        />
        <Route
          path="classroom"
          element={
            <View what="the classroom">
              <ClassroomPage />
            </View>
          }
        />
        <Route
          path="classroom/:storyId/edit"
          element={
            <View what="the story editor">
              <StoryEditorPage />
            </View>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

/** Refetches workspace data whenever IndexedDB changes, in this tab or another, so no tab shows stale work. */
function WorkspaceSync({ client }: { client: QueryClient }) {
  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let cancelled = false;
    // The store's code loads once the first view has its answer: it is not needed to show the published dataset.
    const stop = afterFirstAnswer(client, () => {
      void import('../api/workspace-sync').then(({ syncWorkspaces }) => {
        if (!cancelled) unsubscribe = syncWorkspaces(client);
      });
    });
    return () => {
      cancelled = true;
      stop();
      unsubscribe?.();
    };
  }, [client]);
  return null;
}

/** The app with its providers; the base path comes from the build. */
export function App() {
  const basename = import.meta.env.BASE_URL.replace(/\/$/, '');
  // Only a build has a service worker to register (vite-plugin-pwa writes sw.js).
  useEffect(() => (import.meta.env.PROD ? afterFirstAnswer(queryClient, registerOfflineCopy) : undefined), []);
  return (
    <QueryClientProvider client={queryClient}>
      <WorkspaceSync client={queryClient} />
      <BrowserRouter basename={basename}>
        {/* Not shallow: react-router must see each URL change, so links that carry the search string stay current. */}
        <NuqsAdapter defaultOptions={{ shallow: false }}>
          <RouterClaimOpener>
            <AppRoutes />
          </RouterClaimOpener>
        </NuqsAdapter>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
