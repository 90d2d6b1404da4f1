/**
 * The register's Astro integration, made of one module per concern: the data store read from
 * disk (`data-store.ts`), the redirect pages (`redirects.ts`), the sitemap and the deploy
 * warning (`deploy/`). What needs the whole built site (the search index, `pagefind.ts`; the
 * compressed copies, `precompress.ts`; the host files, `deploy/`) is done by the build wrapper
 * (`scripts/build.ts`) once Astro's process has ended, so that its memory and Astro's never add up;
 * each modification's data files (`data-files.ts`) are written by the wrapper beside Astro.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { renderingSignal } from './data-files';
import dataStore from './data-store';
import deploy from './deploy';
import { writeRedirectsOf } from './redirects';

export default function register(): AstroIntegration[] {
  let site: string | undefined;
  return [
    dataStore(),
    renderingSignal(),
    {
      name: 'sec-register:redirects',
      hooks: {
        'astro:config:done': ({ config }) => {
          site = config.site;
        },
        'astro:build:done': async ({ dir, logger }) => {
          const out = fileURLToPath(dir);
          // For the benchmark's memory figure: what rendering left this process holding.
          const memory = process.memoryUsage();
          const mb = (n: number) => `${Math.round(n / 2 ** 20)} MB`;
          logger.info(`memory after rendering: ${mb(memory.rss)} resident, ${mb(memory.heapUsed)} of ${mb(memory.heapTotal)} heap used, ${mb(memory.external)} external`);
          const count = await writeRedirectsOf(out, site);
          logger.info(`wrote ${count} redirect pages`);
        },
      },
    },
    // The sitemap lists the pages Astro renders, which are the canonical ones: redirect pages are
    // written above, outside Astro, and data files are not pages. It needs the public origin, so
    // a preview build has none.
    sitemap({ filter: (page) => page.endsWith('/') && !/\/404\/$/.test(page) }),
    deploy(),
  ];
}
