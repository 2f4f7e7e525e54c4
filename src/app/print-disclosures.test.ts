// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { openDisclosuresWhilePrinting } from './print-disclosures';

describe('openDisclosuresWhilePrinting', () => {
  it('opens the marked disclosures for print and closes again only those it opened', () => {
    document.body.innerHTML = `
      <details data-print="open" id="why"><summary>Why they may differ (7)</summary><p>Different periods.</p></details>
      <details data-print="open" id="how" open><summary>How this is computed</summary><p>Bounds.</p></details>
      <details id="image"><summary>Download image</summary></details>`;
    openDisclosuresWhilePrinting(window);
    const [why, how, image] = ['why', 'how', 'image'].map((id) => document.getElementById(id) as HTMLDetailsElement);
    window.dispatchEvent(new Event('beforeprint'));
    expect([why?.open, how?.open, image?.open]).toEqual([true, true, false]);
    window.dispatchEvent(new Event('afterprint'));
    // The reader had opened "How this is computed" before printing: it stays open.
    expect([why?.open, how?.open, image?.open]).toEqual([false, true, false]);
  });
});
