import { useEffect, useMemo, useRef } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { CopyButton } from '../../shared/ui/copy-button';
import { CopyIntoWorkspaceButton } from '../../shared/ui/copy-into-workspace-button';
import { GradeForm } from '../../shared/ui/grade-form';
import { ArticleSourceDetails } from '../../shared/ui/article-source-details';
import { EmptyState, QueryState } from '../../shared/ui/query-state';
import { isolateBidi } from '../../domain/bidi';
import { articleDateText } from '../../domain/article-date';
import { formatCitation, formatCitationAs, provenanceChain, splitAtSpan, type CitationFormat } from '../../domain/citation';
import { formatInterval } from '../../domain/format';
import { CREDIBILITY_GRADES, CREDIBILITY_LABELS, GRADE_REASON_MAX, isCredibilityGrade } from '../../domain/grades';
import { fromClaimValue } from '../../domain/interval';
import { indexDataset, sourceName } from '../../domain/lookups';
import type { Article, Claim } from '../../domain/schema';
import { useWorkspaceId } from '../../api/active-dataset';
import { useActiveArticleText } from '../../api/article-text';
import { useClaimSlice } from '../../api/use-dataset-slice';
import { useGrades } from '../../api/grades';
import { PUBLISHED_COPY_NAME, useCopyPublished } from '../../api/published-copy';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';

const OPTIONS = CREDIBILITY_GRADES.map((g) => ({ value: g, label: CREDIBILITY_LABELS[g] }));

/** The analyst's credibility grade 1–6 for one claim, or the way to get a workspace to grade in. */
function ClaimGrade({ claimId }: { claimId: string }) {
  const { editable, claimGrades, saveClaimGrade } = useGrades();
  const copy = useCopyPublished();
  if (!editable)
    return <CopyIntoWorkspaceButton onCopy={() => copy.mutate(PUBLISHED_COPY_NAME)} pending={copy.isPending} error={copy.error} />;
  const row = claimGrades.get(claimId);
  const current = row && isCredibilityGrade(row.grade) ? { grade: row.grade, reason: row.reason } : undefined;
  return (
    <GradeForm
      legend="Your credibility grade for this claim"
      options={OPTIONS}
      current={current}
      maxReason={GRADE_REASON_MAX}
      onSave={(grade) => saveClaimGrade({ claimId, grade })}
    />
  );
}

function ArticleText({ article, claim }: { article: Article; claim: Claim }) {
  const query = useActiveArticleText(article.file);
  const [workspaceId] = useWorkspaceId();
  const markRef = useRef<HTMLElement>(null);
  const parts = query.data === undefined ? null : splitAtSpan(query.data, claim.span);
  useEffect(() => {
    // Bring the quote into view inside the article box, not by jumping the whole page.
    markRef.current?.scrollIntoView({ block: 'center' });
  }, [parts?.quote]);
  return (
    <QueryState query={query} what="the article text" progress={workspaceId === null ? `Downloading ${article.file}…` : null}>
      {() =>
        parts === null ? (
          <p role="alert">The quote’s offsets fall outside this article’s text.</p>
        ) : (
          <>
            {parts.quote !== claim.quote && (
              <p role="alert">Warning: the text at the claim’s offsets does not match its quote. The dataset needs fixing.</p>
            )}
            <div className="article-text" tabIndex={0} role="region" aria-label={`Text of “${article.title}”`}>
              {parts.before}
              <mark ref={markRef}>{parts.quote}</mark>
              {parts.after}
            </div>
          </>
        )
      }
    </QueryState>
  );
}

/** The citation to copy in three formats: plain text (shown above), Markdown and HTML, each with the permalink. */
function CopyCitations({
  claim,
  article,
  nameOf,
  permalink,
}: {
  claim: Claim;
  article: Article;
  nameOf: (id: string) => string;
  permalink: string;
}) {
  const as = (format: CitationFormat) => () => formatCitationAs(format, claim, article, nameOf, permalink);
  const fallback = 'select the citation above and copy it.';
  return (
    <div className="toolbar">
      <CopyButton label="Copy citation" text={as('text')} copied="Citation copied." fallback={fallback} />
      <CopyButton
        label="Copy as Markdown"
        className="secondary"
        text={as('markdown')}
        copied="Citation copied as Markdown."
        fallback={fallback}
      />
      <CopyButton label="Copy as HTML" className="secondary" text={as('html')} copied="Citation copied as HTML." fallback={fallback} />
    </div>
  );
}

/** The claim's own address without the view's filters; a workspace's claim keeps its workspace, which opens only in this browser. */
function claimPermalink(claimId: string, workspaceId: string | null): string {
  const url = new URL(`${import.meta.env.BASE_URL}claims/${encodeURIComponent(claimId)}`, window.location.origin);
  if (workspaceId !== null) url.searchParams.set('ws', workspaceId);
  return url.href;
}

/** Names the claimant, the figure and the measure: “20 to 25”: Russian Defence Ministry on Air raids on Palmyra, March 2016. */
function claimTitle(claim: Claim | undefined, index: ReturnType<typeof indexDataset> | null): string {
  if (!claim || !index) return 'Claim';
  const measure = index.measures.get(claim.measureId)?.label ?? claim.measureId;
  return `“${claim.value.asWritten}”: ${sourceName(index.sources, claim.claimantId)} on ${measure}`;
}

