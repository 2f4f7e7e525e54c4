// Adds the Content-Security-Policy to the production index.html only: dev needs inline scripts for hot reload.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The policy for a page whose own inline scripts are `inline` (their exact text): each is allowed by its hash, no other. */
export function policyFor(inline: readonly string[]): string {
  const hashes = inline.map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  return hashes.length === 0 ? CSP : CSP.replace("script-src 'self'", `script-src 'self' ${hashes.join(' ')}`);
}

/** The text of each inline script (no src) in `html`. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
}

/** Injects the CSP meta tag into the built index.html, allowing the inline scripts the build put there (the plugins that
 * add them come first). */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'corroborate:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policyFor(inlineScripts(html)) },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
