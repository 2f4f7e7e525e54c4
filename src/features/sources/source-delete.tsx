import { useState } from 'react';
import type { QueryLike } from '../../api/query-like';
import type { Article, Source } from '../../domain/schema';
import { sourceInUseSentence, sourceUseExamples, type SourceUses } from '../../domain/source-uses';
import { QueryState } from '../../shared/ui/query-state';

/**
 * "Delete this source": refused, saying what uses it, while anything does; otherwise asks once before deleting. `local`
 * is what the records shown use it for, read where they are held; `storeUses` is what the store found when it refused
 * (a story step, or a claim added in another tab).
 */
export function SourceDelete({
  source,
  local,
  articles,
  storeUses,
  busy,
  onConfirm,
}: {
  source: Source;
  local: QueryLike<SourceUses>;
  /** The workspace's articles, to name the claims that use the source. */
  articles: readonly Article[];
  storeUses: SourceUses | null;
  busy: boolean;
  onConfirm: () => void;
}) {
  const [step, setStep] = useState<'idle' | 'asked'>('idle');
  const found = local.data;
  const uses = storeUses ?? (step === 'asked' && found && sourceInUseSentence(found) !== null ? found : null);
  const refusal = uses ? sourceInUseSentence(uses) : null;
  return (
    <section className="source-delete" aria-label="Delete this source">
      {step === 'idle' && !refusal && (
        <button type="button" className="secondary danger-text" onClick={() => setStep('asked')}>
          Delete this source
        </button>
      )}
      {refusal && uses && (
        <div role="alert" className="state state-error">
          <p>
            “{source.name}” cannot be deleted. {refusal}
          </p>
          <ul>
            {sourceUseExamples(uses, { articles }).map((example, i) => (
              // Two claims can read alike ("most" twice in one article), so the position keys them.
              <li key={i}>{example}</li>
            ))}
          </ul>
        </div>
      )}
      {step === 'asked' && !refusal && !found && (
        <QueryState query={local} what={`what uses “${source.name}”`}>
          {() => null}
        </QueryState>
      )}
      {step === 'asked' && !refusal && found && (
        <div role="alert" className="confirm-delete">
          <p>Delete “{source.name}”? No claim, article or source uses it. You can undo this straight after.</p>
          <div className="form-actions">
            <button type="button" className="danger" disabled={busy} onClick={onConfirm}>
              {busy ? 'Deleting…' : `Delete “${source.name}”`}
            </button>
            <button type="button" className="secondary" onClick={() => setStep('idle')}>
              Keep it
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
