// Saving files the app builds (CSV, dataset bundles) to the user's disk, through a Blob and an <a download>.
import { exportWorkspaceBundle } from '../api/import-bundle';

/** Offers `text` as a file download named `fileName`. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty for it to start.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file-name-safe form of a workspace name: "Palmyra, 2nd look" → "palmyra-2nd-look". */
export function slugify(name: string): string {
  return (
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'workspace'
  );
}

/** Downloads a workspace as a dataset bundle (JSON). */
export async function downloadWorkspaceBundle(workspaceId: string, name: string): Promise<void> {
  const bundle = await exportWorkspaceBundle(workspaceId);
  downloadText(`${JSON.stringify(bundle, null, 2)}\n`, `${slugify(name)}.corroborate.json`, 'application/json');
}
