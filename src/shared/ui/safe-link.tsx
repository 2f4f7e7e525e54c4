import type { ReactNode } from 'react';

/** The URL as a link target if it is an absolute http: or https: URL, else null (javascript:, data:, relative…). */
function webUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/**
 * A link to a URL from the data, only when it is a web address (http: or https:); anything else is shown as text,
 * isolated so that bidi controls in it cannot reorder the words around it.
 */
export function SafeLink({ href, children }: { href: string; children?: ReactNode }) {
  const target = webUrl(href);
  if (target === null) {
    return (
      <span className="unsafe-url">
        <bdi>{href}</bdi> <span className="muted">(not a web address, so not a link)</span>
      </span>
    );
  }
  return (
    <a href={target} rel="noopener noreferrer nofollow">
      <bdi>{children ?? href}</bdi>
    </a>
  );
}
