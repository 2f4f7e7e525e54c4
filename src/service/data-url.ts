/** URL of a file in the published dataset folder, under the app's base path. */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}data/${path}`;
}
