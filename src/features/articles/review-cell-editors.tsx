// In-place editors for one review row's claimant, measure and period. Every change applies at once; Escape or "Done" closes.
import type { KeyboardEvent, ReactNode } from 'react';
import { alignmentOptions } from '../../domain/source-draft';
import { sourceKinds, type Dataset, type SourceKind } from '../../domain/schema';
import { guessSourceKind } from '../../domain/suggest/source-kind';
import type { ReviewChoices } from '../../domain/view-models/review-rows';

const NEW = '__new__';

interface EditorProps {
  /** Unique per row and cell, for the controls' ids. */
  id: string;
  choices: ReviewChoices;
  dataset: Dataset;
  onChange: (choices: ReviewChoices) => void;
  onClose: () => void;
}

function CellEditor({ label, onClose, children }: { label: string; onClose: () => void; children: ReactNode }) {
  const onKeyDown = (e: KeyboardEvent) => {
    // Enter in a text box closes the editor, as the row's own Enter accepts: neither submits anything by surprise.
    if (e.key === 'Escape' || (e.key === 'Enter' && e.target instanceof HTMLInputElement)) {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };
  return (
    <div className="review-editor" role="group" aria-label={label} onKeyDown={onKeyDown}>
      {children}
      <button type="button" className="secondary" onClick={onClose}>
        Done
      </button>
    </div>
  );
}

export function ClaimantEditor({ id, choices, dataset, onChange, onClose }: EditorProps) {
  const c = choices.claimant;
  const sources = [...dataset.sources].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const setNew = (patch: Partial<{ name: string; sourceKind: SourceKind | ''; alignment: string }>) => {
    const base = c.kind === 'new' ? c : { kind: 'new' as const, name: '', sourceKind: '' as const, alignment: '' };
    onChange({ ...choices, claimant: { ...base, ...patch } });
  };
  return (
    <CellEditor label="Change the claimant" onClose={onClose}>
      <label htmlFor={`${id}-source`}>Claimant</label>
      <select
        id={`${id}-source`}
        value={c.kind === 'source' ? c.sourceId : NEW}
        onChange={(e) =>
          e.target.value === NEW ? setNew({}) : onChange({ ...choices, claimant: { kind: 'source', sourceId: e.target.value } })
        }
      >
        {sources.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
        <option value={NEW}>A new source…</option>
      </select>
      {c.kind === 'new' && (
        <>
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            value={c.name}
            onChange={(e) =>
              setNew({ name: e.target.value, ...(c.sourceKind === '' ? { sourceKind: guessSourceKind(e.target.value) } : {}) })
            }
          />
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={c.sourceKind} onChange={(e) => setNew({ sourceKind: e.target.value as SourceKind | '' })}>
            <option value="">Choose a kind…</option>
            {sourceKinds.map((kind) => (
              <option key={kind} value={kind}>
                {kind}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-side`}>Side it is tied to</label>
          <input id={`${id}-side`} list={`${id}-sides`} value={c.alignment} onChange={(e) => setNew({ alignment: e.target.value })} />
          <datalist id={`${id}-sides`}>
            {alignmentOptions(dataset.sources).map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
        </>
      )}
    </CellEditor>
  );
}

export function MeasureEditor({ id, choices, dataset, onChange, onClose }: EditorProps) {
  const m = choices.measure;
  const measures = [...dataset.measures].sort((a, b) => a.label.localeCompare(b.label, 'en'));
  const setNew = (patch: Partial<{ label: string; unit: string }>) => {
    const base = m.kind === 'new' ? m : { kind: 'new' as const, label: '', unit: '' };
    onChange({ ...choices, measure: { ...base, ...patch } });
  };
  return (
    <CellEditor label="Change the measure" onClose={onClose}>
      <label htmlFor={`${id}-measure`}>Measure</label>
      <select
        id={`${id}-measure`}
        value={m.kind === 'measure' ? m.measureId : NEW}
        onChange={(e) =>
          e.target.value === NEW ? setNew({}) : onChange({ ...choices, measure: { kind: 'measure', measureId: e.target.value } })
        }
      >
        {measures.map((x) => (
          <option key={x.id} value={x.id}>
            {x.label} ({x.unit})
          </option>
        ))}
        <option value={NEW}>A new measure…</option>
      </select>
      {m.kind === 'new' && (
        <>
          <label htmlFor={`${id}-label`}>What is counted, where and when</label>
          <input id={`${id}-label`} value={m.label} onChange={(e) => setNew({ label: e.target.value })} />
          <label htmlFor={`${id}-unit`}>Unit</label>
          <input id={`${id}-unit`} value={m.unit} onChange={(e) => setNew({ unit: e.target.value })} />
        </>
      )}
    </CellEditor>
  );
}

export function PeriodEditor({ id, choices, onChange, onClose }: Omit<EditorProps, 'dataset'>) {
  const period = choices.period ?? { from: '', to: '' };
  // Both days blank means no period: the claim then covers what its sentence says, with no dates read into it.
  const set = (patch: Partial<{ from: string; to: string }>) => {
    const next = { ...period, ...patch };
    onChange({ ...choices, period: next.from === '' && next.to === '' ? null : next });
  };
  return (
    <CellEditor label="Change the period" onClose={onClose}>
      <label htmlFor={`${id}-from`}>First day</label>
      <input id={`${id}-from`} type="date" value={period.from} onChange={(e) => set({ from: e.target.value })} />
      <label htmlFor={`${id}-to`}>Last day</label>
      <input id={`${id}-to`} type="date" value={period.to} onChange={(e) => set({ to: e.target.value })} />
    </CellEditor>
  );
}
