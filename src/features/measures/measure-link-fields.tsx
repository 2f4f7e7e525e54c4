// The links a measure declares to others: for each, the other measure, how the two relate (in plain words), a factor for a
// change of unit, and the caveats a reader should see beside the comparison.
import { useEffect, useRef, useState } from 'react';
import { describedBy, Field } from '../../shared/ui/form-field';
import { caveatKinds, type CaveatKind, type Measure, type MeasureRelation } from '../../domain/schema';
import {
  CAVEAT_KIND_TEXT,
  emptyLinkDraft,
  linkError,
  linkOptions,
  RELATION_ORDER,
  RELATION_TEXT,
  type CaveatDraft,
  type LinkDraft,
  type MeasureDraft,
  type MeasureErrors,
} from '../../domain/measure-draft';

interface LinkProps {
  id: string;
  index: number;
  link: LinkDraft;
  draft: MeasureDraft;
  measures: readonly Measure[];
  errors: MeasureErrors;
  onChange: (link: LinkDraft) => void;
  onRemove: () => void;
}

function CaveatRows({ id, caveats, onChange }: { id: string; caveats: CaveatDraft[]; onChange: (caveats: CaveatDraft[]) => void }) {
  const set = (i: number, caveat: CaveatDraft) => onChange(caveats.map((c, n) => (n === i ? caveat : c)));
  return (
    <ul className="plain caveat-list">
      {caveats.map((c, i) => (
        <li key={i}>
          <Field id={`${id}-kind-${i}`} label={`Caveat ${i + 1}: kind`} error={undefined}>
            <select id={`${id}-kind-${i}`} value={c.kind} onChange={(e) => set(i, { ...c, kind: e.target.value as CaveatKind | '' })}>
              <option value="">Choose…</option>
              {caveatKinds.map((k) => (
                <option key={k} value={k}>
                  {CAVEAT_KIND_TEXT[k]}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${id}-note-${i}`} label={`Caveat ${i + 1}: what differs`} error={undefined}>
            <input id={`${id}-note-${i}`} type="text" value={c.note} onChange={(e) => set(i, { ...c, note: e.target.value })} />
          </Field>
          <button type="button" className="secondary" onClick={() => onChange(caveats.filter((_, n) => n !== i))}>
            Remove caveat {i + 1}
          </button>
        </li>
      ))}
    </ul>
  );
}

function LinkFields({ id, index, link, draft, measures, errors, onChange, onRemove }: LinkProps) {
  const err = (field: Parameters<typeof linkError>[2]) => linkError(errors, index, field);
  const other = measures.find((m) => m.id === link.measureId);
  const n = index + 1;
  return (
    <fieldset className="link-fields">
      <legend>
        Link {n}
        {other ? `: to “${other.label}”` : ''}
      </legend>
      <Field id={`${id}-measure`} label="Linked measure" error={err('measureId')}>
        <select
          value={link.measureId}
          onChange={(e) => onChange({ ...link, measureId: e.target.value })}
          {...describedBy(`${id}-measure`, err('measureId'))}
        >
          <option value="">Choose…</option>
          {linkOptions(measures, draft.id).map((m) => (
            <option key={m.id} value={m.id}>
              {m.label} ({m.unit})
            </option>
          ))}
        </select>
      </Field>
      <fieldset
        className={`relation-choice${err('relation') ? ' has-error' : ''}`}
        aria-describedby={err('relation') ? `${id}-relation-error` : undefined}
      >
        <legend>How this measure relates to it</legend>
        {RELATION_ORDER.map((r: MeasureRelation) => (
          <label key={r} className="relation-option">
            <input type="radio" name={`${id}-relation`} checked={link.relation === r} onChange={() => onChange({ ...link, relation: r })} />
            <span>
              <strong>{RELATION_TEXT[r].name}</strong> — {RELATION_TEXT[r].explanation}
            </span>
          </label>
        ))}
        {err('relation') && (
          <p className="field-error" id={`${id}-relation-error`}>
            {err('relation')}
          </p>
        )}
      </fieldset>
      {link.relation === 'scale' && (
        <Field
          id={`${id}-factor`}
          label="Factor"
          hint={`A figure of this measure times the factor gives the figure in ${other ? `“${other.label}”’s unit (${other.unit})` : 'the other’s unit'}: 1000 from thousands to people.`}
          error={err('factor')}
        >
          <input
            type="text"
            inputMode="decimal"
            value={link.factor}
            onChange={(e) => onChange({ ...link, factor: e.target.value })}
            {...describedBy(`${id}-factor`, err('factor'), true)}
          />
        </Field>
      )}
      <fieldset className="caveat-fields">
        <legend>Caveats</legend>
        <p className="hint">Why the two may differ even when linked, shown beside every comparison of them.</p>
        {link.caveats.length === 0 && <p className="muted">None.</p>}
        <CaveatRows id={`${id}-caveat`} caveats={link.caveats} onChange={(caveats) => onChange({ ...link, caveats })} />
        {err('caveats') && <p className="field-error">{err('caveats')}</p>}
        <button
          type="button"
          className="secondary"
          onClick={() => onChange({ ...link, caveats: [...link.caveats, { kind: '', note: '' }] })}
        >
          Add a caveat<span className="visually-hidden"> to link {n}</span>
        </button>
      </fieldset>
      <button type="button" className="secondary danger-text" onClick={onRemove}>
        Remove link {n}
      </button>
    </fieldset>
  );
}

/** Every link the draft declares, with buttons to add and remove them; focus follows the link added or removed. */
export function MeasureLinkFields({
  id,
  draft,
  measures,
  errors,
  onChange,
}: {
  id: string;
  draft: MeasureDraft;
  measures: readonly Measure[];
  errors: MeasureErrors;
  onChange: (links: LinkDraft[]) => void;
}) {
  const [added, setAdded] = useState<string | null>(null);
  const [nextKey, setNextKey] = useState(0);
  const addRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // A new link's first control takes focus, so keyboard users carry on from where they pressed.
    if (added !== null) document.getElementById(`${id}-${added}-measure`)?.focus();
  }, [added, id]);
  return (
    <div className="link-list">
      {draft.links.map((link, i) => (
        <LinkFields
          key={link.key}
          id={`${id}-${link.key}`}
          index={i}
          link={link}
          draft={draft}
          measures={measures}
          errors={errors}
          onChange={(changed) => onChange(draft.links.map((l) => (l.key === link.key ? changed : l)))}
          onRemove={() => {
            onChange(draft.links.filter((l) => l.key !== link.key));
            setAdded(null);
            addRef.current?.focus();
          }}
        />
      ))}
      <button
        type="button"
        className="secondary"
        ref={addRef}
        onClick={() => {
          const key = `new-${nextKey}`;
          setNextKey((k) => k + 1);
          onChange([...draft.links, emptyLinkDraft(key)]);
          setAdded(key);
        }}
      >
        Link to another measure
      </button>
    </div>
  );
}
