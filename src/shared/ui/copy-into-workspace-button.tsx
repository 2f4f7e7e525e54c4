/** Shown instead of grade controls on the read-only published dataset: grading happens in a workspace. */
export function CopyIntoWorkspaceButton({ onCopy, pending, error }: { onCopy: () => void; pending: boolean; error: Error | null }) {
  return (
    <div className="copy-to-grade">
      <p className="muted">The published dataset is read-only. Grades are kept in a workspace, in this browser.</p>
      <button type="button" onClick={onCopy} disabled={pending}>
        {pending ? 'Copying…' : 'Copy into a workspace to grade'}
      </button>
      {error && <p role="alert">Could not create the workspace: {error.message}</p>}
    </div>
  );
}
