import { Link } from 'react-router';
import { useStories } from '../../api/stories';
import { EmptyState, QueryState } from '../../shared/ui/query-state';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { CopyButton } from '../../shared/ui/copy-button';

/** The stories for a class, each to present with its sources hidden until the reveal, or shown from the start. */
export function ClassroomPage() {
  const query = useStories();
  useDocumentTitle('Classroom');
  return (
    <>
      <h1>Classroom</h1>
      <p>
        A story walks a class through a case one step at a time. In blind mode the sources are Source A, B… until the class has predicted
        which figure is more plausible and who said which; then each step reveals who said what, the quotes and articles, and why the
        figures may differ.
      </p>
      <QueryState query={query} what="the stories">
        {(stories) =>
          stories.length === 0 ? (
            <EmptyState title="No stories yet" />
          ) : (
            <ul className="plain story-list">
              {stories.map((story) => {
                const root = `/classroom/${encodeURIComponent(story.id)}`;
                const base = `${root}/present`;
                const studentPath = `${root}/student?step=1&reveal=0&blind=true`;
                return (
                  <li key={story.id}>
                    <h2>{story.title}</h2>
                    <p>{story.summary}</p>
                    <p className="muted">{story.steps.length} steps</p>
                    <p className="toolbar">
                      <Link className="button" to={`${base}?step=1&reveal=0&blind=true`}>
                        Present in blind mode
                      </Link>
                      <Link to={`${base}?step=1&reveal=0&blind=false`}>Present with the sources named</Link>
                    </p>
                    <p className="toolbar">
                      <CopyButton
                        label="Copy the student link"
                        className="secondary"
                        text={() => new URL(`${import.meta.env.BASE_URL.replace(/\/$/, '')}${studentPath}`, window.location.origin).href}
                        copied="Student link copied. Each student works through the story at their own pace; their answers stay on their device."
                        fallback="open the student link below and copy its address."
                      />
                      <Link to={studentPath}>Open as a student</Link>
                      <Link to={`${root}/worksheet`}>Worksheet to print</Link>
                      <Link to={`${root}/worksheet?key=true`}>Answer key</Link>
                    </p>
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryState>
    </>
  );
}
