import { useEffect } from 'react';
import { useWorkspaceId } from '../../api/active-dataset';
import type { EmbedKind } from '../../domain/embed/height-message';
import { CopyButton } from './copy-button';

type SnippetCode = typeof import('../../domain/embed/embed-snippet');

// The snippet's code is off the landing's first load. It loads once a button is drawn, so by the time one is pressed the
// text is made at once: a clipboard write that waits for a download can lose the click's permission in some browsers.
let snippetCode: SnippetCode | undefined;
let loading: Promise<SnippetCode> | undefined;
function loadSnippetCode(): Promise<SnippetCode> {
  loading ??= import('../../domain/embed/embed-snippet').then((code) => (snippetCode = code));
  return loading;
}

/** A frame id unique on the host page, so two embeds of one measure each get their own height. */
function frameId(kind: EmbedKind, groupId: string): string {
  const slug = groupId.replace(/[^A-Za-z0-9-]/g, '-').slice(0, 60);
  return `corroborate-${kind}-${slug}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Copies the HTML that embeds this comparison (or its card) in another site, with the view's filters and grouping.
 * A workspace lives only in this browser, so it has nothing to embed: the button says so instead of copying. */
export function CopyEmbedButton(props: { kind: EmbedKind; groupId: string; label: string }) {
  const [workspaceId] = useWorkspaceId();
  return <EmbedButton {...props} inWorkspace={workspaceId !== null} />;
}

/** CopyEmbedButton with the active dataset given, for a list of cards that must not each follow the address. */
export function EmbedButton({
  kind,
  groupId,
  label,
  inWorkspace,
}: {
  kind: EmbedKind;
  groupId: string;
  label: string;
  inWorkspace: boolean;
}) {
  useEffect(() => {
    // A failed download is said when the button is pressed.
    if (!inWorkspace) loadSnippetCode().catch(() => undefined);
  }, [inWorkspace]);
  if (inWorkspace) {
    // Said once on the comparison; repeated on every landing card it would be noise.
    if (kind === 'card') return null;
    return <span className="muted embed-unavailable">Workspaces are private to this browser and cannot be embedded.</span>;
  }
  return (
    <CopyButton
      label={kind === 'card' ? 'Copy embed code for this card' : 'Copy embed code'}
      className="secondary"
      text={() => {
        // Read the address now, at the press, even if the code is still on its way.
        const search = window.location.search;
        const make = ({ embedSnippet, embedUrl }: SnippetCode) =>
          embedSnippet({
            src: embedUrl({ origin: window.location.origin, base: import.meta.env.BASE_URL, kind, groupId, search }),
            title: `Corroborate: ${label}`,
            frameId: frameId(kind, groupId),
            initialHeight: kind === 'card' ? 420 : 640,
          });
        return snippetCode ? make(snippetCode) : loadSnippetCode().then(make);
      }}
      copied="Embed code copied. Paste it into your page’s HTML; the frame grows to fit what it shows."
      fallback="try again, or copy the link and ask the web desk to embed it."
      unavailable="The embed code did not load: reload the page and try again, or copy the link and ask the web desk to embed it."
    />
  );
}
