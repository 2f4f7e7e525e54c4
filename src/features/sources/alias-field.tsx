// The other names a source goes by: a list with a remove button each, and a box to add one (checked as it is added).
import { useState } from 'react';
import { describedBy, Field } from '../../shared/ui/form-field';
import type { Source } from '../../domain/schema';
import { addAlias, type SourceDraft } from '../../domain/source-draft';

export function AliasField({
  id,
  draft,
  sources,
  error,
  onChange,
}: {
  id: string;
  draft: SourceDraft;
  sources: readonly Source[];
  /** The form's error for the list as a whole, after a save. */
  error: string | undefined;
  onChange: (aliases: string[]) => void;
}) {
  const [alias, setAlias] = useState('');
  const [aliasError, setAliasError] = useState<string | undefined>();
  const add = () => {
    const added = addAlias(draft, alias, sources);
    if (!added.ok) {
      setAliasError(added.error);
      return;
    }
    onChange(added.draft.aliases);
    setAlias('');
    setAliasError(undefined);
  };
  return (
    <fieldset>
      <legend>Other names</legend>
      <p className="hint">Names reports use for it (“SOHR”, “the Observatory”), so a claimant named that way is matched to it.</p>
      {draft.aliases.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <ul className="plain alias-list">
          {draft.aliases.map((a) => (
            <li key={a}>
              {a}{' '}
              <button type="button" className="secondary" onClick={() => onChange(draft.aliases.filter((x) => x !== a))}>
                Remove<span className="visually-hidden"> the name “{a}”</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <p className="field-error">{error}</p>}
      <Field id={id} label="Add another name" error={aliasError}>
        <div className="inline-pick">
          <input
            type="text"
            value={alias}
            onChange={(e) => setAlias(e.target.value)}
            onKeyDown={(e) => {
              // Enter adds the name here; it must not submit the whole form.
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
            {...describedBy(id, aliasError)}
          />
          <button type="button" className="secondary" onClick={add}>
            Add the name
          </button>
        </div>
      </Field>
    </fieldset>
  );
}
