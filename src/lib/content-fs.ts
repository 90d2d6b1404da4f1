/**
 * Reads a content folder from disk into the map of file texts the linter works on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { lintContent, type LintResult } from './lint';

/** Every file under `dir`, as paths relative to it with forward slashes. */
function walk(dir: string, base = dir): string[] {
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

/** Reads and lints a content folder. */
export function lintContentFolder(dir: string, root = 'content'): LintResult {
  return lintContent(readContentFolder(dir, root), root);
}
