import type { StoryQuestion } from '../../domain/schema';
import { feedbackOn, type StudentAnswer } from '../../domain/student-answers';

/** The step's question for one student: pick or write an answer, then, once revealed, see it beside the answer. */
export function StudentQuestion({
  question,
  answer,
  revealed,
  onAnswer,
}: {
  question: StoryQuestion;
  answer: StudentAnswer | undefined;
  revealed: boolean;
  onAnswer: (answer: StudentAnswer) => void;
}) {
  const feedback = revealed ? feedbackOn(question, answer) : null;
  return (
    <section className="step-question" aria-labelledby="question-heading">
      <h2 id="question-heading">{question.prompt}</h2>
      {question.kind === 'choice' ? (
        <fieldset className="student-choices" disabled={revealed}>
          <legend className="visually-hidden">{question.prompt}</legend>
          {question.choices.map((choice, i) => (
            <label key={choice.text} className={revealed && choice.correct ? 'is-answer' : undefined}>
              <input
                type="radio"
                name="student-choice"
                checked={answer?.kind === 'choice' && answer.choice === i}
                onChange={() => onAnswer({ kind: 'choice', choice: i })}
              />{' '}
              {choice.text}
              {revealed && choice.correct && <strong className="badge badge-overlap"> ✓ The answer</strong>}
            </label>
          ))}
        </fieldset>
      ) : (
        <label className="student-open">
          <span>Your answer</span>
          <textarea
            rows={4}
            readOnly={revealed}
            value={answer?.kind === 'open' ? answer.text : ''}
            onChange={(e) => onAnswer({ kind: 'open', text: e.target.value })}
          />
        </label>
      )}
      {!revealed && <p className="muted">Answer first, then reveal. Your answers stay on this device.</p>}
      {feedback && (
        <p className="student-feedback" role="status">
          {feedback}
        </p>
      )}
      {revealed && question.kind === 'open' && question.answer && (
        <p>
          <strong>A good answer:</strong> {question.answer}
        </p>
      )}
    </section>
  );
}
