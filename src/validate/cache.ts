/**
 * The linter's cache between builds: each file's validated data, kept by its path and the hash
 * of its text, so that a rebuild skips parsing and schema validation for unchanged files.
 * Integrity checks across files always run over everything.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { walk } from './files';
import type { CachedEntry, LintCache } from './lint';

function hash(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/**
 * The code that decides what valid content is. Cached data is only reused while this code is
 * unchanged, so editing a schema never leaves data validated under the old one in the cache.
 */
function validatorFingerprint(): string {
  const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
  const files = ['schemas', 'domain', 'validate'].flatMap((p) => {
    const full = join(root, p);
    if (!existsSync(full)) return [];
    return statSync(full).isDirectory() ? walk(full).map((f) => join(full, f)) : [full];
  });
  return hash(files.sort().map((f) => readFileSync(f, 'utf8')).join('\0'));
}

/** A `LintCache` kept in a JSON file between builds. */
type CacheEntries = Record<string, { hash: string; entry: CachedEntry }>;

export class FileLintCache implements LintCache {
  private entries: CacheEntries = {};
  private dirty = false;
  private readonly fingerprint = validatorFingerprint();

  constructor(private readonly path: string) {
    try {
      const saved = deserialize(readFileSync(path)) as { fingerprint?: string; entries?: CacheEntries };
      if (saved.fingerprint === this.fingerprint && saved.entries) this.entries = saved.entries;
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  get(file: string, text: string): CachedEntry | undefined {
    const cached = this.entries[file];
    return cached && cached.hash === hash(text) ? cached.entry : undefined;
  }

  set(file: string, text: string, entry: CachedEntry): void {
    this.entries[file] = { hash: hash(text), entry };
    this.dirty = true;
  }

  /** Forgets files that no longer exist, and writes the cache if anything changed. */
  save(present: ReadonlySet<string>): void {
    for (const file of Object.keys(this.entries)) {
      if (!present.has(file)) {
        delete this.entries[file];
        this.dirty = true;
      }
    }
    if (!this.dirty) return;
    mkdirSync(dirname(this.path), { recursive: true });
    // V8's own serialiser writes a cache of thousands of entries four times faster than JSON.
    // The cache is written beside its place and renamed into it, so that a build and the dev
    // server reading it while it is written never read half a cache, and a cache file shared
    // by a hard link (a copied node_modules) is replaced, never written through.
    const partial = `${this.path}.${process.pid}.tmp`;
    writeFileSync(partial, serialize({ fingerprint: this.fingerprint, entries: this.entries }));
    renameSync(partial, this.path);
    this.dirty = false;
  }
}

