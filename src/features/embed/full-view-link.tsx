/** The full app's address for a comparison (or the landing page for no id), under the build's base path, with the filters. */
export function fullViewHref(groupId: string, search: string): string {
  const path = groupId ? `compare/${encodeURIComponent(groupId)}` : '';
  return `${import.meta.env.BASE_URL}${path}${search}`;
}

/** The way out of an embed: the full comparison in a new tab, never inside the frame. */
export function FullViewLink({ groupId, search }: { groupId: string; search: string }) {
  return (
    <p className="embed-footer">
      <a href={fullViewHref(groupId, search)} target="_blank" rel="noopener">
        Open the full comparison in Corroborate<span className="visually-hidden"> (opens in a new tab)</span>
      </a>
      <span className="muted"> · Figures quoted word for word from news reports.</span>
    </p>
  );
}
