// The "Copy embed code" snippet: the frame, and the listener that sizes it from the embed's height messages. Pure: the
// caller passes the address, the frame id and the title in.
import { HEIGHT_MESSAGE, MAX_EMBED_HEIGHT, type EmbedKind } from './height-message';

/** Query parameters that only make sense in the full app: a workspace lives in one browser and cannot be embedded. */
const NOT_EMBEDDED = ['ws'];

/** The embed's address for a view: the app's origin and base path, the kind and group, and the view's filters and grouping. */
export function embedUrl({
  origin,
  base,
  kind,
  groupId,
  search,
}: {
  origin: string;
  base: string;
  kind: EmbedKind;
  groupId: string;
  search: string;
}): string {
  const params = new URLSearchParams(search);
  for (const name of NOT_EMBEDDED) params.delete(name);
  const query = params.toString();
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${origin}${root}embed/${kind}/${encodeURIComponent(groupId)}${query ? `?${query}` : ''}`;
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll("'", '&#39;');
}

/** A JSON string literal that is safe inside an inline <script>: no "</script>", no HTML comment opener, no line separators. */
function scriptString(text: string): string {
  return JSON.stringify(text)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

/** The inline listener: sets the frame's height from height messages that come from that frame and its origin, nothing else. */
export function listenerScript(frameId: string, origin: string): string {
  return [
    '(function () {',
    `  var frame = document.getElementById(${scriptString(frameId)});`,
    '  if (!frame) return;',
    '  window.addEventListener("message", function (event) {',
    `    if (event.source !== frame.contentWindow || event.origin !== ${scriptString(origin)}) return;`,
    '    var data = event.data;',
    `    if (!data || data.type !== ${scriptString(HEIGHT_MESSAGE)} || typeof data.height !== "number") return;`,
    `    if (!isFinite(data.height) || data.height <= 0 || data.height > ${MAX_EMBED_HEIGHT}) return;`,
    '    frame.setAttribute("height", String(Math.ceil(data.height)));',
    '  });',
    '})();',
  ].join('\n');
}

/** The HTML to paste into a page: the iframe, then the script that makes its height follow its content. */
export function embedSnippet({
  src,
  title,
  frameId,
  initialHeight = 480,
}: {
  src: string;
  title: string;
  frameId: string;
  initialHeight?: number;
}): string {
  const origin = new URL(src).origin;
  const iframe =
    `<iframe id="${escapeAttribute(frameId)}" src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="${Math.ceil(initialHeight)}" style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>`;
  return `${iframe}\n<script>\n${listenerScript(frameId, origin)}\n</script>`;
}
