/**
 * Run by `scripts/build.ts` in a process of its own once Astro is done: writes the Brotli and
 * gzip copies of the built site's files (`src/integrations/precompress.ts`), but the redirect
 * pages' and Pagefind's, which is still being written beside it. Files that come out as they
 * were published take the published copies.
 *
 * Why a process of its own: the build's own process hands the pages to Pagefind meanwhile, and
 * compression on the same thread kept Pagefind waiting for its pages (measured at 3,000
 * modifications: Pagefind started indexing ten seconds after Astro ended).
 *
 * Arguments: the built site, the output folder it will replace and that folder's publish record.
 * It reports what it did (`PrecompressDone`).
 */
import { join } from 'node:path';
import { precompressSite, redirectPagesOf, type PrecompressSummary } from '../../src/integrations/precompress';
import { helperSide } from './child';
import { publishedSite, readRecord } from './site-manifest';

/** What the process reports. */
export interface PrecompressDone {
  readonly summary: PrecompressSummary;
  readonly seconds: number;
}

const { report } = helperSide<PrecompressDone>();
const [site, out, recordFile] = process.argv.slice(2);
if (!site || !out || !recordFile) throw new Error('usage: precompress-site.ts SITE OUT RECORD');
const started = performance.now();
const summary = await precompressSite(site, {
  skip: redirectPagesOf(site),
  skipFolders: [join(site, 'pagefind')],
  published: publishedSite(out, readRecord(recordFile)),
});
report({ summary, seconds: (performance.now() - started) / 1000 });
