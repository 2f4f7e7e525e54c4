import type { ReactNode } from 'react';
import { Link } from 'react-router';
import './form-field.css';

/** Props that tie a control to its hint and error, so screen readers read both and know when it is invalid. */
export function describedBy(id: string, error: string | undefined, hint?: ReactNode) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter((x) => x !== null);
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined };
}

/** A labelled control with an optional hint and error message; the control gets its ids from describedBy. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
  inline = false,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error: string | undefined;
  children: ReactNode;
  /** Checkbox style: the control before its label. */
  inline?: boolean;
}) {
  return (
    <div className={`field${inline ? ' field-inline' : ''}${error ? ' has-error' : ''}`}>
      {inline && children}
      <label htmlFor={id}>{label}</label>
      {!inline && children}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled one-line input (text, date…) tied to its hint and error; `onChange` gets the new value. */
export function TextField({
  id,
  label,
  hint,
  error,
  type = 'text',
  inputMode,
  value,
  onChange,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error: string | undefined;
  type?: 'text' | 'date' | 'url';
  inputMode?: 'decimal';
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input type={type} inputMode={inputMode} value={value} onChange={(e) => onChange(e.target.value)} {...describedBy(id, error, hint)} />
    </Field>
  );
}

/** The errors of a submitted form as a list, announced once, so nothing wrong is missed on a long form. */
export function ErrorSummary({ errors, labels }: { errors: Partial<Record<string, string>>; labels: Record<string, string> }) {
  const entries = Object.entries(errors).filter((e): e is [string, string] => e[1] !== undefined);
  if (entries.length === 0) return null;
  return (
    <div role="alert" className="state state-error error-summary">
      <h2>{entries.length === 1 ? 'One thing to fix' : `${entries.length} things to fix`}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            {labels[field] ?? 'Form'}: {message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Shown on the workbench's editing screens when no workspace is open: the published dataset cannot be edited. */
export function NoWorkspace({ what = 'Articles and claims are added to' }: { what?: string }) {
  return (
    <div className="state state-empty">
      <h1>Open a workspace first</h1>
      <p>
        {what} a workspace of your own, kept in this browser; the published dataset cannot be changed. Create or open a workspace in the
        workbench, then come back.
      </p>
      <p>
        <Link to="/workbench">Go to the workbench</Link>
      </p>
    </div>
  );
}
