// Its own module: the page needs the error's type on its first load, and none of the fetching code.
export type ApiErrorKind = 'offline' | 'http' | 'malformed' | 'schema' | 'too-large';

/** A failed dataset request, with a message a reader can act on. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly url: string;
  readonly details: string[];
  constructor(kind: ApiErrorKind, url: string, message: string, details: string[] = []) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.url = url;
    this.details = details;
  }
}
