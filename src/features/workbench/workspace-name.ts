// The name a new workspace gets: the typed one, or a default that says where it came from.
import { PUBLISHED_COPY_NAME } from '../../api/published-copy';

/** Default name of a workspace started empty. */
export const EMPTY_WORKSPACE_NAME = 'Empty workspace';

/** The name for a new workspace: the field's default names a copy of the published dataset, so an empty start gets its own; a blank or typed name is kept. */
export function newWorkspaceName(typed: string, from: 'published' | 'empty'): string {
  return from === 'empty' && typed.trim() === PUBLISHED_COPY_NAME ? EMPTY_WORKSPACE_NAME : typed;
}
