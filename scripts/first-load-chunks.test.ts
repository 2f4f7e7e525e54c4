import { describe, expect, it } from 'vitest';
import { firstLoadGroups, preloadsOf, staticallyReached, workerServiceGroups } from './first-load-chunks';

// main → a, b; a → c (and d on demand, not a static import), and a library's entry, which re-exports two files; embed → b, e.
const LIB = '/r/node_modules/lib/index.js';
const graph: Record<string, string[]> = {
  '/r/src/main.tsx': ['/r/a.ts', '/r/b.ts'],
  '/r/a.ts': ['/r/c.ts', LIB],
  [LIB]: ['/r/node_modules/lib/used.js', '/r/node_modules/lib/unused.js'],
  '/r/b.ts': [],
  '/r/c.ts': ['/r/a.ts'],
  '/r/d.ts': [],
  '/r/src/embed.tsx': ['/r/b.ts', '/r/e.ts'],
  '/r/e.ts': [],
};
const context = { getModuleInfo: (id: string) => (id in graph ? { importedIds: graph[id] ?? [] } : null) };

describe('first-load chunks', () => {
  it('follows static imports from an entry, through cycles, and stops at a library', () => {
    expect([...staticallyReached('/r/src/main.tsx', (id) => graph[id] ?? [])].sort()).toEqual([
      '/r/a.ts',
      '/r/b.ts',
      '/r/c.ts',
      LIB,
      '/r/src/main.tsx',
    ]);
  });

  it('puts what the app loads at once in its chunk, what the embed shares in another, and leaves the rest', () => {
    const [shared, app] = firstLoadGroups('/r');
    const chunkOf = (id: string) => shared?.name(id, context) ?? app?.name(id, context) ?? null;
    expect(shared?.priority).toBeGreaterThan(app?.priority ?? Infinity);
    expect(chunkOf('/r/a.ts')).toBe('first-load');
    expect(chunkOf('/r/c.ts')).toBe('first-load');
    expect(chunkOf('/r/b.ts')).toBe('first-load-shared');
    // Loaded on demand, or only by the embed: the default chunking's.
    expect(chunkOf('/r/d.ts')).toBeNull();
    expect(chunkOf('/r/e.ts')).toBeNull();
    // The entries stay their own chunks.
    expect(chunkOf('/r/src/main.tsx')).toBeNull();
    expect(chunkOf('/r/src/embed.tsx')).toBeNull();
  });

  it('puts what the worker’s entry reaches in a chunk of its own, and the service it loads on demand in another', () => {
    const worker: Record<string, string[]> = {
      '/r/src/service/worker.ts': ['/r/d.ts'],
      '/r/src/service/service-code.ts': ['/r/h.ts', '/r/s.ts'],
      '/r/h.ts': ['/r/d.ts', '/r/s.ts'],
      '/r/s.ts': [],
      '/r/d.ts': [],
      '/r/lazy.ts': ['/r/s.ts'],
    };
    const inWorker = { getModuleInfo: (id: string) => (id in worker ? { importedIds: worker[id] ?? [] } : null) };
    const [start, service] = workerServiceGroups('/r');
    const chunkOf = (id: string) => start?.name(id, inWorker) ?? service?.name(id, inWorker) ?? null;
    expect(start?.priority).toBeGreaterThan(service?.priority ?? Infinity);
    // The downloads start without the service's code.
    expect(chunkOf('/r/d.ts')).toBe('downloads-start');
    expect(['/r/src/service/service-code.ts', '/r/h.ts', '/r/s.ts'].map(chunkOf)).toEqual(['service', 'service', 'service']);
    expect(chunkOf('/r/src/service/worker.ts')).toBeNull();
    expect(chunkOf('/r/lazy.ts')).toBeNull();
  });

  it('preloads with a chunk loaded on demand what it imports, less the first load, and nothing more with the in-page service', () => {
    const deps = ['assets/compare-page-a.js', 'assets/rolldown-runtime-b.js', 'assets/first-load-shared-c.js', 'assets/chart-rows-d.js'];
    expect(preloadsOf('assets/compare-page-a.js', deps)).toEqual(['assets/compare-page-a.js', 'assets/chart-rows-d.js']);
    expect(preloadsOf('assets/x.js', ['assets/first-load-e.js', 'assets/first-load.css'])).toEqual(['assets/first-load.css']);
    expect(preloadsOf('assets/handlers-e.js', ['assets/handlers-e.js', 'assets/filter-f.js'])).toEqual(['assets/handlers-e.js']);
  });
});
