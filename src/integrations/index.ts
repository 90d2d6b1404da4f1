/**
 * The register's Astro integration, made of one module per concern: the data store read from
 * disk (`data-store.ts`), the search index (`pagefind.ts`) and the redirect pages
 * (`redirects.ts`). They are composed here because two of them share the end of the build:
 * the redirect pages are written while Pagefind finishes its index, since they are not content
 * and Pagefind, which was handed the rendered pages, never reads them.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import dataStore from './data-store';
import deploy from './deploy';
import { finishSearchIndex, startSearchIndex, type SearchIndex } from './pagefind';
import { writeRedirectsOf } from './redirects';

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
          const index = finishSearchIndex(search, out, logger);
          search = undefined;
          const count = await writeRedirectsOf(out, site);
          logger.info(`wrote ${count} redirect pages`);
          await index;
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
