/** What a long task is doing now, with a Stop button while it can still be stopped (none once Stop was pressed). */
export function ProgressLine({ message, onStop }: { message: string; onStop: (() => void) | null }) {
  return (
    <div className="state state-loading">
      <p role="status">{message}</p>
      {onStop && (
        <button type="button" className="secondary" onClick={onStop}>
          Stop
        </button>
      )}
    </div>
  );
}
