import { sourceKinds, type Source, type SourceKind } from '../../domain/schema';
import { describedBy, Field, TextField } from '../../shared/ui/form-field';
import type { NewSourceFields as Fields } from './claim-draft';

interface Labels {
  name: string;
  kind: string;
  side: string;
}

/** Name, kind and side of a source made in place; when the name is already a source's, that source is offered instead. */
export function NewSourceFields({
  value,
  onChange,
  labels,
  ids,
  errors,
  existing,
  onUseExisting,
}: {
  value: Fields;
  onChange: (value: Fields) => void;
  labels: Labels;
  /** Control ids for the name, kind and side. */
  ids: { name: string; kind: string; side: string };
  errors: { name?: string; kind?: string; side?: string };
  /** The source the typed name already stands for, if any. */
  existing?: Source | null;
  onUseExisting?: (source: Source) => void;
}) {
  return (
    <div className="subfields">
      <TextField
        id={ids.name}
        label={labels.name}
        error={errors.name}
        value={value.name}
        onChange={(v) => onChange({ ...value, name: v })}
      />
      {existing && onUseExisting && (
        <p className="existing-source" role="status">
          {existing.name} ({existing.kind}) is already in the workspace under this name.{' '}
          <button type="button" className="secondary" onClick={() => onUseExisting(existing)}>
            Use {existing.name}
          </button>
        </p>
      )}
      <Field id={ids.kind} label={labels.kind} error={errors.kind}>
        <select
          value={value.kind}
          onChange={(e) => onChange({ ...value, kind: e.target.value as SourceKind | '' })}
          {...describedBy(ids.kind, errors.kind)}
        >
          <option value="">Choose a kind…</option>
          {sourceKinds.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </select>
      </Field>
      <TextField
        id={ids.side}
        label={labels.side}
        hint="The side it is tied to, in neutral words (“Syrian government”), or “independent”."
        error={errors.side}
        value={value.alignment}
        onChange={(v) => onChange({ ...value, alignment: v })}
      />
    </div>
  );
}
