/** Disclosures whose content belongs on paper (the reasons, the technical form) open while the page prints, and close
 * again after: a printout cannot be unfolded. Those marked `data-print="open"` only; filters and download choices stay shut. */
export function openDisclosuresWhilePrinting(win: Window): void {
  let opened: HTMLDetailsElement[] = [];
  win.addEventListener('beforeprint', () => {
    opened = [...win.document.querySelectorAll<HTMLDetailsElement>('details[data-print="open"]:not([open])')];
    for (const details of opened) details.open = true;
  });
  win.addEventListener('afterprint', () => {
    for (const details of opened) details.open = false;
    opened = [];
  });
}
