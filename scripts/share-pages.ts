// Link previews for the published dataset: for each comparison, a copy of the app's index.html at compare/<id>/index.html
// with its own title, description, Open Graph and Twitter tags and canonical link, and a 1200 × 675 PNG of its card drawn
// by resvg from the same SVG card builder the app's "Download image" uses. The page still boots the app at that view.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { analyseDataset } from '../src/domain/analyse';
import { chartImageSvg, IMAGE_FONT, IMAGE_HEIGHT, IMAGE_WIDTH } from '../src/domain/exports/chart-image';
import { compareCard } from '../src/domain/exports/compare-card';
import { rangeChartSvg } from '../src/domain/exports/range-chart-svg';
import { indexDataset } from '../src/domain/lookups';
import { datasetSchema, type Dataset } from '../src/domain/schema';

const require = createRequire(import.meta.url);
// Inter ships as TTF in this package; resvg reads TTF/OTF only, and a fresh machine may have no fonts at all.
const FONT_FILES = [
  require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
];
const FONT_FAMILY = `Inter, ${IMAGE_FONT}`;

export const SOCIAL_IMAGE = 'social.png';

export interface SharePagesOptions {
  /** The build's output folder, holding index.html. */
  outDir: string;
  dataDir: string;
  /** The app's base path, with its slashes ("/", "/corroborate/"). */
  base: string;
  /** The public origin ("https://corroborate.example"); without it, URLs are relative to the site. */
  siteUrl?: string;
}

export interface SharePage {
  id: string;
  title: string;
  description: string;
  url: string;
  image: string;
}

/** Reads data/*.json as published, failing the build on a dataset that does not parse. */
function readDataset(dir: string): Dataset {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
  return datasetSchema.parse({ articles: read('articles'), sources: read('sources'), measures: read('measures'), claims: read('claims') });
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

/** The head tags of one comparison's page. */
export function shareHead(page: SharePage, absolute: boolean): string {
  const meta = (attr: 'name' | 'property', key: string, value: string) => `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  return [
    absolute ? '' : '<!-- Built without SITE_URL: these links are relative to the site, and most link previews need absolute ones. -->',
    `<title>${escapeHtml(`${page.title} — Corroborate`)}</title>`,
    meta('name', 'description', page.description),
    `<link rel="canonical" href="${escapeHtml(page.url)}" />`,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', 'Corroborate'),
    meta('property', 'og:title', page.title),
    meta('property', 'og:description', page.description),
    meta('property', 'og:url', page.url),
    meta('property', 'og:image', page.image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(IMAGE_WIDTH)),
    meta('property', 'og:image:height', String(IMAGE_HEIGHT)),
    meta('property', 'og:image:alt', `${page.title}: ${page.description}`),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', page.title),
    meta('name', 'twitter:description', page.description),
    meta('name', 'twitter:image', page.image),
  ]
    .filter(Boolean)
    .join('\n    ');
}

/** index.html with the app's own title and description swapped for the page's tags. */
export function sharePageHtml(template: string, page: SharePage, absolute: boolean): string {
  const withoutOwn = template.replace(/<title>[\s\S]*?<\/title>\s*/, '').replace(/<meta\s+name="description"[\s\S]*?\/?>\s*/, '');
  if (withoutOwn === template || !withoutOwn.includes('</head>')) throw new Error('index.html has no <title> or </head> to replace');
  return withoutOwn.replace('</head>', `  ${shareHead(page, absolute)}\n  </head>`);
}

/** The card as a PNG, 1200 × 675, drawn with the bundled font. */
export function renderCardPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: IMAGE_WIDTH },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
  });
  return resvg.render().asPng();
}

/** Writes compare/<id>/index.html and compare/<id>/social.png for every comparison in the published dataset. */
export function writeSharePages({ outDir, dataDir, base, siteUrl }: SharePagesOptions): SharePage[] {
  const dataset = readDataset(dataDir);
  const index = indexDataset(dataset);
  const template = readFileSync(join(outDir, 'index.html'), 'utf8');
  const origin = (siteUrl ?? '').replace(/\/+$/, '');
  const pages: SharePage[] = [];
  for (const group of analyseDataset(dataset).groups) {
    // An id that is not a plain file name keeps its client-side link only.
    if (!/^[\w-][\w.-]*$/.test(group.id)) continue;
    // The folder's own address, with its slash: every static server answers it with this page, not the app's bare index.
    const path = `${base}compare/${encodeURIComponent(group.id)}/`;
    const url = `${origin}${path}`;
    const { content, model } = compareCard(group, index, url);
    const chart = rangeChartSvg(model, { width: 720, height: 380, fontSize: 15, fontFamily: FONT_FAMILY });
    const svg = chartImageSvg(content, chart, 'light', { fontFamily: FONT_FAMILY });
    const page: SharePage = { id: group.id, title: content.title, description: content.verdict, url, image: `${url}${SOCIAL_IMAGE}` };
    const dir = join(outDir, 'compare', group.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, SOCIAL_IMAGE), renderCardPng(svg));
    writeFileSync(join(dir, 'index.html'), sharePageHtml(template, page, origin !== ''));
    pages.push(page);
  }
  return pages;
}
