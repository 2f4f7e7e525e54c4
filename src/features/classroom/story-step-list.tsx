import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useWithWorkspace } from '../../api/active-dataset';
import type { Story, StoryStep } from '../../domain/schema';
import { moveStep, removeStep, replaceStep } from '../../domain/story-authoring';
import { StepEditor } from './step-editor';

const QUESTION_WORDS = { choice: 'asks a multiple-choice question', open: 'asks an open question' } as const;

/** The steps of a story in order, each to move, edit, preview or delete; every change is saved at once. */
export function StoryStepList({
  story,
  revision,
  saving,
  save,
}: {
  story: Story;
  revision: number;
  saving: boolean;
  save: (next: Story, what: string) => Promise<boolean>;
}) {
  const withWorkspace = useWithWorkspace();
  const [editing, setEditing] = useState<string | null>(null);
  // After a move, focus follows the step to its new place, so the keyboard can keep moving it.
  const [focus, setFocus] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (focus === null) return;
    const target = list.current?.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focus)}"]`);
    if (target && !target.hasAttribute('disabled')) target.focus();
    else list.current?.querySelector<HTMLElement>(`[data-focus^="${CSS.escape(focus.split(':')[0] ?? '')}:"]:not([disabled])`)?.focus();
  }, [focus, revision]);

  const move = async (index: number, delta: -1 | 1, step: StoryStep) => {
    const saved = await save(moveStep(story, index, delta), `Step moved to place ${index + delta + 1}.`);
    if (saved) setFocus(`${step.id}:${delta === -1 ? 'up' : 'down'}`);
  };
  const remove = async (index: number) => {
    const next = removeStep(story, index);
    if (next) await save(next, `Step ${index + 1} deleted.`);
  };
  const base = `/classroom/${encodeURIComponent(story.id)}/present`;
  return (
    <section aria-labelledby="steps-heading">
      <h2 id="steps-heading">Steps</h2>
      <ol className="story-step-list" ref={list}>
        {story.steps.map((step, i) => (
          <li key={step.id}>
            <h3>
              Step {i + 1}: {step.title}
            </h3>
            <p className="muted">
              Shows <code>{step.view.path + step.view.search}</code>
              {step.question ? ` · ${QUESTION_WORDS[step.question.kind]}` : ' · no question'}
            </p>
            {editing === step.id ? (
              <StepEditor
                step={step}
                number={i + 1}
                saving={saving}
                onCancel={() => setEditing(null)}
                onSave={(next) =>
                  void save(replaceStep(story, i, next), `Step ${i + 1} saved.`).then((ok) => {
                    if (ok) setEditing(null);
                  })
                }
              />
            ) : (
              <p className="toolbar">
                <button
                  type="button"
                  className="secondary"
                  data-focus={`${step.id}:up`}
                  disabled={saving || i === 0}
                  onClick={() => void move(i, -1, step)}
                >
                  Move up
                  <span className="visually-hidden"> step {i + 1}</span>
                </button>
                <button
                  type="button"
                  className="secondary"
                  data-focus={`${step.id}:down`}
                  disabled={saving || i === story.steps.length - 1}
                  onClick={() => void move(i, 1, step)}
                >
                  Move down
                  <span className="visually-hidden"> step {i + 1}</span>
                </button>
                <button type="button" className="secondary" onClick={() => setEditing(step.id)}>
                  Edit
                  <span className="visually-hidden"> step {i + 1}</span>
                </button>
                <Link to={{ pathname: base, search: withWorkspace(`?step=${i + 1}&reveal=0&blind=true`) }}>
                  Preview<span className="visually-hidden"> step {i + 1}</span>
                </Link>
                <button
                  type="button"
                  className="secondary"
                  disabled={saving || story.steps.length === 1}
                  title={story.steps.length === 1 ? 'A story needs a step: delete the story instead' : undefined}
                  onClick={() => void remove(i)}
                >
                  Delete
                  <span className="visually-hidden"> step {i + 1}</span>
                </button>
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
