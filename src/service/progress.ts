/** What a long request is doing now, for the loading indicator. */
export interface LoadProgress {
  stage: 'download' | 'parse' | 'analyse' | 'save';
  message: string;
}

/** Per request: where progress goes, and the signal that abandons it. */
export interface RequestContext {
  onProgress?: (progress: LoadProgress) => void;
  signal?: AbortSignal;
}
