import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useWithWorkspace } from '../../api/active-dataset';
import { useStories } from '../../api/stories';
import type { Story } from '../../domain/schema';
import { EmptyState, QueryState } from '../../shared/ui/query-state';

/** The story the route names, once loaded; while loading, on error (with a retry) or for an unknown id, says so instead. */
export function WithStory({ children }: { children: (story: Story) => ReactNode }) {
  const { storyId = '' } = useParams();
  const query = useStories();
  const withWorkspace = useWithWorkspace();
  const story = query.data?.find((s) => s.id === storyId);
  if (story) return children(story);
  return (
    <main id="main" tabIndex={-1} className="presenter-waiting">
      <QueryState query={query} what="the story">
        {() => (
          <EmptyState title="No such story">
            <p>
              The link may be out of date. <Link to={{ pathname: '/classroom', search: withWorkspace() }}>See the stories</Link>.
            </p>
          </EmptyState>
        )}
      </QueryState>
    </main>
  );
}
