/**
 * The site's public origin, configured in one place: the environment variable `REGISTER_SITE`
 * (for example `REGISTER_SITE=https://register.example.org`). `astro.config.mjs` reads it here
 * and hands it to Astro as `site`; every page, feed, calendar, sitemap and header file takes it
 * from Astro from then on.
 *
 * Without it the build is a local preview: every address that may be relative is written
 * relative (canonical links, feed links, API addresses), and what needs an absolute address and
 * has none is left out (the sitemap, `og:url`, a calendar event's `URL`) rather than pointed at a
 * developer's machine. A preview says so in its `robots.txt` and its `_headers`, so a preview
 * published by mistake is not indexed. An origin that is set but unusable stops the build.
 */

/** The environment variable that holds the public origin. */
export const ORIGIN_VARIABLE = 'REGISTER_SITE';

/** A host name that only ever means the machine the build or the reader runs on. */
function isLocalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    host === '0.0.0.0' ||
    host === '::1' ||
    host === '::' ||
    /^::ffff:127\./.test(host) ||
    /^::ffff:7f[0-9a-f]{2}:/.test(host)
  );
}

/** Why a public origin is unusable, or `null` when it is usable. */
export function originProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `${JSON.stringify(text)} is not an absolute address; write the origin in full, e.g. https://register.example.org`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `${JSON.stringify(text)} must start with https:// (or http://)`;
  if (url.username || url.password) return `${JSON.stringify(text)} must not hold a user name or password`;
  if (url.search || url.hash || /[?#]/.test(text)) return `${JSON.stringify(text)} must not hold a query or a fragment`;
  if (url.pathname !== '/') {
    return `${JSON.stringify(text)} has a path (${url.pathname}); the register is served from the root of its origin, so give only the origin, e.g. ${url.origin}`;
  }
  if (isLocalHost(url.hostname)) {
    return `${JSON.stringify(text)} is this machine, not a public origin; leave ${ORIGIN_VARIABLE} unset to build a local preview`;
  }
  return null;
}

/**
 * The public origin (`https://register.example.org`, with no trailing slash), or `null` when it
 * is not set (or set to nothing), which makes the build a local preview. Throws, with a message
 * that says how to fix it, when it is set but unusable.
 */
export function publicOrigin(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const text = env[ORIGIN_VARIABLE]?.trim() ?? '';
  if (text === '') return null;
  const problem = originProblem(text);
  if (problem) throw new Error(`${ORIGIN_VARIABLE}: ${problem}.`);
  return new URL(text).origin;
}

/** The origin of `Astro.site`, or `null` in a preview build. */
export function originOf(site: URL | undefined): string | null {
  return site ? site.origin : null;
}
