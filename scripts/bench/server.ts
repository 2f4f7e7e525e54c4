// A tiny static server for a production build: files from the build folder, the dataset from any folder under /data/,
// and index.html for every other path (the app's client-side routes). No compression and no caching, like a plain host.
import { cpSync, createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { FLOOR_WORKER, FLOOR_WORKER_PATH } from './floor-worker';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  close: () => Promise<void>;
}

/** A file under `root` for a URL path, or null when the path leaves the folder or names no file. */
function fileUnder(root: string, urlPath: string): string | null {
  const file = normalize(join(root, decodeURIComponent(urlPath)));
  if (file !== root && !file.startsWith(root + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Serves `distDir` on 127.0.0.1 (a free port unless given); with `dataDir`, /data/* comes from there instead of the build. */
export async function serveBuild(distDir: string, dataDir?: string, port = 0): Promise<StaticServer> {
  const dist = resolve(distDir);
  const data = dataDir === undefined ? join(dist, 'data') : resolve(dataDir);
  const index = join(dist, 'index.html');
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === `/${FLOOR_WORKER_PATH}`) {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' }).end(FLOOR_WORKER);
      return;
    }
    let file: string | null;
    if (path.startsWith('/data/')) file = fileUnder(data, path.slice('/data/'.length));
    else file = fileUnder(dist, path);
    // Client-side routes get the app; a missing asset or data file is a real 404.
    if (file === null && !path.startsWith('/data/') && !path.startsWith('/assets/') && extname(path) === '') file = index;
    if (file === null) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/**
 * Copies a build to a temp folder, so that a rebuild of dist/ by someone else during a long run cannot swap the hashed
 * chunks under a loaded page ("Failed to fetch dynamically imported module").
 */
export function snapshotBuild(distDir: string): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-dist-'));
  cpSync(resolve(distDir), dir, { recursive: true });
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
