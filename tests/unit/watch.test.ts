/**
 * The dev server leaves unwatched what the build and the benchmark write (`src/site/watch.ts`):
 * with a benchmark run's files watched, the system ran out of file watches and the dev server
 * stopped seeing content edits. It still watches the content, the code and the public files.
 */
import { describe, expect, it } from 'vitest';
import { unwatched } from '../../src/site/watch';

const root = '/work/register';

describe('what the dev server does not watch', () => {
  const skip = unwatched(root, 'dist');
  it.each([
    ['/work/register/.bench/3000/dist/pagefind/fragment/en_ce29fb6.pf_fragment', true],
    ['/work/register/.bench', true],
    ['/work/register/dist/index.html', true],
    ['/work/register/dist', true],
    ['/work/register/.dist-staging/modifications/secmp0023/index.html', true],
    ['/work/register/.dist-data/modifications/secmp0023/feed.xml', true],
    ['/work/register/.dist-discarded-1795945234244/index.html', true],
    ['/work/register/.build/build.lock', true],
    ['/work/register/content/modifications/SECMP0023.mdx', false],
    ['/work/register/src/pages/index.astro', false],
    ['/work/register/public/favicon.svg', false],
    ['/work/register/distribution-notes.md', false],
    ['/work/register/astro.config.mjs', false],
  ])('%s is left unwatched: %s', (path, left) => {
    expect(skip(path)).toBe(left);
  });

  it('follows the output folder wherever REGISTER_OUT_DIR puts it', () => {
    const elsewhere = unwatched(root, '/srv/register/site');
    expect(elsewhere('/srv/register/site/index.html')).toBe(true);
    expect(elsewhere('/srv/register/.site-staging/index.html')).toBe(true);
    expect(elsewhere('/work/register/dist/index.html')).toBe(false);
  });
});
