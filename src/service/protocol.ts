import type { Analysis } from '../domain/analysis-types';
import type { ClaimFilters } from '../domain/filter';
import type { Dataset } from '../domain/schema';
import type { ApiErrorKind } from './http';
import type { LoadedDataset } from './store/published';
import type { ClaimSlice, GroupSlice, OverviewSlice } from './dataset-store';
import type { LoadProgress } from '../api/load-progress';

/** `cancellable`: the page may send a cancel for this request; only such requests keep a download alive. */
export type WorkerRequest =
  /** Starts loading the published dataset before any view asks (page start-up). */
  | { id: number; type: 'prepare' }
  /** The overview of the filtered claims; `dataset` carries a workspace's records when the worker does not hold them. */
  | { id: number; type: 'overview'; sourceKey: string; filters: ClaimFilters; dataset?: Dataset; cancellable?: boolean }
  /** One group of the filtered claims, with the records it refers to. */
  | { id: number; type: 'group'; sourceKey: string; filters: ClaimFilters; groupId: string; dataset?: Dataset; cancellable?: boolean }
  /** One claim with its credibility and the records it refers to. */
  | { id: number; type: 'claim'; sourceKey: string; claimId: string; dataset?: Dataset; cancellable?: boolean }
  /** All records, without any analysis. */
  | { id: number; type: 'records'; sourceKey: string; dataset?: Dataset; cancellable?: boolean }
  /** All records and the analysis of all claims. */
  | { id: number; type: 'full'; sourceKey: string; cancellable?: boolean }
  | { id: number; type: 'analyse'; sourceKey: string; filters: ClaimFilters; dataset?: Dataset; cancellable?: boolean }
  /** Aborts the request with `target`'s id (a retry, or the user leaving). */
  | { id: number; type: 'cancel'; target: number }
  /** Aborts the download under way for a key, so that the requests after it start afresh (a retry after a hang). */
  | { id: number; type: 'restart'; sourceKey: string };

export interface SerialisedError {
  name: 'ApiError' | 'Error';
  kind: ApiErrorKind | null;
  url: string;
  message: string;
  details: string[];
}

export type WorkerReply =
  | { id: number; type: 'progress'; progress: LoadProgress }
  | { id: number; type: 'overview'; slice: OverviewSlice }
  | { id: number; type: 'group'; slice: GroupSlice }
  | { id: number; type: 'claim'; slice: ClaimSlice }
  | { id: number; type: 'records'; dataset: Dataset }
  | { id: number; type: 'full'; loaded: LoadedDataset }
  | { id: number; type: 'analysed'; analysis: Analysis }
  | { id: number; type: 'ready' }
  | { id: number; type: 'missing' }
  | { id: number; type: 'error'; error: SerialisedError };
