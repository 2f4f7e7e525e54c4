import { useMemo } from 'react';
import type { Story, StoryStep } from '../../domain/schema';
import { isBlindStep, nextActionLabel, progressOf, stagesOf, visibilityOf } from '../../domain/story-steps';
import { answeredCount } from '../../domain/student-answers';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { StepView } from './step-view';
import { WithStory } from './with-story';
import { StudentQuestion } from './student-question';
import { useStoryPosition } from './use-presentation';
import { useStudentAnswers } from './use-student-answers';
import './classroom.css';

function SelfPaced({ story }: { story: Story }) {
  const { position, blind, next, previous } = useStoryPosition(story);
  const step = story.steps[position.step] as StoryStep;
  const stage = stagesOf(step, blind)[position.stage] ?? 'predict';
  const visibility = useMemo(() => visibilityOf(stage, isBlindStep(step, blind)), [stage, step, blind]);
  const progress = progressOf(story, blind, position);
  const action = nextActionLabel(story, blind, position);
  const { answers, damaged, saved, answer } = useStudentAnswers(story);
  const count = answeredCount(story, answers);
  useDocumentTitle(`${step.title} — ${progress.label} — ${story.title}`);

  return (
    <div className="student">
      <header className="presenter-bar">
        <p className="presenter-story">{story.title}</p>
        <p className="presenter-progress">
          <span>{progress.label}</span>
          <progress max={1} value={progress.fraction} aria-label="Progress through the story" />
        </p>
      </header>
      {damaged && (
        <p className="state state-error" role="alert">
          Your earlier answers to this story could not be read on this device, so the story starts with none.
        </p>
      )}
      {!saved && (
        <p className="state state-error" role="alert">
          This browser refused to keep your answers (its storage is full or blocked). They last until you close this tab.
        </p>
      )}
      <main id="main" tabIndex={-1}>
        <StepView
          key={step.id}
          step={step}
          visibility={visibility}
          question={
            step.question && (
              <StudentQuestion
                question={step.question}
                answer={answers.get(step.id)}
                revealed={visibility.reveal}
                onAnswer={(value) => answer(step.id, value)}
              />
            )
          }
        />
      </main>
      <footer className="presenter-controls">
        <button type="button" className="secondary" onClick={previous} disabled={position.step === 0 && position.stage === 0}>
          Back
        </button>
        <button type="button" onClick={next} disabled={action === null}>
          {action ?? 'End of the story'}
        </button>
        <span className="muted">
          You have answered {count.answered} of {count.questions} questions.
        </span>
      </footer>
    </div>
  );
}

/** Student mode: one student works through a story at their own pace, reveals each step, and keeps their answers locally. */
export function StudentPage() {
  return <WithStory>{(story) => <SelfPaced story={story} />}</WithStory>;
}
