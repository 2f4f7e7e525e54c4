import { INTERPRETATION_RULES } from '../../domain/interpretation-rules';
import { withRule, type ClaimDraft } from './claim-draft';
import { describedBy, Field, TextField } from '../../shared/ui/form-field';
import type { ClaimPartProps } from './claim-form-parts';

/** The figure: its words, an interpretation rule for vague words, its bounds and whether it is a rate. */
export function FigureFields({
  draft,
  set,
  errors,
  f,
  setDraft,
}: ClaimPartProps & { setDraft: (update: (draft: ClaimDraft) => ClaimDraft) => void }) {
  const ruleSet = draft.rule !== '';
  return (
    <fieldset>
      <legend>Figure</legend>
      <TextField
        id={f('as-written')}
        label="Figure as written"
        hint="The figure’s words: “more than 900”, “20 to 25”."
        error={errors.asWritten}
        value={draft.asWritten}
        onChange={(v) => set('asWritten', v)}
      />
      <Field id={f('rule')} label="Interpretation" hint="For vague words only: the rule sets the values." error={errors.rule}>
        <select
          value={draft.rule}
          onChange={(e) => setDraft((d) => withRule(d, e.target.value))}
          {...describedBy(f('rule'), errors.rule, true)}
        >
          <option value="">None: read as written</option>
          {INTERPRETATION_RULES.map((rule) => (
            <option key={rule.id} value={rule.id}>
              {rule.words.join(', ')} ({rule.reading.replace('{word}', rule.words[0] ?? rule.id)})
            </option>
          ))}
        </select>
      </Field>
      <div className="bounds">
        <Field id={f('low')} label="Lowest value" hint="Blank: none (“up to 300”)." error={errors.low}>
          <input
            type="text"
            inputMode="decimal"
            value={draft.low}
            readOnly={ruleSet}
            onChange={(e) => set('low', e.target.value)}
            {...describedBy(f('low'), errors.low, true)}
          />
        </Field>
        <Field id={f('low-inclusive')} label="Lowest value included (“at least”)" error={undefined} inline>
          <input
            type="checkbox"
            id={f('low-inclusive')}
            checked={draft.lowInclusive}
            disabled={ruleSet}
            onChange={(e) => set('lowInclusive', e.target.checked)}
          />
        </Field>
        <Field id={f('high')} label="Highest value" hint="Blank: none (“more than 900”)." error={errors.high}>
          <input
            type="text"
            inputMode="decimal"
            value={draft.high}
            readOnly={ruleSet}
            onChange={(e) => set('high', e.target.value)}
            {...describedBy(f('high'), errors.high, true)}
          />
        </Field>
        <Field id={f('high-inclusive')} label="Highest value included (“up to”)" error={undefined} inline>
          <input
            type="checkbox"
            id={f('high-inclusive')}
            checked={draft.highInclusive}
            disabled={ruleSet}
            onChange={(e) => set('highInclusive', e.target.checked)}
          />
        </Field>
      </div>
      <Field id={f('approximate')} label="Approximate (“around 50”): the engine widens it by its own rule" error={undefined} inline>
        <input
          type="checkbox"
          id={f('approximate')}
          checked={draft.approximate}
          disabled={ruleSet}
          onChange={(e) => set('approximate', e.target.checked)}
        />
      </Field>
      <Field id={f('per')} label="Rate" error={errors.per}>
        <select id={f('per')} value={draft.per} onChange={(e) => set('per', e.target.value === 'day' ? 'day' : '')}>
          <option value="">A total</option>
          <option value="day">Per day (“daily”, “a day”)</option>
        </select>
      </Field>
    </fieldset>
  );
}
