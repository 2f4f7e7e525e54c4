import { afterEach, describe, expect, it } from 'vitest';
import { offsetInText, selectionOffsets } from './selection-offsets';

/** Builds the container the article view renders: text with <mark> highlights around slices of it. */
function container(): HTMLElement {
  const div = document.createElement('div');
  const mark = document.createElement('mark');
  mark.textContent = 'more than 900';
  const claim = document.createElement('mark');
  const inner = document.createElement('mark');
  inner.textContent = '20';
  claim.append('about ', inner, ' sorties');
  div.append('Officials said ', mark, ' raids and ', claim, ' a day.');
  document.body.append(div);
  return div;
}

const TEXT = 'Officials said more than 900 raids and about 20 sorties a day.';

afterEach(() => {
  document.body.replaceChildren();
  window.getSelection()?.removeAllRanges();
});

function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Selection {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

describe('offsetInText', () => {
  it('counts the characters of every text node before the point, through nested marks', () => {
    const div = container();
    expect(div.textContent).toBe(TEXT);
    const markText = div.childNodes[1]!.firstChild!;
    expect(offsetInText(div, markText, 5)).toBe(TEXT.indexOf('than'));
    const innerText = div.querySelectorAll('mark')[2]!.firstChild!;
    expect(offsetInText(div, innerText, 0)).toBe(TEXT.indexOf('20'));
    expect(offsetInText(div, div.lastChild!, 3)).toBe(TEXT.indexOf('day'));
  });

  it('reads element boundary points as before a child or at the element’s end', () => {
    const div = container();
    expect(offsetInText(div, div, 0)).toBe(0);
    expect(offsetInText(div, div, 1)).toBe('Officials said '.length);
    expect(offsetInText(div, div, div.childNodes.length)).toBe(TEXT.length);
    const claim = div.childNodes[3]!;
    expect(offsetInText(div, claim, claim.childNodes.length)).toBe(TEXT.indexOf(' a day.'));
  });

  it('gives null for a point outside the container', () => {
    const div = container();
    const outside = document.createTextNode('elsewhere');
    document.body.append(outside);
    expect(offsetInText(div, outside, 0)).toBeNull();
  });
});

describe('selectionOffsets', () => {
  it('maps a selection across highlights to offsets whose slice is the selected text', () => {
    const div = container();
    const markText = div.childNodes[1]!.firstChild!;
    const selection = select(markText, 10, div.childNodes[4]!, 6);
    const span = selectionOffsets(div, selection);
    expect(span).not.toBeNull();
    expect(TEXT.slice(...span!)).toBe(selection.toString());
    expect(TEXT.slice(...span!)).toBe('900 raids and about 20 sorties a day');
  });

  it('clips a drag that runs past the end of the text', () => {
    const div = container();
    const after = document.createElement('p');
    after.textContent = 'page footer';
    document.body.append(after);
    const span = selectionOffsets(div, select(div.lastChild!, 1, after.firstChild!, 4));
    expect(span).toEqual([TEXT.length - ' a day.'.length + 1, TEXT.length]);
  });

  it('gives null for no selection, a collapsed one, or one wholly outside the text', () => {
    const div = container();
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    expect(selectionOffsets(div, null)).toBeNull();
    expect(selectionOffsets(div, select(div.firstChild!, 3, div.firstChild!, 3))).toBeNull();
    expect(selectionOffsets(div, select(outside.firstChild!, 0, outside.firstChild!, 4))).toBeNull();
  });
});
