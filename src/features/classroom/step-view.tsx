import type { ReactNode } from 'react';
import { useWithWorkspace } from '../../api/active-dataset';
import type { StoryStep } from '../../domain/schema';
import { parseStepRoute } from '../../domain/stories';
import type { Visibility } from '../../domain/story-steps';
import { CompareStep } from './compare-step';
import { QuestionBlock } from './question-block';

/** One step of a story at a stage: narration, the view (a compare view is drawn here, hidden or revealed), question, reveal. */
export function StepView({
  step,
  visibility,
  tally,
  onTally,
  question,
}: {
  step: StoryStep;
  visibility: Visibility;
  tally?: readonly number[];
  onTally?: (counts: number[]) => void;
  /** Drawn in place of the class's question block (a student answers it themselves). */
  question?: ReactNode;
}) {
  const route = parseStepRoute(step.view.path);
  const withWorkspace = useWithWorkspace();
  const href = `${import.meta.env.BASE_URL.replace(/\/$/, '')}${step.view.path}${withWorkspace(step.view.search)}`;
  return (
    <article className="story-step" aria-labelledby="step-title">
      <div className="step-text">
        <h1 id="step-title">{step.title}</h1>
        <p className="narration">{step.narration}</p>
        {question ??
          (step.question && <QuestionBlock question={step.question} revealed={visibility.reveal} tally={tally} onTally={onTally} />)}
        {visibility.reveal && (
          <section className="step-reveal" aria-label="What this step reveals">
            <p>{step.reveal}</p>
          </section>
        )}
      </div>
      <div className="step-view">
        {route?.kind === 'compare' ? (
          <CompareStep groupId={route.groupId} view={step.view} visibility={visibility} />
        ) : (
          <p>
            <a href={href} target="_blank" rel="noopener">
              Open this view of the app in a new tab
            </a>
          </p>
        )}
      </div>
    </article>
  );
}
