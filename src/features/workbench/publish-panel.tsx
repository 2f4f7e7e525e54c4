import { useId, useState } from 'react';

type Job = 'package' | 'annotations' | 'reviews';

/** Exports of the open workspace for data and annotation tools and for fact-check markup; the writers load on first use. */
export function PublishPanel({ workspaceId, name }: { workspaceId: string; name: string }) {
  const id = useId();
  const [reviewer, setReviewer] = useState('');
  const [busy, setBusy] = useState<Job | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);

  const run = async (job: Job) => {
    setBusy(job);
    setError(null);
    setMessage('');
    try {
      const publish = await import('../../shared/hooks/publish-downloads');
      if (job === 'package') {
        await publish.downloadDataPackage(workspaceId, name);
        setMessage(`Downloaded “${name}” as a Data Package.`);
      } else if (job === 'annotations') {
        const n = await publish.downloadWebAnnotations(workspaceId, name);
        setMessage(`Downloaded ${n} web annotation${n === 1 ? '' : 's'}, one per quote.`);
      } else {
        const n = await publish.downloadClaimReviews(workspaceId, name, reviewer.trim());
        setMessage(
          n === 0
            ? 'No claim here has a credibility grade of yours yet, so there is nothing to publish: grade a claim on its page first.'
            : `Downloaded ${n} ClaimReview${n === 1 ? '' : 's'}, one per claim you graded.`,
        );
      }
    } catch (e) {
      setError(`Could not export: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="publish-panel">
      <h3 id={`${id}-title`}>Export for other tools</h3>
      <div className="card-actions">
        <button type="button" className="secondary" disabled={busy !== null} onClick={() => void run('package')}>
          Download Data Package
        </button>
        <button type="button" className="secondary" disabled={busy !== null} onClick={() => void run('annotations')}>
          Download web annotations
        </button>
      </div>
      <p className="muted">
        The Data Package (a .zip of CSV tables with their schemas) opens in data tools. Web annotations let tools such as Hypothesis mark
        each quote on the original page.
      </p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run('reviews');
        }}
      >
        <label htmlFor={`${id}-reviewer`}>Published by (your newsroom or name)</label>
        <input id={`${id}-reviewer`} value={reviewer} maxLength={200} required onChange={(e) => setReviewer(e.target.value)} />
        <button type="submit" className="secondary" disabled={busy !== null || reviewer.trim() === ''}>
          Download ClaimReview
        </button>
      </form>
      <p className="muted">ClaimReview markup is made only for claims you graded yourself, never from the suggested grades.</p>
      {message && <p role="status">{message}</p>}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
