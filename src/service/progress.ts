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

/** Lets a cancel that arrived during the last step of a long request be read, then stops the request if it did. */
export async function checkpoint(context: RequestContext): Promise<void> {
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  context.signal?.throwIfAborted();
}
