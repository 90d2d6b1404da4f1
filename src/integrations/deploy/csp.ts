/**
 * The Content-Security-Policy the site is served with. Scripts run only from the site itself
 * and, inline, only when their exact text is listed by its SHA-256 hash: the theme script in
 * every page's head (which must run before the first paint, so it cannot be a file fetched
 * later) and the search page's script, which Astro's bundler writes inline because it is small.
 * The hashes are taken from the built pages, so whatever script the build writes, the policy
 * names exactly it and nothing else; `'unsafe-inline'` is never allowed for scripts.
 *
 * Search needs `'wasm-unsafe-eval'`: Pagefind runs its index in WebAssembly (in a worker from
 * the site itself). Styles allow `'unsafe-inline'`, because the pages set computed lengths in
 * `style` attributes (chart bars, indentation) and Astro inlines small stylesheets; a style
 * cannot run code.
 */
import { createHash } from 'node:crypto';

/** Script types a browser runs; any other (`application/ld+json`) is data, which CSP leaves alone. */
const RUNNABLE = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

/** The text of every inline script a browser would run in a page, in order. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    const type = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
    const value = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase();
    if (!RUNNABLE.has(value)) continue;
    scripts.push(match[2] ?? '');
  }
  return scripts;
}

/** A script's CSP source expression: `'sha256-…'`. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The most inline scripts the policy may name. The pages have two; a build with many more is
 * writing a script per page (perhaps from content), which a site-wide policy must not allow.
 */
export const MAX_INLINE_SCRIPTS = 8;

/** The policy for a site whose pages hold these inline scripts. */
export function contentSecurityPolicy(scripts: Iterable<string>): string {
  const hashes = [...new Set([...scripts].map(scriptHash))].sort();
  if (hashes.length > MAX_INLINE_SCRIPTS) {
    throw new Error(
      `the built pages hold ${hashes.length} different inline scripts, more than the ${MAX_INLINE_SCRIPTS} a site-wide Content-Security-Policy may name; move scripts into files`,
    );
  }
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${hashes.map((h) => ` ${h}`).join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
