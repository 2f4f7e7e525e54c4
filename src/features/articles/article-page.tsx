import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { articleDateText } from '../../domain/article-date';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { deleteClaimAt, saveRecords } from '../../service/store/workspaces';
import { workspaceQueries } from '../../api/workspace-queries';
import { EmptyState, QueryState } from '../../shared/ui/query-state';
import { formatInterval } from '../../domain/format';
import { indexDataset, sourceName, type DatasetIndex } from '../../domain/lookups';
import type { Article, Claim } from '../../domain/schema';
import { useWorkspaceId } from '../../api/active-dataset';
import { useActiveArticleText } from '../../api/article-text';
import type { ArticleDeskSlice } from '../../api/dataset';
import { useArticleDesk } from '../../api/use-dataset-slice';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { ArticleSourceDetails } from '../../shared/ui/article-source-details';
import { ArticleTextView } from './article-text-view';
import { ClaimForm } from './claim-form';
import { draftFromCandidate, draftFromClaim, draftFromSelection, type ClaimDraft } from './claim-draft';
import { figureQueries, suggesterQueries, suggestFor } from './figure-queries';
import { ReviewTable } from './review-table';
import { NoWorkspace } from '../../shared/ui/form-field';
import { selectionOffsets } from './selection-offsets';
import type { ClaimBase } from './use-claim-save';
import './articles.css';

interface Status {
  message: string;
  /** A deleted claim the user can bring back. */
  undo: Claim | null;
}

