import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useWithWorkspace } from '../../api/active-dataset';
import { useStories } from '../../api/stories';
import { EmptyState, QueryState } from '../../shared/ui/query-state';
import type { PositionMessage } from '../../domain/classroom-channel';
import type { Story } from '../../domain/schema';
import { clampPosition, nextActionLabel, progressOf, stagesOf } from '../../domain/story-steps';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { useClassroomChannel } from './use-classroom-channel';
import './classroom.css';

const STAGE_TEXT = {
  predict: 'The class is answering',
  claimants: 'Revealed: who said what',
  quotes: 'Revealed: the quotes and articles',
  why: 'Revealed: why they may differ',
  answer: 'Revealed: the answer',
} as const;

function Notes({ story }: { story: Story }) {
  const [where, setWhere] = useState<PositionMessage | null>(null);
  const channel = useClassroomChannel(story.id, (message) => {
    if (message.type === 'position') setWhere(message);
  });
  const { post } = channel;
  // Once the channel is open, asks where the presentation is; the presentation answers, then reports every move.
  useEffect(() => {
    post({ type: 'hello', storyId: story.id });
  }, [post, story.id]);
  useDocumentTitle(`Presenter view — ${story.title}`);
  const withWorkspace = useWithWorkspace();
  if (!channel.supported) {
    return (
      <p role="alert">This browser cannot keep two windows in step. Present from one window: the arrow keys move through the story.</p>
    );
  }
  if (!where) {
    return (
      <p role="status">
        Waiting for the presentation… Start it from the <Link to={{ pathname: '/classroom', search: withWorkspace() }}>classroom</Link> in
        another window; this view follows it.
      </p>
    );
  }
  const position = clampPosition(story, where.blind, where);
  const step = story.steps[position.step];
  if (!step) return null;
  const stage = stagesOf(step, where.blind)[position.stage] ?? 'predict';
  const following = story.steps[position.step + 1];
  const action = nextActionLabel(story, where.blind, position);
  return (
    <>
      <p className="presenter-progress" aria-live="polite">
        {progressOf(story, where.blind, position).label}: {step.title} · {STAGE_TEXT[stage]}
      </p>
      <div className="notes-controls">
        <button type="button" className="secondary" onClick={() => post({ type: 'command', storyId: story.id, command: 'previous' })}>
          Back
        </button>
        <button type="button" onClick={() => post({ type: 'command', storyId: story.id, command: 'next' })} disabled={action === null}>
          {action ?? 'End of the story'}
        </button>
      </div>
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">Notes</h2>
        <p>{step.notes || 'No notes for this step.'}</p>
        <h3>What the step reveals</h3>
        <p>{step.reveal}</p>
        {step.question?.kind === 'choice' && (
          <p>
            Answer:{' '}
            {step.question.choices
              .filter((c) => c.correct)
              .map((c) => c.text)
              .join('; ') || 'none marked: a question of judgement'}
          </p>
        )}
        {step.question?.kind === 'open' && step.question.answer && <p>A good answer: {step.question.answer}</p>}
      </section>
      <section aria-labelledby="next-heading">
        <h2 id="next-heading">Next step</h2>
        {following ? (
          <>
            <p>
              <strong>{following.title}</strong>
            </p>
            <p>{following.narration}</p>
          </>
        ) : (
          <p>This is the last step.</p>
        )}
      </section>
    </>
  );
}

/** The presenter view: notes, what the step reveals and the next step, in a second window that follows the presentation. */
export function NotesPage() {
  const { storyId = '' } = useParams();
  const query = useStories();
  const withWorkspace = useWithWorkspace();
  return (
    <main id="main" tabIndex={-1} className="presenter-notes">
      <h1>Presenter view</h1>
      <QueryState query={query} what="the story">
        {(stories) => {
          const story = stories.find((s) => s.id === storyId);
          if (!story) {
            return (
              <EmptyState title="No such story">
                <p>
                  The link may be out of date. <Link to={{ pathname: '/classroom', search: withWorkspace() }}>See the stories</Link>.
                </p>
              </EmptyState>
            );
          }
          return <Notes story={story} />;
        }}
      </QueryState>
    </main>
  );
}
