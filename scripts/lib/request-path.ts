/**
 * Reading the path of a request for the static server. The raw request target is decoded
 * once and split into segments; everything the server does afterwards (finding the file,
 * building a redirect) works from those segments, so a path such as `/.//x` or `/\evil.example`
 * can never turn into a scheme-relative `Location: //x/` that a browser would send off-site.
 */

/** A request path the server can look up. */
export interface SitePath {
  readonly ok: true;
  /** The decoded segments, without empty and `.` segments: `/a//./b/` is `['a', 'b']`. */
  readonly segments: readonly string[];
  /** Whether the path ended with a slash, as a folder address does. */
  readonly trailingSlash: boolean;
  /** The query, with its `?`, safe to repeat in a header; empty when there was none. */
  readonly search: string;
}

/** A request path the server refuses, with the status to answer. */
export interface RefusedPath {
  readonly ok: false;
  readonly status: 400 | 403;
  readonly reason: string;
}

/**
 * Reads a request target (`req.url`). Backslashes count as slashes, as browsers treat them in
 * http addresses, and so do encoded slashes (`%2F`, `%5C`): no file of the site has either
 * in its name. Any `..` segment is refused, encoded or not: browsers resolve them before
 * sending, so only an attempt to leave the site sends one.
 */
export function parseRequestPath(target: string): SitePath | RefusedPath {
  const withoutFragment = target.split('#')[0] ?? '';
  const queryAt = withoutFragment.indexOf('?');
  const rawPath = queryAt === -1 ? withoutFragment : withoutFragment.slice(0, queryAt);
  const rawQuery = queryAt === -1 ? undefined : withoutFragment.slice(queryAt + 1);
  if (!rawPath.startsWith('/')) return { ok: false, status: 400, reason: 'Bad request: the path must start with /' };

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400, reason: 'Bad request: malformed percent-encoding' };
  }
  if (decoded.includes('\0')) return { ok: false, status: 400, reason: 'Bad request: a NUL in the path' };

  const parts = decoded.split(/[\\/]/);
  const segments = parts.filter((p) => p !== '' && p !== '.');
  if (segments.includes('..')) return { ok: false, status: 403, reason: 'Forbidden' };
  return { ok: true, segments, trailingSlash: /[\\/]$/.test(decoded), search: safeQuery(rawQuery) };
}

/**
 * The query as it may be repeated in a `Location` header: characters outside printable ASCII
 * are percent-encoded, so the header is always valid.
 */
function safeQuery(rawQuery: string | undefined): string {
  if (rawQuery === undefined) return '';
  const safe = rawQuery.replace(/[^\x21-\x7e]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 256 ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : '';
  });
  return `?${safe}`;
}

/**
 * The address of a folder, always starting with exactly one `/` and ending with one: what a
 * redirect to a folder's trailing-slash address points at.
 */
export function folderAddress(path: SitePath): string {
  const encoded = path.segments.map((s) => encodeURIComponent(s));
  return encoded.length === 0 ? '/' : `/${encoded.join('/')}/`;
}
