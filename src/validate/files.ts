/**
 * Reads a content folder from disk into the map of file texts the linter works on, and lints
 * it, with a cache of files already validated so that a rebuild only parses what changed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { FileLintCache } from './cache';
import { lintContent, type LintResult } from './lint';

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.name.startsWith('.')) return [];
    const full = join(dir, d.name);
    return d.isDirectory() ? walk(full, base) : [relative(base, full).split(sep).join('/')];
  });
}

/**
 * Reads every file of a content folder. Paths are shown as `<root>/<path>`, where `root` is
 * the folder as the user knows it (`content` for the register's own).
 */
export function readContentFolder(dir: string, root = 'content'): Map<string, string> {
  return new Map(walk(dir).map((path) => [`${root}/${path}`, readFileSync(join(dir, path), 'utf8')]));
}

/** Reads and lints a content folder, with an optional cache file for unchanged files. */
export function lintContentFolder(dir: string, root = 'content', cachePath?: string): LintResult {
  const files = readContentFolder(dir, root);
  if (!cachePath) return lintContent(files, root);
  const cache = new FileLintCache(cachePath);
  const result = lintContent(files, root, cache);
  cache.save(new Set(files.keys()));
  return result;
}
