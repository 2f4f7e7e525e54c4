import { useState, type SyntheticEvent } from 'react';
import type { StoryStep } from '../../domain/schema';
import type { StepText } from '../../domain/story-authoring';
import { QuestionFields } from './question-fields';
import { StepTextFields } from './step-text-fields';

/** The form for one step: its words, its question and the view it shows; nothing is saved until "Save the step". */
export function StepEditor({
  step,
  number,
  saving,
  onSave,
  onCancel,
}: {
  step: StoryStep;
  number: number;
  saving: boolean;
  onSave: (step: StoryStep) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<StoryStep>(step);
  const id = `step-${number}`;
  const text: StepText = { title: draft.title, narration: draft.narration, reveal: draft.reveal, notes: draft.notes };
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    onSave({
      ...draft,
      title: draft.title.trim(),
      narration: draft.narration.trim(),
      reveal: draft.reveal.trim(),
      notes: draft.notes.trim(),
      view: { path: draft.view.path.trim(), search: draft.view.search.trim() },
    });
  };
  return (
    <form className="step-editor" aria-label={`Edit step ${number}`} onSubmit={submit}>
      <StepTextFields idPrefix={id} value={text} withNotes onChange={(next) => setDraft({ ...draft, ...next, notes: next.notes ?? '' })} />
      <QuestionFields idPrefix={`${id}-question`} value={draft.question} onChange={(question) => setDraft({ ...draft, question })} />
      <fieldset>
        <legend>The view the step shows</legend>
        <div className="field">
          <label htmlFor={`${id}-path`}>Address in the app</label>
          <input
            type="text"
            id={`${id}-path`}
            required
            value={draft.view.path}
            onChange={(e) => setDraft({ ...draft, view: { ...draft.view, path: e.target.value } })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-search`}>Its settings (filters, grouping)</label>
          <input
            type="text"
            id={`${id}-search`}
            value={draft.view.search}
            onChange={(e) => setDraft({ ...draft, view: { ...draft.view, search: e.target.value } })}
          />
        </div>
        <p className="hint">To show another view, open it and use “Add this view to a story”: the address is filled in for you.</p>
      </fieldset>
      <p className="toolbar">
        <button type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save the step'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}
