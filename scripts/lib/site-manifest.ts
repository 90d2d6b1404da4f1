/**
 * What the build last published into an output folder: the digest of its inputs and a list of
 * the published files. The record lives in the cache folder rather than in the site, so that
 * the site holds only the site, and it lets the up-to-date check see a site that was changed or
 * partly deleted after it was published.
 */
import type { PublishedSite } from '../../src/integrations/precompress';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/**
 * One published file: its site path, its size and its modification time. Any write to a file
 * changes its modification time, so the three together notice a changed file without reading
 * every file on every build; renaming the folder into place keeps them.
 */
export type ManifestEntry = readonly [path: string, size: number, modified: number];

/** The files of a site folder, sorted by path. */
export function siteManifest(dir: string): ManifestEntry[] {
  const entries: ManifestEntry[] = [];
  const walk = (at: string) => {
    for (const item of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, item.name);
      if (item.isDirectory()) walk(full);
      else {
        const s = statSync(full);
        entries.push([relative(dir, full).split(sep).join('/'), s.size, s.mtimeMs]);
      }
    }
  };
  walk(dir);
  return entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** What the build published into one output folder. */
export interface PublishRecord {
  /** The digest of the inputs the site was built from. */
  readonly digest: string;
  /** The files published. */
  readonly files: readonly ManifestEntry[];
}

/** Where the record of an output folder is kept: in the cache folder, named for the folder. */
export function recordPath(cacheDir: string, out: string): string {
  return join(cacheDir, `register-build-${createHash('sha1').update(out).digest('hex').slice(0, 12)}.json`);
}

/** The record of the last publish, or `null` when there is none or it cannot be read. */
export function readRecord(path: string): PublishRecord | null {
  if (!existsSync(path)) return null;
  try {
    const record = JSON.parse(readFileSync(path, 'utf8')) as PublishRecord;
    return typeof record.digest === 'string' && Array.isArray(record.files) ? record : null;
  } catch {
    return null;
  }
}

/** The site an output folder holds as its record lists it (for reusing its compressed copies), or `null` when there is none. */
export function publishedSite(out: string, record: PublishRecord | null): PublishedSite | null {
  return record && existsSync(out) ? { site: out, files: record.files } : null;
}

/** Writes a record whole: a crash while writing leaves the old record or the new one. */
export function writeRecord(path: string, record: PublishRecord): void {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(record));
  renameSync(partial, path);
}

/**
 * How a site folder differs from what was published into it, as a short reader's summary
 * such as `pagefind/pagefind.js is missing`, or `null` when it is exactly as published.
 */
export function siteDifference(dir: string, published: readonly ManifestEntry[]): string | null {
  if (!existsSync(dir)) return 'the folder is missing';
  const now = new Map(siteManifest(dir).map(([path, size, modified]) => [path, `${size}:${modified}`]));
  const changes: string[] = [];
  for (const [path, size, modified] of published) {
    const found = now.get(path);
    if (found === undefined) changes.push(`${path} is missing`);
    else if (found !== `${size}:${modified}`) changes.push(`${path} has changed`);
    now.delete(path);
  }
  for (const path of now.keys()) changes.push(`${path} was added`);
  if (changes.length === 0) return null;
  return changes.length <= 3 ? changes.join(', ') : `${changes.slice(0, 3).join(', ')} and ${changes.length - 3} more`;
}
