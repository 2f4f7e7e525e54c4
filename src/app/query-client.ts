// The query client both entries (the app and the embed) start with: one retry rule for both.
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../service/api-error';

/** Retries only what a retry can fix: a dropped connection or a server error, twice; never a malformed or invalid file. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return error instanceof ApiError && (error.kind === 'offline' || error.kind === 'http') && failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, retry: shouldRetry } } });
}
