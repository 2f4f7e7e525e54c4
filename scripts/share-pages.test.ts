// @vitest-environment happy-dom
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseDataset } from '../src/domain/analyse';
import { loadShippedDataset } from '../src/testing/real-dataset';
import { sharePageHtml, writeSharePages, type SharePage } from './share-pages';

const root = resolve(import.meta.dirname, '..');
const outDir = mkdtempSync(join(tmpdir(), 'share-pages-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Standard deviation of the image's grey levels: a blank or single-colour image has none. */
function greySpread(png: PNG): number {
  let sum = 0;
  let squares = 0;
  const count = png.width * png.height;
  for (let i = 0; i < png.data.length; i += 4) {
    const grey = ((png.data[i] ?? 0) + (png.data[i + 1] ?? 0) + (png.data[i + 2] ?? 0)) / 3;
    sum += grey;
    squares += grey * grey;
  }
  return Math.sqrt(squares / count - (sum / count) ** 2);
}

describe('writeSharePages', () => {
  it('writes a page with its tags and a 1200 × 675 card for every comparison of the shipped dataset', () => {
    // The app's own index.html stands in for the built one: the writer only swaps the head's title and description.
    const template = readFileSync(join(root, 'index.html'), 'utf8');
    writeFileSync(join(outDir, 'index.html'), template);
    const pages = writeSharePages({ outDir, dataDir: join(root, 'data'), base: '/corroborate/', siteUrl: 'https://corroborate.example/' });
    const groups = analyseDataset(loadShippedDataset()).groups;
    expect(pages.map((p) => p.id).sort()).toEqual(groups.map((g) => g.id).sort());
    for (const page of pages) {
      const url = `https://corroborate.example/corroborate/compare/${page.id}/`;
      expect(page.url).toBe(url);
      const html = readFileSync(join(outDir, 'compare', page.id, 'index.html'), 'utf8');
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const meta = (key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
      expect(doc.title).toBe(`${page.title} — Corroborate`);
      expect(doc.querySelectorAll('title')).toHaveLength(1);
      expect(meta('description')).toBe(page.description);
      expect(page.description.length).toBeGreaterThan(20);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
      expect(meta('og:url')).toBe(url);
      expect(meta('og:title')).toBe(page.title);
      expect(meta('og:description')).toBe(page.description);
      expect(meta('og:image')).toBe(`${url}social.png`);
      expect(meta('og:type')).toBe('article');
      expect(meta('twitter:card')).toBe('summary_large_image');
      // The page still boots the app.
      expect(doc.getElementById('root')).not.toBeNull();
      const png = PNG.sync.read(readFileSync(join(outDir, 'compare', page.id, 'social.png')));
      expect([png.width, png.height]).toEqual([1200, 675]);
      expect(greySpread(png)).toBeGreaterThan(20);
    }
  });

  it('says when the links are relative, and escapes what it writes into the head', () => {
    const page: SharePage = {
      id: 'x',
      title: 'A "quoted" <title>',
      description: 'B & C',
      url: '/compare/x',
      image: '/compare/x/social.png',
    };
    const html = sharePageHtml(
      '<html><head><title>App</title><meta name="description" content="app" /></head><body></body></html>',
      page,
      false,
    );
    expect(html).toContain('Built without SITE_URL');
    expect(html).toContain('<title>A &quot;quoted&quot; &lt;title&gt; — Corroborate</title>');
    expect(html).toContain('content="B &amp; C"');
    expect(html).not.toContain('content="app"');
  });
});
