import type { Dataset } from '../../domain/schema';
import { NEW_MEASURE } from './claim-draft';
import { describedBy, Field, TextField } from '../../shared/ui/form-field';
import type { ClaimPartProps } from './claim-form-parts';

/** What it counts: the measure the claim is compared on, or a new one. */
export function MeasureFields({ draft, set, errors, f, dataset }: ClaimPartProps & { dataset: Dataset }) {
  const measures = [...dataset.measures].sort((a, b) => a.label.localeCompare(b.label));
  return (
    <fieldset>
      <legend>What it counts</legend>
      <Field
        id={f('measure')}
        label="Measure"
        hint="The thing counted and its scope; claims on one measure are compared."
        error={errors.measureId}
      >
        <select
          value={draft.measureId}
          onChange={(e) => set('measureId', e.target.value)}
          {...describedBy(f('measure'), errors.measureId, true)}
        >
          <option value="">Choose a measure…</option>
          {measures.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label} ({m.unit})
            </option>
          ))}
          <option value={NEW_MEASURE}>A new measure…</option>
        </select>
      </Field>
      {draft.measureId === NEW_MEASURE && (
        <div className="subfields">
          <TextField
            id={f('measure-label')}
            label="What is counted, where and when"
            hint="E.g. “Air raids on Palmyra, March 2016”."
            error={errors.measureLabel}
            value={draft.newMeasure.label}
            onChange={(v) => set('newMeasure', { ...draft.newMeasure, label: v })}
          />
          <TextField
            id={f('measure-unit')}
            label="Unit"
            hint="raids, people, percent…"
            error={errors.measureUnit}
            value={draft.newMeasure.unit}
            onChange={(v) => set('newMeasure', { ...draft.newMeasure, unit: v })}
          />
          <Field id={f('measure-description')} label="Description (optional)" error={undefined}>
            <textarea
              id={f('measure-description')}
              rows={2}
              value={draft.newMeasure.description}
              onChange={(e) => set('newMeasure', { ...draft.newMeasure, description: e.target.value })}
            />
          </Field>
          <TextField
            id={f('measure-total')}
            label="Whole (optional)"
            hint="100 for a share in percent."
            error={errors.measureTotal}
            inputMode="decimal"
            value={draft.newMeasure.total}
            onChange={(v) => set('newMeasure', { ...draft.newMeasure, total: v })}
          />
          <Field
            id={f('measure-context')}
            label="Background figure (an age, a visitor count): shown, never ranked as contested"
            error={undefined}
            inline
          >
            <input
              type="checkbox"
              id={f('measure-context')}
              checked={draft.newMeasure.context}
              onChange={(e) => set('newMeasure', { ...draft.newMeasure, context: e.target.checked })}
            />
          </Field>
        </div>
      )}
    </fieldset>
  );
}
