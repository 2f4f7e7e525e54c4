import { useState } from 'react';

/** A button that puts text on the clipboard and says so in a polite status line; a blocked clipboard is said too, with what to do instead. */
export function CopyButton({
  label,
  text,
  copied,
  fallback,
  unavailable = 'The text to copy did not load: reload the page and try again.',
  className,
}: {
  label: string;
  /** The text, made when the button is pressed (so a URL is read as it is then); a promise when its code is still loading. */
  text: () => string | Promise<string>;
  /** What the status line says once copied. */
  copied: string;
  /** What to do when the clipboard cannot be reached. */
  fallback: string;
  /** What the status line says when the text could not be made (its code did not load). */
  unavailable?: string;
  className?: string;
}) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    let made: string | Promise<string>;
    try {
      made = text();
    } catch {
      setStatus(unavailable);
      return;
    }
    if (typeof made !== 'string' && canCopyLater()) {
      // Safari lets a page write to the clipboard only while the press is handled: a ClipboardItem is handed over at once
      // and takes the text when it is made.
      const making = { failed: false };
      const blob = made.then(
        (value) => new Blob([value], { type: 'text/plain' }),
        (error: unknown) => {
          making.failed = true;
          throw error;
        },
      );
      try {
        await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
        setStatus(copied);
      } catch {
        setStatus(making.failed ? unavailable : `Could not reach the clipboard: ${fallback}`);
      }
      return;
    }
    let value: string;
    try {
      value = typeof made === 'string' ? made : await made;
    } catch {
      // Its code did not load (a new version of the app replaced it while the page was open, say).
      setStatus(unavailable);
      return;
    }
    try {
      await navigator.clipboard.writeText(value);
      setStatus(copied);
    } catch {
      setStatus(`Could not reach the clipboard: ${fallback}`);
    }
  };
  return (
    <>
      <button type="button" className={className} onClick={() => void copy()}>
        {label}
      </button>{' '}
      {/* Only once pressed, so a page with several copy buttons has no empty status lines. */}
      {status && <span role="status">{status}</span>}
    </>
  );
}

/** Whether the clipboard takes an item whose text is still being made (every current browser but older Firefox). */
function canCopyLater(): boolean {
  // Undefined outside a secure context, whatever the types say.
  const clipboard = navigator.clipboard as Clipboard | undefined;
  return typeof ClipboardItem !== 'undefined' && typeof clipboard?.write === 'function';
}