function quotePreview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Tracks the words the user selects inside the container, as offsets into the text; a selection elsewhere leaves it as it was. */
function useTextSelection(container: RefObject<HTMLElement | null>): [number, number] | null {
  const [span, setSpan] = useState<[number, number] | null>(null);
  useEffect(() => {
    const update = () => {
      const element = container.current;
      const selection = document.getSelection();
      if (!element || !selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      // Clicking a button elsewhere must not forget the words picked in the text, so only changes inside the text count.
      if (!element.contains(range.commonAncestorContainer) && !range.intersectsNode(element)) return;
      const next = selectionOffsets(element, selection);
      setSpan((prev) => (prev?.[0] === next?.[0] && prev?.[1] === next?.[1] ? prev : next));
    };
    document.addEventListener('selectionchange', update);
    return () => {
      document.removeEventListener('selectionchange', update);
    };
  }, [container]);
  return span;
}

function ClaimList({
  claims,
  index,
  editing,
  search,
  onEdit,
  onDelete,
}: {
  claims: readonly Claim[];
  index: DatasetIndex;
  editing: string | null;
  search: string;
  onEdit: (claim: Claim) => void;
  onDelete: (claim: Claim) => void;
}) {
  if (claims.length === 0) return <p className="muted">No claims yet: pick a proposed figure or select words in the text.</p>;
  return (
    <ul className="plain record-list">
      {claims.map((claim) => {
        const measure = index.measures.get(claim.measureId);
        return (
          <li key={claim.id} className={editing === claim.id ? 'is-current' : undefined}>
            <p>
              <strong>{claim.value.asWritten}</strong> ({formatInterval(claim.value, measure?.unit ?? '')}
              {claim.per === 'day' && ' a day'}): {sourceName(index.sources, claim.claimantId)}
            </p>
            <p className="quote">“{quotePreview(claim.quote)}”</p>
            <p className="muted">{measure?.label ?? claim.measureId}</p>
            <div className="button-row">
              <button type="button" className="secondary" onClick={() => onEdit(claim)}>
                Edit<span className="visually-hidden"> the claim “{claim.value.asWritten}”</span>
              </button>
              <button type="button" className="secondary" onClick={() => onDelete(claim)}>
                Delete<span className="visually-hidden"> the claim “{claim.value.asWritten}”</span>
              </button>
              <Link to={{ pathname: `/claims/${encodeURIComponent(claim.id)}`, search }}>
                Provenance<span className="visually-hidden"> of “{claim.value.asWritten}”</span>
              </Link>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

interface EditorProps {
  article: Article;
  /** The article's claims with their revisions, the sources and measures, the suggester's words. */
  desk: ArticleDeskSlice;
  workspaceId: string;
}

function ArticleEditor({ article, desk, text, workspaceId }: EditorProps & { text: string }) {
  const dataset = desk.records;
  const revisions = desk.claimRevisions;
  const { search } = useLocation();
  const client = useQueryClient();
  const figures = useQuery(figureQueries.detail(text));
  const candidates = useMemo(() => figures.data ?? [], [figures.data]);
  const claims = useMemo(() => [...dataset.claims].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]), [dataset.claims]);
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  const textRef = useRef<HTMLDivElement>(null);
  const selection = useTextSelection(textRef);
  const [form, setForm] = useState<{ key: number; draft: ClaimDraft; candidate: number | null; base: ClaimBase } | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  // The place typed last in this article carries over to its next claim at once, before the saved records come back.
  const [saved, setSaved] = useState<{ articleId: string; place: string } | null>(null);
  const lastPlace = (saved?.articleId === article.id ? saved.place : null) ?? claims.at(-1)?.place ?? '';
  const draftContext = { article, place: lastPlace };
  // The review table's place starts as the article's last one; once typed, it is the user's.
  const [placeDraft, setPlaceDraft] = useState<string | null>(null);
  const reviewPlace = placeDraft ?? lastPlace;
  const suggesters = useQuery(suggesterQueries.code());
  const suggestions = useMemo(
    () => (suggesters.data && figures.data ? suggestFor(suggesters.data, { text, article, desk, candidates, place: reviewPlace }) : null),
    [suggesters.data, figures.data, text, article, desk, candidates, reviewPlace],
  );

  const open = (draft: ClaimDraft, candidate: number | null, base: ClaimBase = null) => {
    setForm((prev) => ({ key: (prev?.key ?? 0) + 1, draft, candidate, base }));
  };
  const pick = (i: number) => {
    const candidate = candidates[i];
    if (candidate) open(draftFromCandidate(candidate, draftContext), i);
  };
  const refresh = () => client.invalidateQueries({ queryKey: workspaceQueries.all });

  const remove = useMutation({
    mutationFn: (claim: Claim) => deleteClaimAt(workspaceId, claim.id, revisions.get(claim.id) ?? 0),
    onSuccess: async (result, claim) => {
      if (!result.ok) {
        const messages = {
          changed: `Not deleted: the claim “${claim.value.asWritten}” was changed in another tab a moment ago. Check the change, then delete it again if you still want to.`,
          deleted: `The claim “${claim.value.asWritten}” was already deleted in another tab.`,
          'workspace-deleted': 'Not deleted: this workspace was deleted in another tab.',
        };
        setStatus({ message: messages[result.conflict.reason], undo: null });
      } else {
        if (form?.draft.id === claim.id) setForm(null);
        setStatus({ message: `Deleted the claim “${claim.value.asWritten}”.`, undo: result.deleted });
      }
      await refresh();
    },
    onError: (error) => {
      setStatus({ message: `Could not delete the claim: ${error instanceof Error ? error.message : String(error)}`, undo: null });
    },
  });
  const undo = useMutation({
    // Put back only while it stays deleted: another tab may have restored or changed it meanwhile.
    mutationFn: (claim: Claim) =>
      saveRecords(workspaceId, { claims: [claim] }, { bases: [{ kind: 'claims', id: claim.id, revision: null }] }),
    onSuccess: async (result, claim) => {
      setStatus({
        message: result.ok
          ? `Restored the claim “${claim.value.asWritten}”.`
          : `Could not restore the claim “${claim.value.asWritten}”: it was put back or changed in another tab, so it was left as it is there.`,
        undo: null,
      });
      await refresh();
    },
    onError: (error) => {
      setStatus({ message: `Could not restore the claim: ${error instanceof Error ? error.message : String(error)}`, undo: null });
    },
  });

  const outlet = sourceName(index.sources, article.outlet);
  return (
    <>
      <p>
        <Link to={{ pathname: '/workbench', search }}>← Workbench</Link> ·{' '}
        <Link to={{ pathname: '/workbench/articles/new', search }}>Add another article</Link>
      </p>
      <h1>{article.title}</h1>
      <p className="muted">
        {outlet}
        {article.byline && `, by ${article.byline}`}, {articleDateText(article)}
        {article.publishedAtInferred && (
          <>
            {' '}
            <span className="badge badge-inferred">date inferred</span>
          </>
        )}
      </p>
      <dl className="facts">
        <ArticleSourceDetails article={article} />
      </dl>
      <div role="status" className="status-line">
        {status && (
          <>
            {status.message}{' '}
            {status.undo && (
              <button type="button" className="secondary" disabled={undo.isPending} onClick={() => status.undo && undo.mutate(status.undo)}>
                Undo
              </button>
            )}
          </>
        )}
      </div>
      <section aria-labelledby="review-heading" className="review">
        <h2 id="review-heading">Review the proposed figures ({candidates.length})</h2>
        {(figures.isPending || suggesters.isPending) && (
          <p role="status" className="state state-loading">
            <span className="spinner" aria-hidden="true" /> Reading the figures and who gave them…
          </p>
        )}
        {suggesters.isError && (
          <p role="alert" className="field-error">
            The suggestions could not be made: pick a highlighted figure in the text to fill in the claim form yourself.
          </p>
        )}
        {suggestions && (
          <ReviewTable
            workspaceId={workspaceId}
            article={article}
            dataset={dataset}
            text={text}
            suggestions={suggestions}
            claims={claims}
            place={reviewPlace}
            onPlaceChange={setPlaceDraft}
            onOpenForm={(draft, start) => {
              const at = candidates.findIndex((c) => c.start === start);
              open(draft, at === -1 ? null : at);
            }}
            onChanged={() => void refresh()}
          />
        )}
      </section>
      <div className="article-layout">
        <section aria-labelledby="article-text-heading" className="article-main">
          <h2 id="article-text-heading">Text</h2>
          <p className="hint">
            <mark className="figure legend-swatch">Proposed figures</mark> are highlighted: pick one to make it a claim.{' '}
            <mark className="claim-mark legend-swatch">Quotes of claims</mark> are underlined. Or select any words and quote them.
          </p>
          <div className="toolbar">
            <button
              type="button"
              disabled={selection === null}
              onClick={() => selection && open(draftFromSelection(text, selection, candidates, draftContext), null)}
            >
              Quote the selected words
            </button>
            <span className="muted" aria-live="polite">
              {selection ? `Selected: “${quotePreview(text.slice(selection[0], selection[1]))}”` : 'No words selected.'}
            </span>
          </div>
          {figures.isPending && (
            <p role="status" className="state state-loading">
              <span className="spinner" aria-hidden="true" /> Finding figures…
            </p>
          )}
          {figures.isError && (
            <p role="alert" className="field-error">
              The figure finder failed: select words in the text to quote them.
            </p>
          )}
          <ArticleTextView
            ref={textRef}
            text={text}
            label={`Text of “${article.title}”`}
            candidates={candidates}
            claims={claims}
            current={form?.candidate ?? null}
            onPick={pick}
          />
        </section>
        <div className="article-side">
          {form && (
            <section className="panel" aria-label="Claim form">
              <ClaimForm
                key={form.key}
                workspaceId={workspaceId}
                article={article}
                dataset={dataset}
                text={text}
                initial={form.draft}
                base={form.base}
                currentRevision={form.base ? (revisions.get(form.base.claim.id) ?? null) : null}
                selection={selection}
                onCancel={() => setForm(null)}
                onDiscarded={(message) => {
                  setForm(null);
                  setStatus({ message, undo: null });
                  void refresh();
                }}
                onSaved={(claim, created) => {
                  setForm(null);
                  setSaved({ articleId: article.id, place: claim.place });
                  setStatus({ message: `${created ? 'Saved' : 'Updated'} the claim “${claim.value.asWritten}”.`, undo: null });
                  void refresh();
                }}
              />
            </section>
          )}
          <section aria-labelledby="claims-heading">
            <h2 id="claims-heading">Claims from this article ({claims.length})</h2>
            <ClaimList
              claims={claims}
              index={index}
              editing={form?.draft.id ?? null}
              search={search}
              // A revision missing from the map matches no stored row, so such a save is refused rather than written blind.
              onEdit={(claim) => open(draftFromClaim(claim), null, { claim, revision: revisions.get(claim.id) ?? 0 })}
              onDelete={(claim) => remove.mutate(claim)}
            />
          </section>
        </div>
      </div>
    </>
  );
}

function ArticleText(props: EditorProps) {
  const query = useActiveArticleText(props.article.file);
  return (
    <QueryState query={query} what="the article text">
      {(text) => <ArticleEditor {...props} text={text} />}
    </QueryState>
  );
}

/** One article of the workspace: its text with proposed figures, and the claims taken from it. */
export function ArticlePage() {
  const { articleId = '' } = useParams();
  const { search } = useLocation();
  const [workspaceId] = useWorkspaceId();
  const { query } = useArticleDesk(articleId, workspaceId !== null);
  useDocumentTitle(query.data?.article?.title ?? 'Article');
  if (workspaceId === null) return <NoWorkspace />;
  return (
    <QueryState query={query} what="the workspace">
      {(desk) => {
        const article = desk.article;
        if (!article) {
          return (
            <EmptyState title="No such article in this workspace">
              <p>
                It may have been deleted, or the link belongs to another workspace.{' '}
                <Link to={{ pathname: '/workbench', search }}>Back to the workbench</Link>.
              </p>
            </EmptyState>
          );
        }
        return <ArticleText article={article} desk={desk} workspaceId={workspaceId} />;
      }}
    </QueryState>
  );
}
