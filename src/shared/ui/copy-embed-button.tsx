import { useWorkspaceId } from '../../api/active-dataset';
import { embedSnippet, embedUrl, type EmbedKind } from '../../domain/embed/embed-snippet';
import { CopyButton } from './copy-button';

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
  if (inWorkspace) {
    // Said once on the comparison; repeated on every landing card it would be noise.
    if (kind === 'card') return null;
    return <span className="muted embed-unavailable">Workspaces are private to this browser and cannot be embedded.</span>;
  }
  return (
    <CopyButton
      label={kind === 'card' ? 'Copy embed code for this card' : 'Copy embed code'}
      className="secondary"
      text={() =>
        embedSnippet({
          src: embedUrl({
            origin: window.location.origin,
            base: import.meta.env.BASE_URL,
            kind,
            groupId,
            search: window.location.search,
          }),
          title: `Corroborate: ${label}`,
          frameId: frameId(kind, groupId),
          initialHeight: kind === 'card' ? 420 : 640,
        })
      }
      copied="Embed code copied. Paste it into your page’s HTML; the frame grows to fit what it shows."
      fallback="the embed code could not be copied. Try again, or copy the link and ask the web desk to embed it."
    />
  );
}
