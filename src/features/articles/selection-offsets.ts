// Maps a DOM selection inside the rendered article back to offsets into the article text. The text container holds only
// the text itself (plain text nodes and highlight elements around slices of it), so counting characters of text nodes in
// document order gives the offset into the stored string.

/** The offset into the container's text of a DOM boundary point (node, offset); null when the point is outside the container. */
export function offsetInText(container: Node, node: Node, offset: number): number | null {
  if (node !== container && !container.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) return charsBefore(container, node) + offset;
  // An element boundary: the point sits before its child at `offset`, or at its end.
  const child = node.childNodes[offset];
  if (child) return charsBefore(container, child);
  return charsBefore(container, node) + (node.textContent?.length ?? 0);
}

/** Characters of text that come before `target` in document order within `container`. */
function charsBefore(container: Node, target: Node): number {
  const doc = container.ownerDocument ?? document;
  const walker = doc.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (current === target || target.contains(current)) return count;
    // A text node after the target ends the count (target precedes it in document order).
    if (target.compareDocumentPosition(current) & Node.DOCUMENT_POSITION_PRECEDING) count += current.textContent?.length ?? 0;
    else return count;
  }
  return count;
}

/** Like offsetInText, but a point before the container gives 0 and a point after it gives the text's length. */
function clampedOffset(container: Node, node: Node, offset: number): number {
  const inside = offsetInText(container, node, offset);
  if (inside !== null) return inside;
  const whole = (container.ownerDocument ?? document).createRange();
  whole.selectNodeContents(container);
  return whole.comparePoint(node, offset) < 0 ? 0 : (container.textContent?.length ?? 0);
}

/**
 * The [start, end) offsets of a selection's first range, clipped to the container (a drag that runs past the end of the
 * text keeps the part inside it); null when nothing inside the container is selected.
 */
export function selectionOffsets(container: Node, selection: Selection | null): [number, number] | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = clampedOffset(container, range.startContainer, range.startOffset);
  const end = clampedOffset(container, range.endContainer, range.endOffset);
  return end > start ? [start, end] : null;
}
