import type { StoryQuestion } from '../../domain/schema';

type Kind = 'none' | StoryQuestion['kind'];

/** The question a step puts to the class: none, multiple choice (two to eight answers) or open. */
export function QuestionFields({
  idPrefix,
  value,
  onChange,
}: {
  idPrefix: string;
  value: StoryQuestion | null;
  onChange: (next: StoryQuestion | null) => void;
}) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const kind: Kind = value?.kind ?? 'none';
  const prompt = value?.prompt ?? '';
  const setKind = (next: Kind) => {
    if (next === 'none') onChange(null);
    else if (next === 'choice')
      onChange({
        kind: 'choice',
        prompt,
        choices: [
          { text: '', correct: false },
          { text: '', correct: false },
        ],
      });
    else onChange({ kind: 'open', prompt, answer: '' });
  };
  return (
    <fieldset className="question-fields">
      <legend>Question for the class</legend>
      <div className="field">
        <label htmlFor={id('kind')}>Kind of question</label>
        <select id={id('kind')} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          <option value="none">No question</option>
          <option value="choice">Multiple choice (a show of hands)</option>
          <option value="open">Open (discussed, or written on the worksheet)</option>
        </select>
      </div>
      {value && (
        <div className="field">
          <label htmlFor={id('prompt')}>Question</label>
          <input
            type="text"
            id={id('prompt')}
            required
            value={value.prompt}
            onChange={(e) => onChange({ ...value, prompt: e.target.value })}
          />
        </div>
      )}
      {value?.kind === 'choice' && (
        <ol className="choice-fields">
          {value.choices.map((choice, i) => {
            const set = (patch: Partial<typeof choice>) =>
              onChange({ ...value, choices: value.choices.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
            return (
              <li key={i}>
                <label htmlFor={id(`choice-${i}`)}>Answer {i + 1}</label>
                <input type="text" id={id(`choice-${i}`)} required value={choice.text} onChange={(e) => set({ text: e.target.value })} />
                <label className="field-inline">
                  <input type="checkbox" checked={choice.correct} onChange={(e) => set({ correct: e.target.checked })} /> Answer {i + 1} is
                  right
                </label>
                <button
                  type="button"
                  className="secondary"
                  disabled={value.choices.length <= 2}
                  onClick={() => onChange({ ...value, choices: value.choices.filter((_, j) => j !== i) })}
                >
                  Remove answer {i + 1}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {value?.kind === 'choice' && <p className="hint">Tick no answer for a question of opinion (“which figure is more plausible?”).</p>}
      {value?.kind === 'choice' && value.choices.length < 8 && (
        <button
          type="button"
          className="secondary"
          onClick={() => onChange({ ...value, choices: [...value.choices, { text: '', correct: false }] })}
        >
          Add an answer
        </button>
      )}
      {value?.kind === 'open' && (
        <div className="field">
          <label htmlFor={id('answer')}>What a good answer says (for the answer key)</label>
          <textarea id={id('answer')} rows={2} value={value.answer} onChange={(e) => onChange({ ...value, answer: e.target.value })} />
        </div>
      )}
    </fieldset>
  );
}
