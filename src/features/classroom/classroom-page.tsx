import { Link } from 'react-router';
import { useWithWorkspace, useWorkspaceId } from '../../api/active-dataset';
import { useStories } from '../../api/stories';
import type { Story } from '../../domain/schema';
import { EmptyState, QueryState } from '../../shared/ui/query-state';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { CopyButton } from '../../shared/ui/copy-button';

/** One story of the list: present it, hand it to students, print it, and in a workspace edit it. */
function StoryItem({ story, inWorkspace }: { story: Story; inWorkspace: boolean }) {
  const withWorkspace = useWithWorkspace();
  const root = `/classroom/${encodeURIComponent(story.id)}`;
  const present = `${root}/present`;
  const student = { pathname: `${root}/student`, search: withWorkspace('?step=1&reveal=0&blind=true') };
  return (
    <li>
      <h2>{story.title}</h2>
      <p>{story.summary}</p>
      <p className="muted">{story.steps.length} steps</p>
      <p className="toolbar">
        <Link className="button" to={{ pathname: present, search: withWorkspace('?step=1&reveal=0&blind=true') }}>
          Present in blind mode
        </Link>
        <Link to={{ pathname: present, search: withWorkspace('?step=1&reveal=0&blind=false') }}>Present with the sources named</Link>
        {inWorkspace && <Link to={{ pathname: `${root}/edit`, search: withWorkspace() }}>Edit the story</Link>}
      </p>
      <p className="toolbar">
        {/* A workspace lives in this browser only: a student's device could not open its link. */}
        {!inWorkspace && (
          <CopyButton
            label="Copy the student link"
            className="secondary"
            text={() =>
              new URL(`${import.meta.env.BASE_URL.replace(/\/$/, '')}${student.pathname}${student.search}`, window.location.origin).href
            }
            copied="Student link copied. Each student works through the story at their own pace; their answers stay on their device."
            fallback="open the student link below and copy its address."
          />
        )}
        <Link to={student}>Open as a student</Link>
        <Link to={{ pathname: `${root}/worksheet`, search: withWorkspace() }}>Worksheet to print</Link>
        <Link to={{ pathname: `${root}/worksheet`, search: withWorkspace('?key=true') }}>Answer key</Link>
      </p>
    </li>
  );
}

/** The stories for a class, each to present with its sources hidden until the reveal, or shown from the start. */
export function ClassroomPage() {
  const query = useStories();
  const [workspaceId] = useWorkspaceId();
  const inWorkspace = workspaceId !== null;
  useDocumentTitle('Classroom');
  return (
    <>
      <h1>Classroom</h1>
      <p>
        A story walks a class through a case one step at a time. In blind mode the sources are Source A, B… until the class has predicted
        which figure is more plausible and who said which; then each step reveals who said what, the quotes and articles, and why the
        figures may differ.
      </p>
      <p className="muted">
        {inWorkspace ? (
          <>
            These are the stories of your workspace. To write one, open any view of it (a comparison, the matrix, the timeline) and use “Add
            this view to a story”. Stories go with the workspace when you export it. Student links work only in this browser: to share a
            story, publish the workspace or send its export.
          </>
        ) : (
          <>
            These are the published stories. To write your own or change one, copy the published dataset into a workspace in the{' '}
            <Link to="/workbench">workbench</Link>: its stories come with it.
          </>
        )}
      </p>
      <QueryState query={query} what="the stories" progress={inWorkspace ? null : 'Downloading stories.json…'}>
        {(stories) =>
          stories.length === 0 ? (
            <EmptyState title="No stories yet">
              {inWorkspace && <p>Open a view of this workspace and use “Add this view to a story” to start one.</p>}
            </EmptyState>
          ) : (
            <ul className="plain story-list">
              {stories.map((story) => (
                <StoryItem key={story.id} story={story} inWorkspace={inWorkspace} />
              ))}
            </ul>
          )
        }
      </QueryState>
    </>
  );
}
