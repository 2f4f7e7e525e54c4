import { useState } from 'react';
import type { Dataset, Source } from '../../domain/schema';
import { sourceInUseSentence, sourceUseExamples, sourceUses, type SourceUses } from '../../domain/source-uses';

/**
 * "Delete this source": refused, saying what uses it, while anything does; otherwise asks once before deleting. `storeUses`
 * is what the store found when it refused (a story step, or a claim added in another tab).
 */
export function SourceDelete({
  source,
  dataset,
  storeUses,
  busy,
  onConfirm,
}: {
  source: Source;
  dataset: Pick<Dataset, 'claims' | 'articles' | 'sources'>;
  storeUses: SourceUses | null;
  busy: boolean;
  onConfirm: () => void;
}) {
  const [step, setStep] = useState<'idle' | 'asked'>('idle');
  const local = sourceUses(dataset, [], source.id);
  const uses = storeUses ?? (step === 'asked' && sourceInUseSentence(local) !== null ? local : null);
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
            {sourceUseExamples(uses, dataset).map((example, i) => (
              // Two claims can read alike ("most" twice in one article), so the position keys them.
              <li key={i}>{example}</li>
            ))}
          </ul>
        </div>
      )}
      {step === 'asked' && !refusal && (
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
