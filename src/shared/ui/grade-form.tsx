import { useId, useState, type ReactNode } from 'react';

interface GradeOption<V extends string | number> {
  value: V;
  label: string;
}

/** Picks a grade with a reason and saves both at once (not per keystroke: every save is a new workspace revision). */
export function GradeForm<V extends string | number>({
  legend,
  options,
  current,
  maxReason,
  onSave,
}: {
  legend: ReactNode;
  options: readonly GradeOption<V>[];
  current: { grade: V; reason: string } | undefined;
  maxReason: number;
  onSave: (next: { grade: V; reason: string } | null) => Promise<unknown>;
}) {
  const id = useId();
  const [grade, setGrade] = useState<string>(current ? String(current.grade) : '');
  const [reason, setReason] = useState(current?.reason ?? '');
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The stored grade can change under the form (saved in another tab): follow it, unless the user is mid-edit here.
  const stored = { grade: current ? String(current.grade) : '', reason: current?.reason ?? '' };
  const [shown, setShown] = useState(stored);
  if (shown.grade !== stored.grade || shown.reason !== stored.reason) {
    const editing = grade !== shown.grade || reason !== shown.reason;
    setShown(stored);
    if (!editing) {
      setGrade(stored.grade);
      setReason(stored.reason);
    }
  }
  const dirty = grade !== stored.grade || (grade !== '' && reason !== stored.reason);

  const save = async (next: { grade: V; reason: string } | null) => {
    setSaving(true);
    setError(null);
    try {
      await onSave(next);
      setMessage(next ? 'Grade saved.' : 'Grade cleared.');
      if (!next) {
        setGrade('');
        setReason('');
      }
    } catch (e) {
      setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setSaving(false);
    }
  };

  const submit = (event: React.SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const option = options.find((o) => String(o.value) === grade);
    void save(option ? { grade: option.value, reason: reason.trim() } : null);
  };

  return (
    <form className="grade-form" onSubmit={submit}>
      <fieldset>
        <legend>{legend}</legend>
        <div className="grade-fields">
          <label htmlFor={`${id}-grade`}>Grade</label>
          <select
            id={`${id}-grade`}
            value={grade}
            onChange={(e) => {
              setGrade(e.target.value);
              setMessage('');
            }}
          >
            <option value="">Not graded</option>
            {options.map((o) => (
              <option key={String(o.value)} value={String(o.value)}>
                {o.value}: {o.label}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-reason`}>Reason</label>
          <textarea
            id={`${id}-reason`}
            rows={2}
            maxLength={maxReason}
            value={reason}
            disabled={grade === ''}
            onChange={(e) => {
              setReason(e.target.value);
              setMessage('');
            }}
          />
        </div>
        <div className="grade-actions">
          <button type="submit" disabled={saving || !dirty}>
            {saving ? 'Saving…' : 'Save grade'}
          </button>
          {current && (
            <button type="button" className="secondary" disabled={saving} onClick={() => void save(null)}>
              Clear grade
            </button>
          )}
          <span aria-live="polite">{message}</span>
        </div>
        {error && <p role="alert">{error}</p>}
      </fieldset>
    </form>
  );
}
