/**
 * The linter's cache file between builds (`src/validate/cache.ts`): what it keeps is reused by
 * the next reader, and saving it replaces the file whole, so that a reader never meets half a
 * cache and a cache file shared by a hard link (a copied `node_modules`) is never written through.
 */
import { linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileLintCache } from '../../src/validate/cache';
import type { CachedEntry } from '../../src/validate/lint';

const work = mkdtempSync(join(tmpdir(), 'register-lint-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const entry: CachedEntry = { data: { id: 'SECMP0023', title: 'Correct Units of Measure' } };

describe('the lint cache file', () => {
  it('gives the next reader what was saved, for the same text only', () => {
    const path = join(work, 'kept', 'register-lint.bin');
    const cache = new FileLintCache(path);
    cache.set('modifications/SECMP0023.mdx', 'text', entry);
    cache.save(new Set(['modifications/SECMP0023.mdx']));
    const again = new FileLintCache(path);
    expect(again.get('modifications/SECMP0023.mdx', 'text')).toEqual(entry);
    expect(again.get('modifications/SECMP0023.mdx', 'other text')).toBeUndefined();
  });

  it('is replaced whole when saved, leaving a file linked to it as it was and no partial file behind', () => {
    const path = join(work, 'register-lint.bin');
    const first = new FileLintCache(path);
    first.set('modifications/SECMP0023.mdx', 'text', entry);
    first.save(new Set(['modifications/SECMP0023.mdx']));
    const shared = join(work, 'another-copy.bin');
    linkSync(path, shared);
    const before = readFileSync(shared);
    const second = new FileLintCache(path);
    second.set('modifications/SECMP0024.mdx', 'more text', entry);
    second.save(new Set(['modifications/SECMP0023.mdx', 'modifications/SECMP0024.mdx']));
    expect(readFileSync(shared).equals(before)).toBe(true);
    expect(statSync(path).ino).not.toBe(statSync(shared).ino);
    expect(new FileLintCache(path).get('modifications/SECMP0024.mdx', 'more text')).toEqual(entry);
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
