// The review table's state: each proposed figure's choices as suggested or changed, and accepting, rejecting and undoing
// rows. Accepted rows are saved at once, all in one transaction, and can be taken back the same way.
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { deleteClaimAt, saveRecords } from '../../service/store/workspaces';
import type { Article, Claim, Dataset } from '../../domain/schema';
import type { ClaimSuggestion } from '../../domain/suggest/suggest-claim';
import { initialChoices, reviewRow, type ReviewChoices, type ReviewRow } from '../../domain/view-models/review-rows';
import type { ClaimField } from './claim-draft';
import { randomId } from './record-ids';
import { buildAccepted, type ReviewItem } from './suggestion-draft';

interface Edited {
  claimant: boolean;
  measure: boolean;
  period: boolean;
}

interface RowState {
  /** The user's choices, once they changed any cell; null while the suggestions stand. */
  choices: ReviewChoices | null;
  edited: Edited;
  status: 'open' | 'rejected' | 'accepted';
  /** Why the last accept was refused, in words. */
  error: string | null;
}

/** One accept, as saved: what Undo takes back. */
export interface AcceptedBatch {
  /** The rows accepted. */
  keys: string[];
  claims: { id: string; asWritten: string; revision: number }[];
  /** Names of the sources and measures the batch made, which Undo leaves in the workspace. */
  made: string[];
}

export interface ReviewEntry {
  row: ReviewRow;
  item: ReviewItem;
  status: RowState['status'];
  error: string | null;
}

const NOT_EDITED: Edited = { claimant: false, measure: false, period: false };

// The words a refusal names a field by; the form's own labels (claim-form.tsx) read as headings, not inside a sentence.
const ERROR_FIELDS: Partial<Record<ClaimField, string>> = {
  claimantName: 'the new source’s name',
  claimantKind: 'the new source’s kind',
  claimantAlignment: 'the new source’s side',
  measureLabel: 'the new measure’s label',
  measureUnit: 'the new measure’s unit',
  periodFrom: 'the period',
  periodTo: 'the period',
  place: 'the place',
};

/** What the review reads: the article, its text and suggestions, the workspace's records and the place typed. */
export interface ReviewRecords {
  workspaceId: string;
  article: Article;
  dataset: Dataset;
  text: string;
  suggestions: readonly ClaimSuggestion[];
  /** The claims of this article. */
  claims: readonly Claim[];
  place: string;
}

interface ReviewContext extends ReviewRecords {
  onSaved: (batch: AcceptedBatch) => void;
  onUndone: (batch: AcceptedBatch, kept: number) => void;
  onFailed: (message: string) => void;
}

export function useReview({ workspaceId, article, dataset, text, suggestions, claims, place, onSaved, onUndone, onFailed }: ReviewContext) {
  const [state, setState] = useState<ReadonlyMap<string, RowState>>(new Map());
  const sources = useMemo(() => new Map(dataset.sources.map((s) => [s.id, s])), [dataset.sources]);
  const measures = useMemo(() => new Map(dataset.measures.map((m) => [m.id, m])), [dataset.measures]);

  const entries: ReviewEntry[] = suggestions.map((suggestion) => {
    const key = `${suggestion.candidate.start}-${suggestion.candidate.end}`;
    const rowState = state.get(key);
    const choices = rowState?.choices ?? initialChoices(suggestion);
    const edited = rowState?.edited ?? NOT_EDITED;
    const row = reviewRow({ suggestion, choices, edited, text, sources, measures, claims, place });
    return { row, item: { key, suggestion, choices }, status: rowState?.status ?? 'open', error: rowState?.error ?? null };
  });

  const patch = (keys: readonly string[], change: (prev: RowState) => Partial<RowState>) => {
    setState((prev) => {
      const next = new Map(prev);
      for (const key of keys) {
        const before = prev.get(key) ?? { choices: null, edited: NOT_EDITED, status: 'open', error: null };
        next.set(key, { ...before, ...change(before) });
      }
      return next;
    });
  };

  const accept = useMutation({
    mutationFn: async (items: readonly ReviewItem[]) => {
      const { built, refused } = buildAccepted(items, { text, article, dataset, place, newClaimId: () => randomId('u') });
      const result =
        built.length === 0
          ? null
          : await saveRecords(
              workspaceId,
              {
                claims: built.map((b) => b.claim.claim),
                sources: built.flatMap((b) => b.claim.sources),
                measures: built.flatMap((b) => b.claim.measures),
              },
              {
                bases: built.map((b) => ({ kind: 'claims' as const, id: b.claim.claim.id, revision: null })),
                created: ['sources', 'measures'],
              },
            );
      return { built, refused, result };
    },
    onSuccess: ({ built, refused, result }) => {
      for (const { key, errors } of refused) {
        const [field, message] = Object.entries(errors)[0] ?? ['form', 'it failed a check'];
        const what = Object.entries(ERROR_FIELDS).find(([name]) => name === field)?.[1];
        patch([key], () => ({ error: `Not accepted${what ? `, ${what}` : ''}: ${message}` }));
      }
      if (!result) return;
      if (!result.ok) {
        onFailed(
          result.conflict.reason === 'workspace-deleted'
            ? 'Nothing was accepted: this workspace was deleted in another tab.'
            : 'Nothing was accepted: another tab saved a claim with the same id. Try again.',
        );
        return;
      }
      patch(
        built.map((b) => b.key),
        () => ({ status: 'accepted', error: null }),
      );
      onSaved({
        keys: built.map((b) => b.key),
        claims: built.map((b) => ({ id: b.claim.claim.id, asWritten: b.claim.claim.value.asWritten, revision: result.revision })),
        made: [...built.flatMap((b) => b.claim.sources.map((s) => s.name)), ...built.flatMap((b) => b.claim.measures.map((m) => m.label))],
      });
    },
    onError: (error) => onFailed(`Nothing was accepted: ${error instanceof Error ? error.message : String(error)}`),
  });

  const undo = useMutation({
    mutationFn: async (batch: AcceptedBatch) => {
      let kept = 0;
      for (const claim of batch.claims) {
        const result = await deleteClaimAt(workspaceId, claim.id, claim.revision);
        // A claim changed in another tab since it was accepted is that tab's now: leave it.
        if (!result.ok) kept++;
      }
      return kept;
    },
    onSuccess: (kept, batch) => {
      patch(batch.keys, () => ({ status: 'open' }));
      onUndone(batch, kept);
    },
    onError: (error) => onFailed(`Could not undo: ${error instanceof Error ? error.message : String(error)}`),
  });

  return {
    entries,
    setChoices: (key: string, choices: ReviewChoices, cell: keyof Edited) =>
      patch([key], (prev) => ({ choices, edited: { ...prev.edited, [cell]: true }, error: null })),
    reject: (key: string) => patch([key], () => ({ status: 'rejected', error: null })),
    restore: (key: string) => patch([key], () => ({ status: 'open' })),
    accept: (items: readonly ReviewItem[]) => accept.mutate(items),
    undo: (batch: AcceptedBatch) => undo.mutate(batch),
    busy: accept.isPending || undo.isPending,
  };
}
