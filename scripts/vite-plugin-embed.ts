// The embed: a second page (embed.html) built beside the app, served for every <base>embed/... address in dev and preview,
// and copied at build to embed/<kind>/<measure id>/index.html so a plain static host serves it without a rewrite rule.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const MEASURES_FILE = join(ROOT, 'data', 'measures.json');
export const EMBED_KINDS = ['compare', 'card'] as const;

/** The address the embed page is served under for a request, or null when the request is not for an embed. */
export function embedRewrite(url: string, base: string): string | null {
  const [path = '', query] = url.split('?', 2);
  if (!path.startsWith(`${base}embed/`)) return null;
  return `${base}embed.html${query === undefined ? '' : `?${query}`}`;
}

/** Serves embed.html for <base>embed/... (before the app's own fallback to index.html). */
function rewriteMiddleware(base: () => string): Connect.NextHandleFunction {
  return (req, _res, next) => {
    const target = embedRewrite(req.url ?? '', base());
    if (target !== null) req.url = target;
    next();
  };
}

/** Ids of the published measures, whose embed pages the build writes out; a missing or unreadable file means none. */
function measureIds(): string[] {
  if (!existsSync(MEASURES_FILE)) return [];
  const parsed: unknown = JSON.parse(readFileSync(MEASURES_FILE, 'utf8'));
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((m: unknown) => {
    const id = typeof m === 'object' && m !== null ? (m as { id?: unknown }).id : undefined;
    // Only ids that are safe as a folder name: data:check allows no others, this keeps a bad file from writing elsewhere.
    return typeof id === 'string' && /^[A-Za-z0-9._-]+$/.test(id) && !/^\.+$/.test(id) ? [id] : [];
  });
}

/** Adds embed.html as a second page, serves it for embed addresses, and writes its static copies. */
export function embedPages(): Plugin {
  let base = '/';
  let outDir = 'dist';
  return {
    name: 'corroborate:embed',
    // Vitest runs Vite plugins too: there is nothing to serve or build there.
    apply: (_config, env) => env.mode !== 'test',
    config: () => ({
      build: { rolldownOptions: { input: { main: join(ROOT, 'index.html'), embed: join(ROOT, 'embed.html') } } },
    }),
    configResolved(config) {
      base = config.base;
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use(rewriteMiddleware(() => base));
    },
    configurePreviewServer(server) {
      server.middlewares.use(rewriteMiddleware(() => base));
    },
    writeBundle() {
      const page = readFileSync(join(outDir, 'embed.html'), 'utf8');
      for (const id of measureIds()) {
        for (const kind of EMBED_KINDS) {
          const dir = join(outDir, 'embed', kind, id);
          mkdirSync(dir, { recursive: true });
          writeFileSync(join(dir, 'index.html'), page);
        }
      }
    },
  };
}
