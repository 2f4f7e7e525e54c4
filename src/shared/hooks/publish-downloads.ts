// Workspace exports for other tools: a Frictionless Data Package, W3C Web Annotations and schema.org ClaimReviews.
// Loaded on first use, with the domain writers, so none of it is on a view's first load.
import { exportWorkspaceBundle } from '../../service/store/import-bundle';
import { claimReviewsOf } from '../../domain/exports/claim-review';
import { toDataPackage, zipDataPackage } from '../../domain/exports/data-package';
import { toAnnotationCollection, toWebAnnotation } from '../../domain/exports/web-annotation';
import { figureAsSaid } from '../../domain/figure-text';
import type { DatasetBundle } from '../../domain/bundle';
import { downloadBlob, downloadText, slugify } from '../download';

/** An address inside the app, absolute, keeping the workspace (which opens only in this browser). */
function appUrl(path: string, workspaceId: string): string {
  const url = new URL(`${import.meta.env.BASE_URL}${path}`, window.location.origin);
  url.searchParams.set('ws', workspaceId);
  return url.href;
}

const claimUrl = (workspaceId: string) => (claimId: string) => appUrl(`claims/${encodeURIComponent(claimId)}`, workspaceId);

/** Downloads the workspace as a zipped Tabular Data Package (datapackage.json and one CSV per table). */
export async function downloadDataPackage(workspaceId: string, name: string): Promise<void> {
  const bundle = await exportWorkspaceBundle(workspaceId);
  const files = toDataPackage({
    dataset: { articles: bundle.articles, sources: bundle.sources, measures: bundle.measures, claims: bundle.claims },
    grades: bundle.grades,
    name: slugify(name),
    title: name,
    created: new Date().toISOString(),
  });
  const zip = zipDataPackage(files);
  downloadBlob(new Blob([zip.slice().buffer], { type: 'application/zip' }), `${slugify(name)}.datapackage.zip`);
}

function nameOf(bundle: DatasetBundle): (id: string) => string {
  const names = new Map(bundle.sources.map((s) => [s.id, s.name]));
  return (id) => names.get(id) ?? id;
}

/** Downloads one Web Annotation per claim quote, as an AnnotationCollection. */
export async function downloadWebAnnotations(workspaceId: string, name: string): Promise<number> {
  const bundle = await exportWorkspaceBundle(workspaceId);
  const articles = new Map(bundle.articles.map((a) => [a.id, a]));
  const measures = new Map(bundle.measures.map((m) => [m.id, m]));
  const sourceName = nameOf(bundle);
  const annotations = bundle.claims.flatMap((claim) => {
    const article = articles.get(claim.articleId);
    if (!article) return [];
    return [
      toWebAnnotation({
        claim,
        article,
        text: bundle.texts[article.file],
        description: `${sourceName(claim.claimantId)}: ${figureAsSaid(claim, measures.get(claim.measureId), null)}`,
        claimUrl: claimUrl(workspaceId)(claim.id),
        fallbackSource: appUrl(`workbench/articles/${encodeURIComponent(article.id)}`, workspaceId),
      }),
    ];
  });
  const collection = toAnnotationCollection(appUrl('workbench', workspaceId), `Claims of “${name}”`, annotations);
  downloadText(JSON.stringify(collection, null, 2), `${slugify(name)}.annotations.jsonld`, 'application/ld+json');
  return annotations.length;
}

/** Downloads a ClaimReview for each claim the analyst graded; none are made from suggestions. Returns how many. */
export async function downloadClaimReviews(workspaceId: string, name: string, reviewer: string): Promise<number> {
  const bundle = await exportWorkspaceBundle(workspaceId);
  const reviews = claimReviewsOf(bundle.claims, new Map(bundle.articles.map((a) => [a.id, a])), bundle.grades.claims, {
    nameOf: nameOf(bundle),
    reviewer,
    datePublished: new Date().toISOString().slice(0, 10),
    claimUrl: claimUrl(workspaceId),
  });
  if (reviews.length > 0) {
    downloadText(JSON.stringify(reviews, null, 2), `${slugify(name)}.claimreview.jsonld`, 'application/ld+json');
  }
  return reviews.length;
}
