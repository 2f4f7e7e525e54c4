// One chunk for the code a page, or the dataset worker, loads at once, instead of a file per shared module: over
// HTTP/1.1 (six connections) the page's twenty-odd first-load scripts queued the dataset worker's downloads behind them,
// and the worker found its code four files deep, one round trip per level.
import { resolve } from 'node:path';

/** What the chunking pass tells a group's `name` about a module (rolldown's `ChunkingContext`). */
interface ChunkingContext {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/**
 * The modules an entry imports statically, itself included: what its page loads before its first line runs. The walk
 * stops at a library's module. A group takes in the library code its modules use (rolldown's
 * `includeDependenciesRecursively`), so what the page runs still comes with it. Walking on through a library's entry file
 * took every file that entry re-exports and that some view loaded later uses: TanStack Query's mutations came with the
 * page's first load, used only by the editors.
 *
 * Worked example: main → a → react-query's index → {useQuery, useMutation}: main, a and the index are reached.
 */
export function staticallyReached(entry: string, importedIds: (id: string) => readonly string[]): Set<string> {
  const reached = new Set<string>([entry]);
  const queue = [entry];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (id.includes('/node_modules/')) continue;
    for (const next of importedIds(id)) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }
  return reached;
}

/** `staticallyReached` of each entry, found once per chunking pass. */
function reachedIn(root: string) {
  const passes = new WeakMap<ChunkingContext, Map<string, Set<string>>>();
  return (context: ChunkingContext, entry: string): Set<string> => {
    let pass = passes.get(context);
    if (!pass) passes.set(context, (pass = new Map<string, Set<string>>()));
    let reached = pass.get(entry);
    if (!reached) {
      reached = staticallyReached(resolve(root, entry), (m) => context.getModuleInfo(m)?.importedIds ?? []);
      pass.set(entry, reached);
    }
    return reached;
  };
}

/**
 * Two code-splitting groups: the modules the app's entry reaches statically in one chunk (`first-load`), and those the
 * embed's entry reaches too in another (`first-load-shared`), taken first, so that the embed loads none of the app's
 * own. Modules loaded on demand, and the entries themselves, are left to the default chunking (a group that takes in an
 * entry becomes that entry's chunk).
 *
 * Worked example: main → {a, b}, embed → {b, c}: a is in `first-load`, b in `first-load-shared`, c in neither.
 */
export function firstLoadGroups(root: string, { app = 'src/main.tsx', embed = 'src/embed.tsx' } = {}) {
  const reached = reachedIn(root);
  const firstLoad = (id: string, context: ChunkingContext) => id !== resolve(root, app) && reached(context, app).has(id);
  return [
    {
      name: (id: string, context: ChunkingContext) =>
        firstLoad(id, context) && reached(context, embed).has(id) ? 'first-load-shared' : null,
      priority: 2,
    },
    { name: (id: string, context: ChunkingContext) => (firstLoad(id, context) ? 'first-load' : null), priority: 1 },
  ];
}

/**
 * The files to preload with a chunk loaded on demand, as lists in the first load's code:
 * - less the first load's own files: code that imports on demand runs once those have loaded, so they preloaded nothing;
 * - the in-page service (`handlers`) with no list: it runs only where no worker starts or storage is in memory, and the
 *   names of its 30-odd files were 0.3 KB of every first load, for one round trip saved in those cases.
 *
 * Worked examples (each file under assets/): compare-page-a.js with [compare-page-a.js, rolldown-runtime-b.js,
 * first-load-shared-c.js, chart-rows-d.js] → [compare-page-a.js, chart-rows-d.js]; handlers-e.js with
 * [handlers-e.js, filter-f.js] → [handlers-e.js].
 */
export function preloadsOf(file: string, deps: readonly string[]): string[] {
  if (/(^|\/)handlers-[^/]*\.js$/.test(file)) return [file];
  return deps.filter((dep) => !/(^|\/)(rolldown-runtime|first-load)-[^/]*\.js$/.test(dep));
}

/**
 * The dataset worker's groups: what its entry reaches statically (the downloads' start) in one chunk, taken first, and
 * what its service (`service-code`, which the entry imports on demand) reaches besides in another (`service`). A
 * group takes in the dependencies of what it captures: without the first, the entry's own imports went into the
 * service's chunk, and the downloads waited for the service's code.
 *
 * Worked example: worker → {d}, service-code → {d, h, s}: d is in `downloads-start`, h and s in `service`.
 */
export function workerServiceGroups(root: string, { entry = 'src/service/worker.ts', service = 'src/service/service-code.ts' } = {}) {
  const reached = reachedIn(root);
  const start = (id: string, context: ChunkingContext) => id !== resolve(root, entry) && reached(context, entry).has(id);
  return [
    { name: (id: string, context: ChunkingContext) => (start(id, context) ? 'downloads-start' : null), priority: 2 },
    {
      name: (id: string, context: ChunkingContext) => (!start(id, context) && reached(context, service).has(id) ? 'service' : null),
      priority: 1,
    },
  ];
}
