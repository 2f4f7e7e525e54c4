// One chunk for the code the app's page loads at once, instead of a file per shared module: over HTTP/1.1 (six
// connections) the page's twenty-odd first-load scripts queued the dataset worker's downloads behind them.
import { resolve } from 'node:path';

/** What the chunking pass tells a group's `name` about a module (rolldown's `ChunkingContext`). */
interface ChunkingContext {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** The modules an entry imports statically, itself included: what its page loads before its first line runs. */
export function staticallyReached(entry: string, importedIds: (id: string) => readonly string[]): Set<string> {
  const reached = new Set<string>([entry]);
  const queue = [entry];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const next of importedIds(id)) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }
  return reached;
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
  const entries = { app: resolve(root, app), embed: resolve(root, embed) };
  const reachedBy = new WeakMap<ChunkingContext, { app: Set<string>; embed: Set<string> }>();
  const reached = (context: ChunkingContext) => {
    let sets = reachedBy.get(context);
    if (!sets) {
      const importedIds = (m: string) => context.getModuleInfo(m)?.importedIds ?? [];
      sets = { app: staticallyReached(entries.app, importedIds), embed: staticallyReached(entries.embed, importedIds) };
      reachedBy.set(context, sets);
    }
    return sets;
  };
  const firstLoad = (id: string, context: ChunkingContext) => id !== entries.app && reached(context).app.has(id);
  return [
    {
      name: (id: string, context: ChunkingContext) =>
        firstLoad(id, context) && reached(context).embed.has(id) ? 'first-load-shared' : null,
      priority: 2,
    },
    { name: (id: string, context: ChunkingContext) => (firstLoad(id, context) ? 'first-load' : null), priority: 1 },
  ];
}
