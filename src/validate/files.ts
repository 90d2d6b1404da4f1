/**
 * Reads a content folder from disk into the map of file texts the linter works on, and lints
 * it, with a cache of files already validated so that a rebuild only parses what changed.
 *
 * Content is untrusted input, so reading it is careful: a symbolic link is refused rather than
 * followed (it could publish a file from outside the repository, or loop), a file larger than
 * the limits below is refused unread, and text must be valid UTF-8 (a Latin-1 file would
 * otherwise turn into replacement characters on the page). Each refusal is a problem naming
 * the file, listed with every other.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { FileLintCache } from './cache';
import { lintContent, type LintResult } from './lint';
import type { Problem } from './problems';

/** The largest content entry (a record or a modification) the linter reads, in bytes. */
export const MAX_ENTRY_BYTES = 1_000_000;

/** The largest source text the linter reads, in bytes. */
export const MAX_TEXT_BYTES = 10_000_000;

/** Every file under `dir`, as paths relative to it with forward slashes; links are listed, never followed. */
export function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.name.startsWith('.')) return [];
    const full = join(dir, d.name);
    return d.isDirectory() && !d.isSymbolicLink() ? walk(full, base) : [relative(base, full).split(sep).join('/')];
  });
}

/** The offset of the first byte that is not well-formed UTF-8, or -1 when the bytes are UTF-8. */
export function invalidUtf8At(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF.
    const c1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return i;
    i += length;
  }
  return -1;
}

/** A folder's files as texts, and the files that could not be read as content. */
export interface ContentFolder {
  readonly files: Map<string, string>;
  readonly problems: readonly Problem[];
}

/**
 * Reads every file of a content folder. Paths are shown as `<root>/<path>`, where `root` is
 * the folder as the user knows it (`content` for the register's own).
 */
export function readContentFolder(dir: string, root = 'content'): ContentFolder {
  const files = new Map<string, string>();
  const problems: Problem[] = [];
  for (const path of walk(dir)) {
    const file = `${root}/${path}`;
    const full = join(dir, path);
    const stat = lstatSync(full);
    if (stat.isSymbolicLink()) {
      problems.push({ file, field: [], message: 'is a symbolic link; content must be a real file inside the content folder, so copy it in instead' });
      continue;
    }
    if (!stat.isFile()) {
      problems.push({ file, field: [], message: 'is not a regular file' });
      continue;
    }
    const limit = path.startsWith('sources/text/') ? MAX_TEXT_BYTES : MAX_ENTRY_BYTES;
    if (stat.size > limit) {
      problems.push({ file, field: [], message: `is ${stat.size.toLocaleString('en-GB')} bytes; a content file may be at most ${limit.toLocaleString('en-GB')} bytes` });
      continue;
    }
    const bytes = readFileSync(full);
    const bad = invalidUtf8At(bytes);
    if (bad >= 0) {
      const line = bytes.subarray(0, bad).filter((b) => b === 0x0a).length + 1;
      problems.push({ file, field: [], line, message: `is not valid UTF-8 (byte ${bad}, 0x${(bytes[bad] as number).toString(16)}); save it as UTF-8` });
      continue;
    }
    files.set(file, new TextDecoder('utf-8').decode(bytes));
  }
  return { files, problems };
}

/** Reads and lints a content folder, with an optional cache file for unchanged files. */
export function lintContentFolder(dir: string, root = 'content', cachePath?: string): LintResult {
  const { files, problems } = readContentFolder(dir, root);
  const cache = cachePath ? new FileLintCache(cachePath) : undefined;
  const result = lintContent(files, root, cache);
  cache?.save(new Set(files.keys()));
  return problems.length === 0 ? result : { ...result, problems: [...problems, ...result.problems], warnings: [] };
}
