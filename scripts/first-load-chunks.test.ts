import { describe, expect, it } from 'vitest';
import { firstLoadGroups, staticallyReached } from './first-load-chunks';

// main → a, b; a → c (and d on demand, not a static import); embed → b, e.
const graph: Record<string, string[]> = {
  '/r/src/main.tsx': ['/r/a.ts', '/r/b.ts'],
  '/r/a.ts': ['/r/c.ts'],
  '/r/b.ts': [],
  '/r/c.ts': ['/r/a.ts'],
  '/r/d.ts': [],
  '/r/src/embed.tsx': ['/r/b.ts', '/r/e.ts'],
  '/r/e.ts': [],
};
const context = { getModuleInfo: (id: string) => (id in graph ? { importedIds: graph[id] ?? [] } : null) };

describe('first-load chunks', () => {
  it('follows static imports from an entry, through cycles', () => {
    expect([...staticallyReached('/r/src/main.tsx', (id) => graph[id] ?? [])].sort()).toEqual([
      '/r/a.ts',
      '/r/b.ts',
      '/r/c.ts',
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
});
