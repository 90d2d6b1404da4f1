/**
 * Absolute addresses, where a format needs one. The public origin comes from the site's one
 * setting (`src/site/origin.ts`); a local preview has none, and then an address is written as
 * its root-relative path wherever a relative address is valid, and left out where it is not.
 */

/**
 * An address for a page or file of the site: absolute on the public origin when there is one,
 * else the root-relative path itself. `path` starts with `/`.
 */
export function addressOn(origin: string | null, path: string): string {
  if (!path.startsWith('/')) throw new Error(`${JSON.stringify(path)} is not a root-relative path`);
  return origin ? new URL(path, `${origin}/`).href : path;
}

/** An absolute address on the public origin, or `null` in a preview, where there is none. */
export function absoluteOn(origin: string | null, path: string): string | null {
  return origin ? addressOn(origin, path) : null;
}
