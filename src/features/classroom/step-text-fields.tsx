import type { StepText } from '../../domain/story-authoring';

/** The words of a step the author writes: title, narration and reveal (and the presenter's notes when asked for). */
export function StepTextFields({
  idPrefix,
  value,
  onChange,
  withNotes = false,
}: {
  idPrefix: string;
  value: StepText;
  onChange: (next: StepText) => void;
  withNotes?: boolean;
}) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <div className="field">
        <label htmlFor={id('title')}>Step title</label>
        <input type="text" id={id('title')} required value={value.title} onChange={(e) => onChange({ ...value, title: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={id('narration')}>Narration</label>
        <textarea
          id={id('narration')}
          required
          rows={3}
          aria-describedby={id('narration-hint')}
          value={value.narration}
          onChange={(e) => onChange({ ...value, narration: e.target.value })}
        />
        <p className="hint" id={id('narration-hint')}>
          Read out before the reveal: describe the sources without naming them (“a monitoring group”, “a ministry”).
        </p>
      </div>
      <div className="field">
        <label htmlFor={id('reveal')}>What the step reveals</label>
        <textarea
          id={id('reveal')}
          required
          rows={3}
          value={value.reveal}
          onChange={(e) => onChange({ ...value, reveal: e.target.value })}
        />
      </div>
      {withNotes && (
        <div className="field">
          <label htmlFor={id('notes')}>Notes for the presenter</label>
          <textarea id={id('notes')} rows={2} value={value.notes ?? ''} onChange={(e) => onChange({ ...value, notes: e.target.value })} />
        </div>
      )}
    </>
  );
}
