import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { Link } from 'react-router';
import { useWithWorkspace } from '../../api/active-dataset';
import { useStoryWrites, useWorkspaceStories } from '../../api/stories';
import { useStoryCheck } from '../../api/use-dataset-slice';
import type { StoryView } from '../../domain/schema';
import { addStep, conflictMessage, issueLine, newStep, newStory, type StepText } from '../../domain/story-authoring';
import { StepTextFields } from './step-text-fields';
import './classroom.css';

const NEW_STORY = '';
const EMPTY: StepText = { title: '', narration: '', reveal: '' };

/** Where the step went, for the confirmation. */
interface Added {
  storyId: string;
  storyTitle: string;
  step: number;
}

/** A modal form that adds the view shown as the last step of one of the workspace's stories, or of a new one. */
export function AddStepDialog({ view, viewName, onClose }: { view: StoryView; viewName: string; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const { query, workspaceId } = useWorkspaceStories();
  const withWorkspace = useWithWorkspace();
  const check = useStoryCheck();
  const writes = useStoryWrites(workspaceId ?? '');
  const stored = query.data?.stories ?? [];
  const [storyId, setStoryId] = useState<string | null>(null);
  const [storyTitle, setStoryTitle] = useState('');
  const [text, setText] = useState<StepText>(EMPTY);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [added, setAdded] = useState<Added | null>(null);
  // The last story is the likeliest target: the one being written.
  const chosen = storyId ?? stored.at(-1)?.story.id ?? NEW_STORY;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (workspaceId === null) return;
    const target = stored.find((s) => s.story.id === chosen);
    if (!target && storyTitle.trim() === '') {
      setProblems(['Give the new story a title.']);
      return;
    }
    const step = newStep(view, text, target?.story);
    const story = target
      ? addStep(target.story, step)
      : newStory(
          storyTitle,
          step,
          stored.map((s) => s.story),
        );
    setSaving(true);
    try {
      // Checked against the records where they are held, as data:check would.
      const issues = (await check(story)).map(issueLine);
      if (issues.length > 0) {
        setProblems(issues);
        return;
      }
      const result = await writes.save(story, target?.revision ?? null);
      if (!result.ok) {
        setProblems([conflictMessage(result.conflict)]);
        return;
      }
      setProblems([]);
      setAdded({ storyId: story.id, storyTitle: story.title, step: story.steps.length });
    } catch (error) {
      setProblems([`The step was not saved: ${error instanceof Error ? error.message : String(error)}`]);
    } finally {
      setSaving(false);
    }
  };

  const editPath = (id: string) => ({ pathname: `/classroom/${encodeURIComponent(id)}/edit`, search: withWorkspace() });
  return (
    <dialog ref={ref} className="add-step-dialog" aria-labelledby="add-step-heading" onClose={onClose}>
      <h2 id="add-step-heading">Add this view to a story</h2>
      {added ? (
        <>
          <p role="status">
            Added as step {added.step} of “{added.storyTitle}”.
          </p>
          <p className="toolbar">
            <Link className="button" to={editPath(added.storyId)} onClick={onClose}>
              Edit the story
            </Link>
            <button type="button" className="secondary" onClick={onClose}>
              Close
            </button>
          </p>
        </>
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          <p>
            The step will show <strong>{viewName}</strong> as it is now (<code>{view.path + view.search}</code>).
          </p>
          <div className="field">
            <label htmlFor="add-step-story">Story</label>
            <select id="add-step-story" value={chosen} onChange={(e) => setStoryId(e.target.value)}>
              {stored.map(({ story }) => (
                <option key={story.id} value={story.id}>
                  {story.title} ({story.steps.length} {story.steps.length === 1 ? 'step' : 'steps'})
                </option>
              ))}
              <option value={NEW_STORY}>A new story…</option>
            </select>
          </div>
          {chosen === NEW_STORY && (
            <div className="field">
              <label htmlFor="add-step-story-title">Title of the new story</label>
              <input type="text" id="add-step-story-title" value={storyTitle} onChange={(e) => setStoryTitle(e.target.value)} />
            </div>
          )}
          <StepTextFields idPrefix="add-step" value={text} onChange={setText} />
          {problems.length > 0 && (
            <div role="alert" className="form-errors">
              <p>The step was not added:</p>
              <ul>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          )}
          <p className="toolbar">
            <button type="submit" disabled={saving || query.isPending}>
              {saving ? 'Adding…' : 'Add the step'}
            </button>
            <button type="button" className="secondary" onClick={onClose}>
              Cancel
            </button>
          </p>
        </form>
      )}
    </dialog>
  );
}