/** One claim: its words highlighted in the article, its chain of custody, dates, reading and suggested grade. */
export function ClaimPage() {
  const { claimId = '' } = useParams();
  const { search } = useLocation();
  const [workspaceId] = useWorkspaceId();
  // Only this claim, its grade and the records it names come from the worker, however large the dataset.
  const { query, progress } = useClaimSlice(claimId);
  const index = useMemo(() => (query.data ? indexDataset(query.data.dataset) : null), [query.data]);
  useDocumentTitle(claimTitle(query.data?.claim ?? undefined, index));
  return (
    <QueryState query={query} what="the dataset" progress={progress}>
      {(data) => {
        const claim = data.claim ?? undefined;
        const article = claim ? index?.articles.get(claim.articleId) : undefined;
        if (!index || !claim || !article) {
          return (
            <EmptyState title="No such claim">
              <p>
                The link may be out of date. <Link to={{ pathname: '/', search }}>See all measures</Link>.
              </p>
            </EmptyState>
          );
        }
        const nameOf = (id: string) => sourceName(index.sources, id);
        const measure = index.measures.get(claim.measureId);
        const { credibility } = data;
        // The citation is one line of text, so the strings in it are isolated there (no <bdi> can go inside a string).
        const citedClaim = { ...claim, quote: isolateBidi(claim.quote) };
        const citedArticle = { ...article, title: isolateBidi(article.title) };
        const citedName = (id: string) => isolateBidi(nameOf(id));
        const permalink = claimPermalink(claim.id, workspaceId);
        const citation = formatCitation(citedClaim, citedArticle, citedName, permalink);
        const { group } = data;
        return (
          <>
            <p>
              <Link to={{ pathname: group ? `/compare/${encodeURIComponent(group.id)}` : '/', search }}>
                ← {group ? `Back to ${group.label}` : 'All measures'}
              </Link>
            </p>
            <h1>
              “<bdi>{claim.value.asWritten}</bdi>”: <bdi>{nameOf(claim.claimantId)}</bdi>
            </h1>
            {/* <bdi>: text from the data, isolated so a bidi override in it cannot reorder the words around it. */}
            <blockquote className="quote">
              “<bdi>{claim.quote}</bdi>”
            </blockquote>
            {group?.headline && (
              <section aria-labelledby="claim-verdict">
                <h2 id="claim-verdict">How it compares</h2>
                <p className="headline">
                  <bdi>{group.headline}</bdi>
                </p>
              </section>
            )}
            <dl className="facts">
              <dt>Chain</dt>
              <dd>
                <ol className="chain" aria-label="Outlet, intermediaries, claimant">
                  {provenanceChain(claim, nameOf).map((name) => (
                    <li key={name}>
                      <bdi>{name}</bdi>
                    </li>
                  ))}
                </ol>
              </dd>
              <dt>Measure</dt>
              <dd>
                {measure ? (
                  <>
                    <bdi>{measure.label}</bdi> (<bdi>{measure.unit}</bdi>)
                  </>
                ) : (
                  <bdi>{claim.measureId}</bdi>
                )}
              </dd>
              <dt>Value</dt>
              <dd>
                {formatInterval(fromClaimValue(claim.value), measure?.unit ?? '')}
                {claim.per === 'day' && ' a day'}
                {claim.value.approximate && ' (approximate, widened by the engine’s rule)'}
              </dd>
              <dt>Interpretation</dt>
              <dd>
                {claim.value.interpretation
                  ? `${claim.value.interpretation.reading} (rule: ${claim.value.interpretation.rule})`
                  : 'None: the figure is read as written.'}
              </dd>
              <dt>Stated</dt>
              <dd>
                {claim.statedOn ?? 'Unknown'}
                {claim.statedOnInferred && (
                  <>
                    {' '}
                    <span className="badge badge-inferred">inferred</span> <bdi>{claim.statedOnEvidence}</bdi>
                  </>
                )}
              </dd>
              <dt>Period covered</dt>
              <dd>
                {claim.period
                  ? `${claim.period.from} to ${claim.period.to}${claim.period.approximate ? ' (approximate)' : ''}`
                  : 'Not stated'}
                {claim.period?.evidence && (
                  <>
                    {' — '}
                    <bdi>{claim.period.evidence}</bdi>
                  </>
                )}
              </dd>
              <dt>Place</dt>
              <dd>
                <bdi>{claim.place}</bdi>
              </dd>
              <dt>Article</dt>
              <dd>
                “<bdi>{article.title}</bdi>”, <bdi>{nameOf(article.outlet)}</bdi>
                {article.byline && (
                  <>
                    , by <bdi>{article.byline}</bdi>
                  </>
                )}
                , {articleDateText(article)}
                {article.publishedAtInferred && (
                  <>
                    {' '}
                    <span className="badge badge-inferred">date inferred, {article.publishedAtConfidence} confidence</span>{' '}
                    <bdi>{article.publishedAtEvidence}</bdi>
                  </>
                )}
                {!article.outletNamedInText && (
                  <>
                    {' '}
                    (the outlet’s name is not printed in the text: <bdi>{article.outletEvidence}</bdi>)
                  </>
                )}
              </dd>
              <ArticleSourceDetails article={article} />
              {claim.notes && (
                <>
                  <dt>Notes</dt>
                  <dd>
                    <bdi>{claim.notes}</bdi>
                  </dd>
                </>
              )}
              <dt>Suggested credibility</dt>
              <dd>
                {credibility ? (
                  <>
                    <strong>
                      {credibility.grade}: {credibility.label}
                    </strong>
                    <ul>
                      {credibility.reasons.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                  </>
                ) : (
                  'Not assessed.'
                )}
              </dd>
              <dt>Your credibility grade</dt>
              <dd>
                <ClaimGrade claimId={claim.id} />
              </dd>
            </dl>
            <h2>Citation</h2>
            <p className="citation">{citation}</p>
            <CopyCitations claim={citedClaim} article={citedArticle} nameOf={citedName} permalink={permalink} />
            <h2>In the article</h2>
            <ArticleText article={article} claim={claim} />
          </>
        );
      }}
    </QueryState>
  );
}
