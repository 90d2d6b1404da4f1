/**
 * The built site's data files (feeds, calendars, CSV, the JSON API, the sitemap), read from
 * `dist/`, and the public origin the build was made for. `npm test` builds with
 * `REGISTER_SITE=https://register.example.org`; the tests read the origin back from the build's
 * `robots.txt` rather than assume it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist, files } from './site';

/** A file of the build as text. */
export function read(file: string): string {
  return readFileSync(join(dist, file), 'utf8');
}

/** The public origin the build was made for. */
export const origin: string = (() => {
  const sitemap = /^Sitemap: (https?:\/\/[^/\s]+)\//m.exec(read('/robots.txt'));
  if (!sitemap?.[1]) {
    throw new Error('dist/ is a local preview build (no public origin); the site tests need one: REGISTER_SITE=https://register.example.org npm run build (npm test does)');
  }
  return sitemap[1];
})();

/** Every file of the build whose path matches. */
export function filesMatching(pattern: RegExp): string[] {
  return files.filter((f) => pattern.test(f));
}

export const feedFiles = filesMatching(/(^|\/)feed\.xml$/);
export const calendarFiles = filesMatching(/\.ics$/);
export const csvFiles = filesMatching(/\.csv$/);
export const apiFiles = filesMatching(/^\/api\/v1\/(?!schema\/).*\.json$/);
export const schemaFiles = filesMatching(/^\/api\/v1\/schema\/.*\.schema\.json$/);
