import { useState, type SyntheticEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useWithWorkspace } from '../../api/active-dataset';
import { useStoryWrites, useWorkspaceStories } from '../../api/stories';
import { useStoryCheck } from '../../api/use-dataset-slice';
import type { Story } from '../../domain/schema';
import { conflictMessage, issueLine } from '../../domain/story-authoring';
import type { StoredStory } from '../../service/store/workspace-stories';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { EmptyState, QueryState } from '../../shared/ui/query-state';
import { StoryStepList } from './story-step-list';
import './classroom.css';

/** What the last save said: saved, or refused with the reasons. */
type Outcome = { kind: 'saved'; text: string } | { kind: 'refused'; lines: string[] } | null;

function TitleForm({ story, saving, onSave }: { story: Story; saving: boolean; onSave: (story: Story) => void }) {
  const [title, setTitle] = useState(story.title);
  const [summary, setSummary] = useState(story.summary);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    onSave({ ...story, title: title.trim(), summary: summary.trim() });
  };
  return (
    <form className="story-title-form" onSubmit={submit} aria-label="Title and summary">
      <div className="field">
        <label htmlFor="story-title">Title</label>
        <input type="text" id="story-title" required value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="story-summary">Summary, shown in the classroom’s list</label>
        <textarea id="story-summary" rows={2} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </div>
      <button type="submit" disabled={saving}>
        Save the title and summary
      </button>
    </form>
  );
}

function Editor({ stored, workspaceId }: { stored: StoredStory; workspaceId: string }) {
  const { story, revision } = stored;
  const writes = useStoryWrites(workspaceId);
  const check = useStoryCheck();
  const withWorkspace = useWithWorkspace();
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleted, setDeleted] = useState(false);
  useDocumentTitle(`Edit the story — ${story.title}`);

  /** Checks the changed story as data:check would, then saves it against the revision shown; true when saved. */
  const save = async (next: Story, what: string): Promise<boolean> => {
    setSaving(true);
    try {
      const issues = await check(next);
      if (issues.length > 0) {
        setOutcome({ kind: 'refused', lines: issues.map(issueLine) });
        return false;
      }
      const result = await writes.save(next, revision);
      setOutcome(result.ok ? { kind: 'saved', text: what } : { kind: 'refused', lines: [conflictMessage(result.conflict)] });
      return result.ok;
    } catch (error) {
      setOutcome({ kind: 'refused', lines: [`Not saved: ${error instanceof Error ? error.message : String(error)}`] });
      return false;
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    const result = await writes.remove(story.id, revision);
    if (result.ok) setDeleted(true);
    else setOutcome({ kind: 'refused', lines: [conflictMessage(result.conflict)] });
  };

  const classroom = { pathname: '/classroom', search: withWorkspace() };
  if (deleted) {
    return (
      <p role="status">
        The story “{story.title}” was deleted. <Link to={classroom}>Back to the classroom</Link>
      </p>
    );
  }
  const root = `/classroom/${encodeURIComponent(story.id)}`;
  return (
    <>
      <h1>Edit the story: {story.title}</h1>
      <p>
        Each change is saved in this workspace when you make it, and goes with the workspace when you export it. To add a step, open any
        view of this workspace and use “Add this view to a story”.
      </p>
      <p className="toolbar">
        <Link className="button" to={{ pathname: `${root}/present`, search: withWorkspace('?step=1&reveal=0&blind=true') }}>
          Present in blind mode
        </Link>
        <Link to={{ pathname: `${root}/worksheet`, search: withWorkspace() }}>Worksheet</Link>
        <Link to={classroom}>Back to the classroom</Link>
      </p>
      <div aria-live="polite" className="story-editor-outcome">
        {outcome?.kind === 'saved' && <p className="state-ok">{outcome.text}</p>}
      </div>
      {outcome?.kind === 'refused' && (
        <div role="alert" className="form-errors">
          <p>Not saved:</p>
          <ul>
            {outcome.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <TitleForm key={revision} story={story} saving={saving} onSave={(next) => void save(next, 'Title and summary saved.')} />
      <StoryStepList story={story} revision={revision} saving={saving} save={save} />
      <section aria-labelledby="delete-story" className="danger-zone">
        <h2 id="delete-story">Delete the story</h2>
        {confirmDelete ? (
          <p className="toolbar">
            <span>
              Delete “{story.title}” and its {story.steps.length} steps from this workspace?
            </span>
            <button type="button" className="danger" onClick={() => void remove()}>
              Delete it
            </button>
            <button type="button" className="secondary" onClick={() => setConfirmDelete(false)}>
              Keep it
            </button>
          </p>
        ) : (
          <button type="button" className="secondary" onClick={() => setConfirmDelete(true)}>
            Delete this story…
          </button>
        )}
      </section>
    </>
  );
}

function NoWorkspace() {
  useDocumentTitle('Stories are edited in a workspace');
  return (
    <EmptyState title="Stories are edited in a workspace">
      <p>
        The published stories are read-only. Copy the published dataset into a workspace in the <Link to="/workbench">workbench</Link>: its
        stories come with it, ready to change.
      </p>
    </EmptyState>
  );
}

/** A workspace's story, edited: title and summary, and its steps reordered, edited, previewed and deleted. */
export function StoryEditorPage() {
  const { storyId = '' } = useParams();
  const { query, workspaceId } = useWorkspaceStories();
  const withWorkspace = useWithWorkspace();
  const found = query.data?.stories.find((s) => s.story.id === storyId);
  if (workspaceId === null) return <NoWorkspace />;
  return (
    <QueryState query={query} what="the stories">
      {() =>
        found ? (
          <Editor stored={found} workspaceId={workspaceId} />
        ) : (
          <EmptyState title="No such story in this workspace">
            <p>
              It may have been deleted in another tab. <Link to={{ pathname: '/classroom', search: withWorkspace() }}>See the stories</Link>
              .
            </p>
          </EmptyState>
        )
      }
    </QueryState>
  );
}
