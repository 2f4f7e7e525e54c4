import { tallyShares } from '../../domain/classroom-channel';
import type { StoryQuestion } from '../../domain/schema';

/** The step's question; with `onTally`, the teacher types the show of hands per choice. The answer shows once revealed. */
export function QuestionBlock({
  question,
  revealed,
  tally,
  onTally,
}: {
  question: StoryQuestion;
  revealed: boolean;
  tally?: readonly number[];
  onTally?: (counts: number[]) => void;
}) {
  if (question.kind === 'open') {
    return (
      <section className="step-question" aria-labelledby="question-heading">
        <h2 id="question-heading">{question.prompt}</h2>
        {revealed && question.answer && (
          <p>
            <strong>A good answer:</strong> {question.answer}
          </p>
        )}
      </section>
    );
  }
  const counts = question.choices.map((_, i) => tally?.[i] ?? 0);
  const shares = tallyShares(counts);
  const correct = question.choices.some((c) => c.correct);
  return (
    <section className="step-question" aria-labelledby="question-heading">
      <h2 id="question-heading">{question.prompt}</h2>
      <ol className="choices">
        {question.choices.map((choice, i) => (
          <li key={choice.text} className={revealed && choice.correct ? 'is-answer' : undefined}>
            <span className="choice-text">{choice.text}</span>
            {revealed && choice.correct && <strong className="badge badge-overlap"> ✓ The answer</strong>}
            {onTally && (
              <label className="tally">
                <span className="visually-hidden">Hands raised for “{choice.text}”</span>
                <input
                  type="number"
                  min={0}
                  max={999}
                  inputMode="numeric"
                  value={counts[i] === 0 ? '' : counts[i]}
                  placeholder="0"
                  onChange={(e) => onTally(counts.map((n, j) => (j === i ? Math.max(0, Math.floor(Number(e.target.value) || 0)) : n)))}
                />{' '}
                hands
              </label>
            )}
            {shares[i] !== null && shares[i] !== undefined && <span className="share"> {shares[i]}%</span>}
          </li>
        ))}
      </ol>
      {revealed && !correct && <p className="muted">A question of judgement: no answer is marked right.</p>}
    </section>
  );
}
