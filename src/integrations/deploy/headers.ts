/**
 * What the site is served with, as one description that both the `_headers` file (Netlify and
 * Cloudflare Pages) and the nginx configuration are written from:
 *
 * - on every response: the Content-Security-Policy (`csp.ts`), `X-Content-Type-Options:
 *   nosniff`, a referrer policy, and `Access-Control-Allow-Origin: *`, because every file is
 *   public and the API is meant to be read from other sites' pages too; in a preview build,
 *   `X-Robots-Tag: noindex` as well;
 * - a year's cache, immutable, for files whose names carry a hash of their content (Astro's
 *   `/_astro/`, Pagefind's index, fragments, filters and metadata); ten minutes for everything
 *   else, pages included, revalidated after;
 * - the media type of each data file: Atom for the feeds, iCalendar, CSV and JSON, in UTF-8.
 *
 * Hosts that read `_headers` merge every rule that matches a path, and join two values of one
 * header with a comma; so no two rules here that can match one path set the same header.
 */

/** A year: hashed files never change, so they may be kept as long as caches allow. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Ten minutes, then ask again: pages and data change whenever the register does. */
export const SHORT = 'public, max-age=600, must-revalidate';

/** The headers every response carries. */
export function commonHeaders(csp: string, preview: boolean): [string, string][] {
  return [
    ['Content-Security-Policy', csp],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Access-Control-Allow-Origin', '*'],
    ...(preview ? ([['X-Robots-Tag', 'noindex']] as [string, string][]) : []),
  ];
}

/** Files of Pagefind's folder whose names carry a content hash. */
export function isHashedPagefindFile(name: string): boolean {
  return /_[0-9a-f]{7,}\.pf_(meta|index|fragment)$/.test(name);
}

/** Pagefind's folders, every file of which has a hashed name. */
export const HASHED_PAGEFIND_FOLDERS = ['fragment', 'index', 'filter'] as const;

/** The media types of the site's data files, by the patterns of their addresses. */
export const DATA_TYPES: readonly { readonly patterns: readonly string[]; readonly type: string }[] = [
  { patterns: ['/feed.xml', '/modifications/:slug/feed.xml', '/working-groups/:group/feed.xml'], type: 'application/atom+xml; charset=utf-8' },
  { patterns: ['/calendar.ics', '/modifications/:slug/calendar.ics', '/working-groups/:group/calendar.ics'], type: 'text/calendar; charset=utf-8' },
  { patterns: ['/register.csv'], type: 'text/csv; charset=utf-8' },
];

/** What the `_headers` file is written from: the build's top level and Pagefind's files. */
export interface SiteShape {
  readonly csp: string;
  readonly preview: boolean;
  /** The folders at the top of the build that hold pages or data (not only redirect pages). */
  readonly folders: readonly string[];
  /** The files at the top of the build that are served (not `_headers` and the like). */
  readonly files: readonly string[];
  /** The files directly in `/pagefind/`. */
  readonly pagefindFiles: readonly string[];
}

/** Files at the top of the build that tell the host what to do, and are never served. */
export const HOST_FILES = ['_headers', '_redirects', '_nginx.conf'] as const;

function block(pattern: string, headers: readonly [string, string][]): string {
  if (/\s/.test(pattern)) throw new Error(`the header rule ${JSON.stringify(pattern)} holds a space`);
  for (const [name, value] of headers) {
    if (/[\r\n]/.test(name + value)) throw new Error(`the header ${name} holds a line break`);
  }
  return [pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

/** The `_headers` file (Netlify and Cloudflare Pages syntax). */
export function headersFile(site: SiteShape): string {
  const cache = (pattern: string, value: string) => block(pattern, [['Cache-Control', value]]);
  const rules = [
    block('/*', commonHeaders(site.csp, site.preview)),
    cache('/_astro/*', IMMUTABLE),
    ...HASHED_PAGEFIND_FOLDERS.map((f) => cache(`/pagefind/${f}/*`, IMMUTABLE)),
    ...site.pagefindFiles.map((f) => cache(`/pagefind/${f}`, isHashedPagefindFile(f) ? IMMUTABLE : SHORT)),
    cache('/', SHORT),
    ...site.folders.map((f) => cache(`/${f}/*`, SHORT)),
    ...site.files.map((f) => cache(`/${f}`, SHORT)),
    ...DATA_TYPES.flatMap(({ patterns, type }) => patterns.map((p) => block(p, [['Content-Type', type]]))),
  ];
  return `# What the SEC Register is served with (Netlify and Cloudflare Pages). Written by the build; do not edit.\n${rules.join('\n')}\n`;
}

/** How many rules the file holds (Cloudflare Pages reads at most 100). */
export function ruleCount(file: string): number {
  return file.split('\n').filter((line) => line.startsWith('/')).length;
}
