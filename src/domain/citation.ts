import type { Article, Claim } from './schema';

/** Splits text around [start, end) so the quote can be highlighted as text, never as HTML; out-of-range spans give null. */
export function splitAtSpan(text: string, span: readonly [number, number]): { before: string; quote: string; after: string } | null {
  const [start, end] = span;
  if (start < 0 || end > text.length || start > end) return null;
  return { before: text.slice(0, start), quote: text.slice(start, end), after: text.slice(end) };
}

/** The provenance chain as names, outlet first: outlet ← intermediaries ← claimant; repeated names appear once. */
export function provenanceChain(claim: Claim, nameOf: (id: string) => string): string[] {
  const chain = [claim.outletId, ...claim.via, claim.claimantId].map(nameOf);
  return chain.filter((name, i) => chain.indexOf(name) === i);
}

/** Article fields the workbench may record; optional here so a citation works with or without them. */
export type CitableArticle = Article & {
  accessedOn?: string | null;
  archiveUrl?: string | null;
  language?: string | null;
};

/** The absolute http(s) address, or null for anything else (javascript:, data:, relative, malformed). */
export function webAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Everything a citation names, each part already in words; links only when they are web addresses. */
export interface CitationParts {
  claimant: string;
  /** ", stated 2016-12-11 (inferred)" or "". */
  stated: string;
  outlet: string;
  via: string[];
  quote: string;
  title: string;
  date: string;
  url: string | null;
  /** The raw address when one is recorded but is not a web address: cited as text, never as a link. */
  unlinkedUrl: string | null;
  accessedOn: string | null;
  archiveUrl: string | null;
  permalink: string | null;
}

/** The parts of a citation; a recorded address that is not http(s) is kept as text, an empty field is left out. */
export function citationParts(
  claim: Claim,
  article: CitableArticle,
  nameOf: (id: string) => string,
  permalink: string | null = null,
): CitationParts {
  const url = webAddress(article.url);
  return {
    claimant: nameOf(claim.claimantId),
    stated: claim.statedOn ? `, stated ${claim.statedOn}${claim.statedOnInferred ? ' (inferred)' : ''}` : '',
    outlet: nameOf(article.outlet),
    via: claim.via.map(nameOf),
    quote: claim.quote,
    title: article.title,
    // No date printed: "n.d.", as citation styles write it; the day it was read follows as the access date, never as this one.
    date:
      article.publishedAt === null
        ? 'n.d.'
        : article.publishedAtInferred
          ? `${article.publishedAt} (date inferred, not printed)`
          : article.publishedAt,
    url,
    unlinkedUrl: url === null && article.url ? article.url : null,
    accessedOn: article.accessedOn || null,
    archiveUrl: webAddress(article.archiveUrl),
    permalink: webAddress(permalink),
  };
}

