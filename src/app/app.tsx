import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react-router/v7';
import { lazy, Suspense, useEffect } from 'react';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
import { RouterClaimOpener } from '../shared/ui/chart-marks/claim-opener';
import { DivergencePage } from '../features/divergence/divergence-page';
import { ErrorBoundary } from '../shared/ui/error-boundary';
import { useDocumentTitle } from '../shared/hooks/use-document-title';
import { Layout } from './layout';
import { createQueryClient } from './query-client';
import { afterFirstAnswer, registerOfflineCopy } from './after-first-answer';

export { createQueryClient, shouldRetry } from './query-client';

// Views with charts or long tables load on demand, off the first load.
const ComparePage = lazy(() => import('../features/compare/compare-page').then((m) => ({ default: m.ComparePage })));
const MatrixPage = lazy(() => import('../features/matrix/matrix-page').then((m) => ({ default: m.MatrixPage })));
const TimelinePage = lazy(() => import('../features/timeline/timeline-page').then((m) => ({ default: m.TimelinePage })));
const SourcesPage = lazy(() => import('../features/sources/sources-page').then((m) => ({ default: m.SourcesPage })));
const ClaimPage = lazy(() => import('../features/provenance/claim-page').then((m) => ({ default: m.ClaimPage })));
const WorkbenchPage = lazy(() => import('../features/workbench/workbench-page').then((m) => ({ default: m.WorkbenchPage })));
const AddArticlePage = lazy(() => import('../features/articles/article-new-page').then((m) => ({ default: m.AddArticlePage })));
const SourceEditorPage = lazy(() => import('../features/sources/source-editor-page').then((m) => ({ default: m.SourceEditorPage })));
const MeasureEditorPage = lazy(() => import('../features/measures/measure-editor-page').then((m) => ({ default: m.MeasureEditorPage })));
const ArticlePage = lazy(() => import('../features/articles/article-page').then((m) => ({ default: m.ArticlePage })));
const ClassroomPage = lazy(() => import('../features/classroom/classroom-page').then((m) => ({ default: m.ClassroomPage })));
const PresentPage = lazy(() => import('../features/classroom/present-page').then((m) => ({ default: m.PresentPage })));
const StudentPage = lazy(() => import('../features/classroom/student-page').then((m) => ({ default: m.StudentPage })));
const WorksheetPage = lazy(() => import('../features/classroom/worksheet-page').then((m) => ({ default: m.WorksheetPage })));
const StoryEditorPage = lazy(() => import('../features/classroom/story-editor-page').then((m) => ({ default: m.StoryEditorPage })));
const NotesPage = lazy(() => import('../features/classroom/notes-page').then((m) => ({ default: m.NotesPage })));

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
