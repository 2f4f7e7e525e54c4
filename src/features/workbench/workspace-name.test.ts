import { describe, expect, it } from 'vitest';
import { PUBLISHED_COPY_NAME } from '../../api/published-copy';
import { EMPTY_WORKSPACE_NAME, newWorkspaceName } from './workspace-name';

describe('newWorkspaceName', () => {
  it('names an empty start "Empty workspace" when the field still holds the default', () => {
    expect(newWorkspaceName(PUBLISHED_COPY_NAME, 'empty')).toBe(EMPTY_WORKSPACE_NAME);
  });

  it('keeps the default for a copy, and any typed name for both', () => {
    expect(newWorkspaceName(PUBLISHED_COPY_NAME, 'published')).toBe(PUBLISHED_COPY_NAME);
    expect(newWorkspaceName('Homs check', 'empty')).toBe('Homs check');
    expect(newWorkspaceName('Homs check', 'published')).toBe('Homs check');
  });
});
