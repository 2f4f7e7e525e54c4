// Creates or edits one source of a workspace: its name, kind, side, parent organisation and the other names it goes by.
import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { describedBy, ErrorSummary, Field, TextField } from '../../shared/ui/form-field';
import { sourceKinds, type Article, type Source } from '../../domain/schema';
import {
  alignmentOptions,
  buildSource,
  draftFromSource,
  parentOptions,
  parentProblem,
  SOURCE_FIELD_LABELS,
  type SourceDraft,
  type SourceFieldErrors,
} from '../../domain/source-draft';
import { ChangedElsewhereNotice } from '../../shared/ui/record-conflict';
import { AliasField } from './alias-field';
import { SourceConflict } from './source-conflict';
import { useSourceSave, type SourceBase } from './use-source-save';

export interface SourceFormProps {
  workspaceId: string;
  sources: readonly Source[];
  articles: readonly Article[];
  initial: SourceDraft;
  /** The stored source the form opened with, and its revision; null for a new source. */
  base: SourceBase;
  /** The source's revision in the data shown now (null: no longer there), so a change elsewhere is announced at once. */
  currentRevision: number | null;
  onSaved: (source: Source, created: boolean) => void;
  onCancel: () => void;
  onDiscarded: (message: string) => void;
}

export function SourceForm(props: SourceFormProps) {
  const { workspaceId, sources, articles, initial, base, currentRevision, onSaved, onCancel, onDiscarded } = props;
  const id = useId();
  const f = (name: string) => `${id}-${name}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<SourceFieldErrors>({});
  const byId = new Map(sources.map((s) => [s.id, s]));
  const set = <K extends keyof SourceDraft>(key: K, value: SourceDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
  };

  useEffect(() => {
    // Move focus to the form it opened, so keyboard and screen-reader users land on it.
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  const save = useSourceSave(workspaceId, (source) => onSaved(source, base === null));
  const [conflictProblem, setConflictProblem] = useState<string | null>(null);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const built = buildSource(draft, { sources, articles });
    if (!built.ok) {
      setErrors(built.errors);
      return;
    }
    setErrors({});
    save.save(built.source, base?.revision ?? null, base?.source ?? null);
  };

  if (save.refused) {
    const { conflict, mine, basedOn } = save.refused;
    return (
      <SourceConflict
        conflict={conflict}
        mine={mine}
        base={basedOn}
        sources={byId}
        busy={save.isPending}
        problem={conflictProblem}
        onSave={(chosen, revision, stored) => {
          // The chosen version is checked like a form's against today's sources: a merge can make a parent loop.
          const built = buildSource({ ...draftFromSource(chosen), id: chosen.id }, { sources, articles });
          if (!built.ok) {
            setConflictProblem(
              Object.entries(built.errors)
                .map(([k, v]) => `${SOURCE_FIELD_LABELS[k as keyof SourceFieldErrors]}: ${v}`)
                .join(' '),
            );
            return;
          }
          setConflictProblem(null);
          save.save(built.source, revision, stored);
        }}
        onDiscard={onDiscarded}
      />
    );
  }

  const parentError = errors.parentId ?? parentProblem(draft.id, draft.name, draft.parentId, byId) ?? undefined;
  const sides = alignmentOptions(sources);

  return (
    <form className="record-form source-form" noValidate onSubmit={submit} aria-labelledby={f('heading')}>
      <h2 id={f('heading')} ref={headingRef} tabIndex={-1}>
        {draft.id === null ? 'New source' : `Edit “${initial.name}”`}
      </h2>
      <ChangedElsewhereNotice
        noun="source"
        change={base === null || currentRevision === base.revision ? null : currentRevision === null ? 'deleted' : 'changed'}
      />
      <ErrorSummary errors={errors} labels={SOURCE_FIELD_LABELS} />
      <TextField
        id={f('name')}
        label="Name"
        hint="As reports write it: “Syrian army spokesman”, “Rami Abdel Rahman”."
        error={errors.name}
        value={draft.name}
        onChange={(v) => set('name', v)}
      />
      <Field id={f('kind')} label="Kind of source" error={errors.kind}>
        <select
          value={draft.kind}
          onChange={(e) => set('kind', e.target.value as SourceDraft['kind'])}
          {...describedBy(f('kind'), errors.kind)}
        >
          <option value="">Choose…</option>
          {sourceKinds.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id={f('alignment')}
        label="Side it is tied to"
        hint={`Pick a side already used, or type another; “independent” if it is tied to none.`}
        error={errors.alignment}
      >
        <input
          type="text"
          list={f('sides')}
          value={draft.alignment}
          onChange={(e) => set('alignment', e.target.value)}
          {...describedBy(f('alignment'), errors.alignment, true)}
        />
        <datalist id={f('sides')}>
          {sides.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
      </Field>
      <Field
        id={f('parent')}
        label="Parent organisation"
        hint="The body it speaks for (a spokesman’s ministry, a director’s monitor). Figures from both count as one voice."
        error={parentError}
      >
        <select value={draft.parentId} onChange={(e) => set('parentId', e.target.value)} {...describedBy(f('parent'), parentError, true)}>
          <option value="">None: it speaks for itself</option>
          {parentOptions(sources, draft.id).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </Field>
      <AliasField id={f('alias')} draft={draft} sources={sources} error={errors.aliases} onChange={(aliases) => set('aliases', aliases)} />
      <Field
        id={f('description')}
        label="Who the source is"
        hint="A line a reader can check: role, where it is based, who funds it."
        error={errors.description}
      >
        <textarea
          rows={3}
          value={draft.description}
          onChange={(e) => set('description', e.target.value)}
          {...describedBy(f('description'), errors.description, true)}
        />
      </Field>
      {save.error && (
        <p role="alert" className="field-error">
          Not saved: {save.error instanceof Error ? save.error.message : String(save.error)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save the source'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
