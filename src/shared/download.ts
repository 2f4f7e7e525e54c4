// Saving files the app builds (CSV, dataset bundles) to the user's disk, through a Blob and an <a download>.

/** Offers `text` as a file download named `fileName`. */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** Offers a blob as a file download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
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

/** Downloads a workspace as a compressed dataset bundle (.json.gz), which the import reads back whatever its size. */
export async function downloadWorkspaceBundle(workspaceId: string, name: string): Promise<void> {
  // The workspace store (and IndexedDB's library) loads only when a bundle is asked for: charts on the first page save images
  // through this module too.
  const { exportWorkspaceFile } = await import('../service/store/import-bundle');
  const blob = await exportWorkspaceFile(workspaceId);
  downloadBlob(new Blob([blob], { type: 'application/gzip' }), `${slugify(name)}.corroborate.json.gz`);
}
