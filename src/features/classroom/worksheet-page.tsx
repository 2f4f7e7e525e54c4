import { Link, useSearchParams } from 'react-router';
import { useWithWorkspace } from '../../api/active-dataset';
import type { Story, StoryQuestion, StoryStep } from '../../domain/schema';
import { parseStepRoute } from '../../domain/stories';
import { isBlindStep, visibilityOf } from '../../domain/story-steps';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { CompareStep } from './compare-step';
import { WithStory } from './with-story';
import './classroom.css';

/** Blank ruled lines to write on; on screen they are a light hint of the space a printed sheet leaves. */
function WritingLines({ count, label }: { count: number; label: string }) {
  return (
    <div className="writing-lines" role="img" aria-label={label}>
      {Array.from({ length: count }, (_, i) => (
        <span key={i} />
      ))}
    </div>
  );
}

function SheetQuestion({ question, answers }: { question: StoryQuestion; answers: boolean }) {
  return (
    <section className="sheet-question">
      <h3>{question.prompt}</h3>
      {question.kind === 'choice' ? (
        <ul className="plain sheet-choices">
          {question.choices.map((choice) => (
            <li key={choice.text}>
              <span aria-hidden="true">{answers && choice.correct ? '☑' : '☐'}</span> {choice.text}
              {answers && choice.correct && <strong> (the answer)</strong>}
            </li>
          ))}
          {answers && !question.choices.some((c) => c.correct) && (
            <li className="muted">A question of judgement: no answer is marked right.</li>
          )}
        </ul>
      ) : answers ? (
        <p>
          <strong>A good answer:</strong> {question.answer || 'The story gives no model answer; judge the reasons given.'}
        </p>
      ) : (
        <WritingLines count={4} label="Space to write your answer" />
      )}
    </section>
  );
}

function SheetStep({ step, number, answers }: { step: StoryStep; number: number; answers: boolean }) {
  const route = parseStepRoute(step.view.path);
  const blindStep = isBlindStep(step, true);
  // The worksheet shows each step as the class first sees it (sources hidden); the key as fully revealed.
  const visibility = visibilityOf(answers ? 'why' : 'predict', blindStep);
  const address = `${window.location.origin}${import.meta.env.BASE_URL.replace(/\/$/, '')}${step.view.path}${step.view.search}`;
  return (
    <article className="sheet-step" aria-labelledby={`sheet-step-${number}`}>
      <h2 id={`sheet-step-${number}`}>
        {number}. {step.title}
      </h2>
      <p>{step.narration}</p>
      {route?.kind === 'compare' ? (
        <CompareStep groupId={route.groupId} view={step.view} visibility={visibility} />
      ) : (
        <p className="muted">Look at this view in the app: {address}</p>
      )}
      {step.question && <SheetQuestion question={step.question} answers={answers} />}
      {!answers && blindStep && (
        <section className="sheet-question">
          <h3>Who do you think said which figure, and why might the figures differ?</h3>
          <WritingLines count={3} label="Space to write" />
        </section>
      )}
      {answers && (
        <section className="step-reveal" aria-label="What this step reveals">
          <p>{step.reveal}</p>
          {step.notes && <p className="muted">Teacher’s notes: {step.notes}</p>}
        </section>
      )}
    </article>
  );
}

function Sheet({ story, answers }: { story: Story; answers: boolean }) {
  const what = answers ? 'Answer key' : 'Worksheet';
  useDocumentTitle(`${what} — ${story.title}`);
  const withWorkspace = useWithWorkspace();
  const other = withWorkspace(answers ? '?key=false' : '?key=true');
  return (
    <main id="main" tabIndex={-1} className="worksheet">
      <p className="toolbar">
        <button type="button" onClick={() => window.print()}>
          Print the {what.toLowerCase()}
        </button>
        <Link to={{ search: other }}>{answers ? 'Show the worksheet' : 'Show the answer key'}</Link>
        <Link to={{ pathname: '/classroom', search: withWorkspace() }}>Back to the classroom</Link>
      </p>
      <h1>
        {story.title}: {what.toLowerCase()}
      </h1>
      {answers ? (
        <p>For the teacher: every step fully revealed, with the answers, what each step reveals and the notes.</p>
      ) : (
        <p className="sheet-name">
          Name: <span className="blank" />
        </p>
      )}
      {story.steps.map((step, i) => (
        <SheetStep key={step.id} step={step} number={i + 1} answers={answers} />
      ))}
    </main>
  );
}

/** A story as a handout to print: questions and charts with the sources hidden and space to write, or as the answer key. */
export function WorksheetPage() {
  const [params] = useSearchParams();
  const answers = params.get('key') === 'true';
  return <WithStory>{(story) => <Sheet story={story} answers={answers} />}</WithStory>;
}
