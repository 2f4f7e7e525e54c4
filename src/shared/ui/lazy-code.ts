import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** Code loaded on demand that could not be fetched (the app was updated while the page was open, or the network went).
 * Browsers keep a failed `import()` failed until the page reloads, so trying the view again cannot help: only a reload.
 * The download's own error is the cause. */
export class CodeLoadError extends Error {}

/** `React.lazy` of a component found by `load`, whose failure to download is a CodeLoadError: error boundaries then offer
 * a reload of the page, not a retry that would fail again. */
export function lazyCode<P extends object>(load: () => Promise<ComponentType<P>>): LazyExoticComponent<ComponentType<P>> {
  return lazy(() =>
    load().then(
      (component) => ({ default: component }),
      (cause: unknown) => {
        throw new CodeLoadError('This part of the app could not be downloaded.', { cause });
      },
    ),
  );
}
