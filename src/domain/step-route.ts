// The routes a story step can show, read from an address. Kept apart from the story checks (and the schema they need),
// so the header can ask "can this view be a step?" without loading them.
import type { StoryView } from './schema';

/** The view a step's route names: a measure's comparison, a claim's page, or one of the overviews. */
export type StepRoute =
  | { kind: 'compare'; groupId: string }
  | { kind: 'claim'; claimId: string }
  | { kind: 'overview' }
  | { kind: 'matrix' }
  | { kind: 'timeline' }
  | { kind: 'sources' };

const SIMPLE_ROUTES = new Map<string, StepRoute>([
  ['/', { kind: 'overview' }],
  ['/matrix', { kind: 'matrix' }],
  ['/timeline', { kind: 'timeline' }],
  ['/sources', { kind: 'sources' }],
]);

/** Reads a step's path ("/compare/<measure id>", "/claims/<claim id>", "/matrix"…); null for anything else, a trailing "/" included. */
export function parseStepRoute(path: string): StepRoute | null {
  const simple = SIMPLE_ROUTES.get(path);
  if (simple) return simple;
  const match = /^\/(compare|claims)\/([^/]+)$/.exec(path);
  if (!match) return null;
  const [, view, id = ''] = match;
  return view === 'compare' ? { kind: 'compare', groupId: id } : { kind: 'claim', claimId: id };
}

/** The step view of the address shown, or null where the page is not a view a step can show (the workbench, say). The
 * workspace parameter is left out: a story names views, and the workspace it lives in supplies the records. */
export function stepViewOf(pathname: string, search: string): StoryView | null {
  if (!parseStepRoute(pathname)) return null;
  const params = new URLSearchParams(search);
  params.delete('ws');
  const query = params.toString();
  return { path: pathname, search: query === '' ? '' : `?${query}` };
}
