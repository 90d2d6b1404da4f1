/**
 * The register's Astro integration, made of one module per concern: the data store read from
 * disk (`data-store.ts`), the search index (`pagefind.ts`) and the redirect pages
 * (`redirects.ts`). They are composed here because two of them share the end of the build:
 * the redirect pages are written while Pagefind finishes its index, since they are not content
 * and Pagefind, which was handed the rendered pages, never reads them; and the site is
 * compressed (`precompress.ts`) while Pagefind writes its index.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import dataStore from './data-store';
import deploy from './deploy';
import { finishSearchIndex, startSearchIndex, type SearchIndex } from './pagefind';
import { describePrecompression, precompressSite, redirectPagesOf, type PublishedSite } from './precompress';
import { writeRedirectsOf } from './redirects';

/**
 * The site last published where this build will go, which the build wrapper names
 * (`REGISTER_PUBLISHED_SITE`, `REGISTER_PUBLISH_RECORD`), so that unchanged files take its
 * compressed copies; `null` for a first build, a bare `astro build`, or an unreadable record.
 */
function publishedSite(): PublishedSite | null {
  const site = process.env['REGISTER_PUBLISHED_SITE'];
  const record = process.env['REGISTER_PUBLISH_RECORD'];
  if (!site || !record) return null;
  try {
    const { files } = JSON.parse(readFileSync(record, 'utf8')) as { files?: unknown };
    return Array.isArray(files) ? { site, files: files as PublishedSite['files'] } : null;
  } catch {
    return null;
  }
}

export default function register(): AstroIntegration[] {
  let site: string | undefined;
  let search: SearchIndex | undefined;
  return [
    dataStore(),
    {
      name: 'sec-register:search-and-redirects',
      hooks: {
        'astro:config:done': ({ config }) => {
          site = config.site;
        },
        'astro:build:start': async () => {
          search = await startSearchIndex();
        },
        'astro:build:done': async ({ dir, logger }) => {
          const out = fileURLToPath(dir);
          // For the benchmark's memory figure: what rendering left this process holding.
          const memory = process.memoryUsage();
          const mb = (n: number) => `${Math.round(n / 2 ** 20)} MB`;
          logger.info(`memory after rendering: ${mb(memory.rss)} resident, ${mb(memory.heapUsed)} of ${mb(memory.heapTotal)} heap used, ${mb(memory.external)} external`);
          const index = finishSearchIndex(search, out, logger);
          search = undefined;
          const count = await writeRedirectsOf(out, site);
          logger.info(`wrote ${count} redirect pages`);
          // Pagefind writes its index on a core of its own, leaving this one idle: compress the
          // pages and data files meanwhile. The index itself, and the files written after this
          // hook (the sitemap), are left to the build wrapper's pass (scripts/build.ts).
          const started = performance.now();
          const compressing = precompressSite(out, { skip: redirectPagesOf(out), skipFolders: [join(out, 'pagefind')], published: publishedSite() });
          await index;
          logger.info(describePrecompression(await compressing, (performance.now() - started) / 1000));
        },
      },
    },
    // The sitemap lists the pages Astro renders, which are the canonical ones: redirect pages are
    // written above, outside Astro, and data files are not pages. It needs the public origin, so
    // a preview build has none.
    sitemap({ filter: (page) => page.endsWith('/') && !/\/404\/$/.test(page) }),
    // Last, once the redirect pages and the search index are written: it reads the whole site.
    deploy(),
  ];
}
