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

/** A plain-text citation a journalist can paste; inferred dates say so. */
export function formatCitation(claim: Claim, article: Article, nameOf: (id: string) => string): string {
  const claimant = nameOf(claim.claimantId);
  const outlet = nameOf(article.outlet);
  const via = claim.via.length > 0 ? `, via ${claim.via.map(nameOf).join(', ')}` : '';
  const date = article.publishedAtInferred ? `${article.publishedAt} (date inferred, not printed)` : article.publishedAt;
  const stated = claim.statedOn ? `, stated ${claim.statedOn}${claim.statedOnInferred ? ' (inferred)' : ''}` : '';
  return `${claimant}${stated}, reported by ${outlet}${via}: “${claim.quote}”. In “${article.title}”, ${outlet}, ${date}.`;
}
