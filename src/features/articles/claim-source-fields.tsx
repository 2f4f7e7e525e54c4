import { useState } from 'react';
import type { Dataset } from '../../domain/schema';
import { NEW_SOURCE } from './article-draft';
import { existingSourceNamed } from './claim-draft';
import { describedBy, Field } from '../../shared/ui/form-field';
import type { ClaimPartProps } from './claim-form-parts';
import { NewSourceFields } from './new-source-fields';

/** Who says it: the claimant (or a new one), the outlet, and the intermediaries between them. */
export function SourceFields({ draft, set, errors, f, dataset }: ClaimPartProps & { dataset: Dataset }) {
  const [viaPick, setViaPick] = useState('');
  const sources = [...dataset.sources].sort((a, b) => a.name.localeCompare(b.name));
  const outlets = sources.filter((s) => s.kind === 'outlet');
  const newName = draft.newIntermediary.name.trim();
  const nameOf = (sourceId: string) =>
    sourceId === NEW_SOURCE
      ? `${newName || 'A new intermediary'} (new)`
      : (dataset.sources.find((s) => s.id === sourceId)?.name ?? sourceId);
  const existingVia = draft.via.includes(NEW_SOURCE) ? existingSourceNamed(newName, dataset.sources) : null;
  const removeVia = (sourceId: string) => {
    set(
      'via',
      draft.via.filter((v) => v !== sourceId),
    );
    if (sourceId === NEW_SOURCE) set('newIntermediary', { name: '', kind: '', alignment: '' });
  };
  return (
    <fieldset>
      <legend>Who says it</legend>
      <Field
        id={f('claimant')}
        label="Claimant"
        hint="Who made the claim; the outlet itself when it speaks in its own voice."
        error={errors.claimantId}
      >
        <select
          value={draft.claimantId}
          onChange={(e) => set('claimantId', e.target.value)}
          {...describedBy(f('claimant'), errors.claimantId, true)}
        >
          <option value="">Choose a source…</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.kind})
            </option>
          ))}
          <option value={NEW_SOURCE}>A new source…</option>
        </select>
      </Field>
      {draft.claimantId === NEW_SOURCE && (
        <NewSourceFields
          value={draft.newClaimant}
          onChange={(v) => set('newClaimant', v)}
          labels={{ name: 'Name of the new claimant', kind: 'Kind of claimant', side: 'Side' }}
          ids={{ name: f('claimant-name'), kind: f('claimant-kind'), side: f('claimant-alignment') }}
          errors={{ name: errors.claimantName, kind: errors.claimantKind, side: errors.claimantAlignment }}
        />
      )}
      <Field id={f('outlet')} label="Outlet" hint="The outlet that published the article." error={errors.outletId}>
        <select
          value={draft.outletId}
          onChange={(e) => set('outletId', e.target.value)}
          {...describedBy(f('outlet'), errors.outletId, true)}
        >
          {!outlets.some((s) => s.id === draft.outletId) && <option value={draft.outletId}>{nameOf(draft.outletId)}</option>}
          {outlets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </Field>
      <div className={`field${errors.via ? ' has-error' : ''}`}>
        <p className="field-label" id={f('via-label')}>
          Intermediaries
        </p>
        <p className="hint" id={f('via-hint')}>
          Sources named between the claimant and the outlet (“told AFP”), the claimant’s side last.
        </p>
        {draft.via.length > 0 && (
          <ol className="via-list" aria-labelledby={f('via-label')}>
            {draft.via.map((sourceId) => (
              <li key={sourceId}>
                {nameOf(sourceId)}{' '}
                <button type="button" className="link-button" onClick={() => removeVia(sourceId)}>
                  Remove<span className="visually-hidden"> {nameOf(sourceId)}</span>
                </button>
              </li>
            ))}
          </ol>
        )}
        <div className="inline-pick">
          <label htmlFor={f('via-pick')} className="visually-hidden">
            Intermediary to add
          </label>
          <select id={f('via-pick')} value={viaPick} onChange={(e) => setViaPick(e.target.value)} aria-describedby={f('via-hint')}>
            <option value="">Choose a source…</option>
            {sources
              .filter((s) => !draft.via.includes(s.id))
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            {!draft.via.includes(NEW_SOURCE) && <option value={NEW_SOURCE}>A new intermediary…</option>}
          </select>
          <button
            type="button"
            className="secondary"
            disabled={viaPick === ''}
            onClick={() => {
              set('via', [...draft.via, viaPick]);
              setViaPick('');
            }}
          >
            Add intermediary
          </button>
        </div>
        {draft.via.includes(NEW_SOURCE) && (
          <NewSourceFields
            value={draft.newIntermediary}
            onChange={(v) => set('newIntermediary', v)}
            labels={{ name: 'Name of the new intermediary', kind: 'Kind of intermediary', side: 'Side of the intermediary' }}
            ids={{ name: f('via-name'), kind: f('via-kind'), side: f('via-alignment') }}
            errors={{ name: errors.viaName, kind: errors.viaKind, side: errors.viaAlignment }}
            existing={existingVia}
            onUseExisting={(source) => {
              // The existing source takes the new one's place in the chain, unless it is already in it.
              set(
                'via',
                draft.via.includes(source.id)
                  ? draft.via.filter((v) => v !== NEW_SOURCE)
                  : draft.via.map((v) => (v === NEW_SOURCE ? source.id : v)),
              );
              set('newIntermediary', { name: '', kind: '', alignment: '' });
            }}
          />
        )}
        {errors.via && <p className="field-error">{errors.via}</p>}
      </div>
    </fieldset>
  );
}
