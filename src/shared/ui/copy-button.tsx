import { useState } from 'react';

/** A button that puts text on the clipboard and says so in a polite status line; a blocked clipboard is said too, with what to do instead. */
export function CopyButton({
  label,
  text,
  copied,
  fallback,
  className,
}: {
  label: string;
  /** The text, made when the button is pressed (so a URL is read as it is then); a promise when its code is still loading. */
  text: () => string | Promise<string>;
  /** What the status line says once copied. */
  copied: string;
  /** What to do when the clipboard cannot be reached. */
  fallback: string;
  className?: string;
}) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    let value: string;
    try {
      const made = text();
      value = typeof made === 'string' ? made : await made;
    } catch {
      // The text's code did not load (a new version of the app replaced it while the page was open, say).
      setStatus(`Could not make the text to copy: ${fallback}`);
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
