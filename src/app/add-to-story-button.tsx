import { Suspense, useState } from 'react';
import { useWorkspaceId } from '../api/active-dataset';
import { stepViewOf } from '../domain/step-route';
import { useCurrentView } from '../shared/hooks/use-document-title';
import { CodeBoundary } from '../shared/ui/error-boundary';
import { lazyCode } from '../shared/ui/lazy-code';

// The story form loads when an author opens it, never with the first view.
const AddStepDialog = lazyCode(() => import('../features/classroom/add-step-dialog').then((m) => m.AddStepDialog));

/** In a workspace, on a view a story can show: adds the view as it stands (filters, grouping) as a step of a story. */
export function AddToStoryButton({ pathname, search }: { pathname: string; search: string }) {
  const [workspaceId] = useWorkspaceId();
  const viewName = useCurrentView();
  const [open, setOpen] = useState(false);
  const view = stepViewOf(pathname, search);
  if (workspaceId === null || !view) return null;
  return (
    <>
      <button type="button" className="secondary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Add this view to a story
      </button>
      {open && (
        <CodeBoundary what="the story form">
          <Suspense fallback={null}>
            <AddStepDialog view={view} viewName={viewName || pathname} onClose={() => setOpen(false)} />
          </Suspense>
        </CodeBoundary>
      )}
    </>
  );
}