/** The text with a full stop, unless it already ends with one ("n.d."). */
function stop(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/** "accessed 2026-01-05; archived copy: …", or "" when neither is recorded. */
function accessText(p: CitationParts, archive: (url: string) => string): string {
  const bits = [p.accessedOn ? `accessed ${p.accessedOn}` : '', p.archiveUrl ? `archived copy: ${archive(p.archiveUrl)}` : ''].filter(
    Boolean,
  );
  return bits.join('; ');
}

/** A plain-text citation a journalist can paste; inferred dates say so; the web address, access date, archive and permalink follow when known. */
export function formatCitation(
  claim: Claim,
  article: CitableArticle,
  nameOf: (id: string) => string,
  permalink: string | null = null,
): string {
  const p = citationParts(claim, article, nameOf, permalink);
  const via = p.via.length > 0 ? `, via ${p.via.join(', ')}` : '';
  let text = `${p.claimant}${p.stated}, reported by ${p.outlet}${via}: “${p.quote}”. In “${p.title}”, ${p.outlet}, ${stop(p.date)}`;
  const address = p.url ?? p.unlinkedUrl;
  const access = accessText(p, (u) => u);
  if (address) text += ` ${address}${access ? ` (${access})` : ''}.`;
  else if (access) text += ` ${access.charAt(0).toUpperCase()}${access.slice(1)}.`;
  if (p.permalink) text += ` Compared on Corroborate: ${p.permalink}`;
  return text;
}

/** Markdown's inline specials escaped, so a quote or a name cannot turn into a link, emphasis, code or HTML; line breaks become spaces. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>&~|]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, ' ');
}

/** A line that would start a heading, quote, list or rule gets its first character escaped. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#>+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** A URL safe inside a Markdown link target: spaces and brackets encoded. */
function markdownUrl(url: string): string {
  return url.replace(/[ ()<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The citation in Markdown: the article's title links to its web address, the archived copy and the permalink are links; all text escaped. */
export function formatCitationMarkdown(
  claim: Claim,
  article: CitableArticle,
  nameOf: (id: string) => string,
  permalink: string | null = null,
): string {
  const p = citationParts(claim, article, nameOf, permalink);
  const e = escapeMarkdown;
  const via = p.via.length > 0 ? `, via ${p.via.map(e).join(', ')}` : '';
  const title = p.url ? `[“${e(p.title)}”](${markdownUrl(p.url)})` : `“${e(p.title)}”`;
  let text = `${e(p.claimant)}${e(p.stated)}, reported by ${e(p.outlet)}${via}: “${e(p.quote)}”. In ${title}, *${e(p.outlet)}*, ${stop(e(p.date))}`;
  if (p.unlinkedUrl) text += ` ${e(p.unlinkedUrl)}.`;
  const access = [p.accessedOn ? `accessed ${e(p.accessedOn)}` : '', p.archiveUrl ? `[archived copy](${markdownUrl(p.archiveUrl)})` : '']
    .filter(Boolean)
    .join('; ');
  if (access) text += ` (${access})`;
  if (p.permalink) text += ` [Compared on Corroborate](${markdownUrl(p.permalink)})`;
  return escapeLineStart(text);
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}

/** The citation as an HTML fragment: <q> for the quote, <cite> for the title, links only to web addresses; all text escaped. */
export function formatCitationHtml(
  claim: Claim,
  article: CitableArticle,
  nameOf: (id: string) => string,
  permalink: string | null = null,
): string {
  const p = citationParts(claim, article, nameOf, permalink);
  const h = escapeHtml;
  const link = (url: string, text: string) => `<a href="${h(url)}">${text}</a>`;
  const via = p.via.length > 0 ? `, via ${p.via.map(h).join(', ')}` : '';
  const title = p.url ? link(p.url, `<cite>${h(p.title)}</cite>`) : `<cite>${h(p.title)}</cite>`;
  let html = `${h(p.claimant)}${h(p.stated)}, reported by ${h(p.outlet)}${via}: <q>${h(p.quote)}</q>. In ${title}, ${h(p.outlet)}, ${stop(h(p.date))}`;
  if (p.unlinkedUrl) html += ` ${h(p.unlinkedUrl)}.`;
  const access = [p.accessedOn ? `accessed ${h(p.accessedOn)}` : '', p.archiveUrl ? link(p.archiveUrl, 'archived copy') : '']
    .filter(Boolean)
    .join('; ');
  if (access) html += ` (${access})`;
  if (p.permalink) html += ` ${link(p.permalink, 'Compared on Corroborate')}`;
  return `<p class="citation">${html}</p>`;
}

export type CitationFormat = 'text' | 'markdown' | 'html';

/** The citation in the chosen format. */
export function formatCitationAs(
  format: CitationFormat,
  claim: Claim,
  article: CitableArticle,
  nameOf: (id: string) => string,
  permalink: string | null = null,
): string {
  if (format === 'markdown') return formatCitationMarkdown(claim, article, nameOf, permalink);
  if (format === 'html') return formatCitationHtml(claim, article, nameOf, permalink);
  return formatCitation(claim, article, nameOf, permalink);
}
