import { QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react-router/v7';
import { useRef, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
import { EmbedCompare } from '../../features/embed/embed-compare';
import { fullViewHref } from '../../features/embed/full-view-link';
import { ClaimOpenerContext } from '../../shared/ui/chart-marks/claim-opener';
import { ErrorBoundary } from '../../shared/ui/error-boundary';
import { EmptyState } from '../../shared/ui/query-state';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { createQueryClient } from '../query-client';
import { EmbedCard } from './embed-card';
import { useReportHeight } from './use-report-height';

const queryClient = createQueryClient();

/** A chart mark opens its claim in the full app, in a new tab: the frame stays on the chart. */
function openClaim(claimId: string): void {
  window.open(`${import.meta.env.BASE_URL}claims/${encodeURIComponent(claimId)}${window.location.search}`, '_blank', 'noopener');
}

function Message({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return <EmptyState title={title}>{children}</EmptyState>;
}

/** The embed's routes; a workspace is refused before anything is loaded. */
function EmbedRoutes() {
  const { search, pathname } = useLocation();
  if (new URLSearchParams(search).has('ws')) {
    return (
      <Message title="Workspaces cannot be embedded">
        <p>
          This embed code points to a workspace. Workspaces are private: they exist only in the browser they were made in, so no other site
          can show them. Publish the figures, then copy the embed code from the published comparison.
        </p>
      </Message>
    );
  }
  return (
    <ErrorBoundary what="the embedded comparison" resetKey={pathname}>
      <Routes>
        <Route path="embed/compare/:groupId" element={<EmbedCompare search={search} />} />
        <Route path="embed/card/:groupId" element={<EmbedCard />} />
        <Route
          path="*"
          element={
            <Message title="Embed not found">
              <p>
                This embed address is not one Corroborate knows: copy the embed code again from the comparison.{' '}
                <a href={fullViewHref('', '')} target="_blank" rel="noopener">
                  Open Corroborate
                </a>
                .
              </p>
            </Message>
          }
        />
      </Routes>
    </ErrorBoundary>
  );
}

/** One comparison or card for another site: no header, navigation or filters, and a height that follows the content. */
export function EmbedApp() {
  const basename = import.meta.env.BASE_URL.replace(/\/$/, '');
  const ref = useRef<HTMLElement>(null);
  useReportHeight(ref);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter basename={basename}>
        <NuqsAdapter>
          <ClaimOpenerContext value={openClaim}>
            <main ref={ref} className="embed">
              <EmbedRoutes />
            </main>
          </ClaimOpenerContext>
        </NuqsAdapter>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
