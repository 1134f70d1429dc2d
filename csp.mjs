/**
 * The pages' Content-Security-Policy, in one place for both ways a page is sent:
 * - rendered once per data version and replayed to every viewer (replay-memo.mjs): the same bytes for everyone, so
 *   no nonce; scripts run from the app's own origin or when their text hashes to one listed here, the hashes of that
 *   page's own inline scripts (Next's bootstrap and React payload), computed once per render;
 * - rendered per request (the desk, the presenter's notes, or any page the memo does not keep): a fresh nonce, as
 *   Next puts it on its own scripts, with 'strict-dynamic'.
 * Neither allows 'unsafe-inline' or 'unsafe-eval' for scripts. Only /embed may be framed by other sites.
 */
import { createHash } from 'node:crypto';

/**
 * @param {{ nonce: string } | { hashes: string[] }} scripts
 * @param {boolean} frameable
 * @returns {string}
 */
export function contentSecurityPolicy(scripts, frameable) {
  const scriptSources = 'nonce' in scripts
    ? `'self' 'nonce-${scripts.nonce}' 'strict-dynamic'`
    // 'strict-dynamic' here would stop 'self' from loading Next's chunks (they are not loaded by a trusted script).
    : ["'self'", ...scripts.hashes.map((hash) => `'${hash}'`)].join(' ');
  return [
    "default-src 'self'",
    `script-src ${scriptSources}`,
    // React writes style attributes (bar widths, legend swatches) into the HTML.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // `*` is network schemes only: an article page opened from a file (an editor trying the embed code) was refused.
    `frame-ancestors ${frameable ? '* file:' : "'none'"}`,
  ].join('; ');
}

/** Every inline <script> of a page (one without src), as it runs: its text exactly as in the HTML. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The CSP source expressions ('sha256-…') of a page's inline scripts, each once, in order of appearance. */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, text] of html.matchAll(INLINE_SCRIPT)) {
    hashes.add(`sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`);
  }
  return [...hashes];
}
