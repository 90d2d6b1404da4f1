/**
 * `npm run bench` works end to end at a tiny size: it generates, builds three times, builds the
 * bare Astro MDX site beside it, measures the pages and search in Chromium, and prints every
 * figure. It never asserts a time: timings
 * on a shared machine belong in the benchmark's output, not in a test that could flake.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'register-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FIGURES = [
  'cold build (s)',
  'cold build, processor time of all its processes (s)',
  'of which the search index, from its start while Astro renders (s)',
  'pages indexed for search while Astro rendered',
  'warm rebuild, nothing changed (s)',
  'warm rebuild, one modification changed (s)',
  'warm rebuild as a share of cold (%)',
  'peak memory of the build (MB)',
  'peak memory, one modification changed (MB)',
  'pages built per second',
  'bare MDX site, cold build (s)',
  'bare MDX site, warm rebuild (s)',
  'bare MDX site, peak memory (MB)',
  'bare MDX site, cold build, processor time (s)',
  'full register cold / bare MDX cold (ratio)',
  'full register / bare MDX, processor time, cold (ratio)',
  'modification page HTML, median (bytes)',
  'modification page HTML, largest (bytes)',
  'site CSS (bytes)',
  'JavaScript a modification page loads (bytes)',
  'search index, total (bytes)',
  'search, last keystroke to first result, median (ms)',
  'search, bytes fetched for one query, median (bytes)',
];

/** A digest of every file under a folder, to see that a run left it as it was. */
function digest(dir: string): string {
  const hash = createHash('sha1');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(full).update(readFileSync(full));
    }
  };
  if (existsSync(dir)) walk(dir);
  return hash.digest('hex');
}

describe('npm run bench at 30 modifications', () => {
  const contentBefore = digest(join(root, 'content'));
  const siteBefore = existsSync(join(root, 'dist/index.html')) ? statSync(join(root, 'dist/index.html')).mtimeMs : null;
  const run = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/bench/run.ts', '--n', '30', '--dir', dir], {
    cwd: root,
    encoding: 'utf8',
    timeout: 600_000,
  });

  it('completes', () => expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0));

  it.each(FIGURES)('prints "%s" as a number', (label) => {
    const line = run.stdout.split('\n').find((l) => l.startsWith(`${label}: `));
    expect(line, run.stdout).toBeDefined();
    expect(Number(line?.slice(label.length + 2))).toBeGreaterThanOrEqual(0);
  });

  it('builds the bare anchor site from the same modifications, with its search index', () => {
    const bare = join(dir, '30/bare');
    expect(readdirSync(join(bare, 'content')).filter((f) => f.endsWith('.mdx'))).toHaveLength(30);
    const page = readFileSync(join(bare, 'dist/secmp0001/index.html'), 'utf8');
    expect(page).toContain('<h1>SECMP0001: ');
    expect(page).toMatch(/<p>[^<]{40,}<\/p>/);
    expect(existsSync(join(bare, 'dist/pagefind/pagefind.js'))).toBe(true);
    // Outside the repository it links to the repository's packages, never to its node_modules.
    expect(lstatSync(join(bare, 'node_modules')).isSymbolicLink()).toBe(false);
    expect(lstatSync(join(bare, 'node_modules/astro')).isSymbolicLink()).toBe(true);
  });

  it('leaves the real content and site alone', () => {
    expect(run.stdout).toContain('== 30 modifications ==');
    expect(digest(join(root, 'content'))).toBe(contentBefore);
    const siteAfter = existsSync(join(root, 'dist/index.html')) ? statSync(join(root, 'dist/index.html')).mtimeMs : null;
    expect(siteAfter).toBe(siteBefore);
  });
});
