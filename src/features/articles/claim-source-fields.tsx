import { useState } from 'react';
import { sourceKinds, type Dataset, type SourceKind } from '../../domain/schema';
import { NEW_SOURCE } from './article-draft';
import { describedBy, Field, TextField } from '../../shared/ui/form-field';
import type { ClaimPartProps } from './claim-form-parts';

/** Who says it: the claimant (or a new one), the outlet, and the intermediaries between them. */
export function SourceFields({ draft, set, errors, f, dataset }: ClaimPartProps & { dataset: Dataset }) {
  const [viaPick, setViaPick] = useState('');
  const sources = [...dataset.sources].sort((a, b) => a.name.localeCompare(b.name));
  const outlets = sources.filter((s) => s.kind === 'outlet');
  const nameOf = (sourceId: string) => dataset.sources.find((s) => s.id === sourceId)?.name ?? sourceId;
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
        <div className="subfields">
          <TextField
            id={f('claimant-name')}
            label="Name of the new claimant"
            error={errors.claimantName}
            value={draft.newClaimant.name}
            onChange={(v) => set('newClaimant', { ...draft.newClaimant, name: v })}
          />
          <Field id={f('claimant-kind')} label="Kind of claimant" error={errors.claimantKind}>
            <select
              value={draft.newClaimant.kind}
              onChange={(e) => set('newClaimant', { ...draft.newClaimant, kind: e.target.value as SourceKind | '' })}
              {...describedBy(f('claimant-kind'), errors.claimantKind)}
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
            id={f('claimant-alignment')}
            label="Side"
            hint="The side it is tied to, in neutral words (“Syrian government”), or “independent”."
            error={errors.claimantAlignment}
            value={draft.newClaimant.alignment}
            onChange={(v) => set('newClaimant', { ...draft.newClaimant, alignment: v })}
          />
        </div>
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
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    set(
                      'via',
                      draft.via.filter((v) => v !== sourceId),
                    )
                  }
                >
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
        {errors.via && <p className="field-error">{errors.via}</p>}
      </div>
    </fieldset>
  );
}
