import { useWorkspaceId } from '../../api/active-dataset';
import { CopyButton } from './copy-button';

/** Copies the address of the view as it stands, filters and grouping included; a workspace's link says it opens only in this browser. */
export function CopyLinkButton() {
  const [workspaceId] = useWorkspaceId();
  return (
    <CopyButton
      label="Copy link to this view"
      className="secondary"
      text={() => window.location.href}
      copied={
        workspaceId === null
          ? 'Link copied.'
          : 'Link copied. It points to your workspace, which exists only in this browser: others cannot open it.'
      }
      fallback="copy the address from the address bar."
    />
  );
}
