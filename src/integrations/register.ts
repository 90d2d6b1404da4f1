/**
 * The register's Astro integration.
 *
 * - It has the built pages read the content layer's data store from disk (see
 *   `dataStoreFromDisk`). Content itself is checked by the collections' loader,
 *   `src/loaders/register.ts`, which stops the build with every problem listed.
 * - After the build, it writes a redirect page for every address in `/redirects.json` (short
 *   modification numbers and the SEC website's old addresses) and a `_redirects` file. Plain
 *   files are written directly because thousands of one-line pages are not worth Astro's
 *   per-page rendering.
 * - Last, it indexes the built pages for search with Pagefind's Node API. Only `<main>` of
 *   pages that opt in (`data-pagefind-body`) is indexed; redirect pages and page chrome are not.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { redirectPage, redirectsFile } from '../lib/redirect-page';
import type { Redirect } from '../lib/redirects';
import type { Plugin } from 'vite';

export default function register(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'sec-register',
    hooks: {
      'astro:config:setup': ({ updateConfig, config }) => {
        updateConfig({ vite: { plugins: [dataStoreFromDisk(config.cacheDir)] } });
      },
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const redirects = JSON.parse(readFileSync(join(out, 'redirects.json'), 'utf8')) as Redirect[];
        // Index first: the redirect pages are not content, and Pagefind need not read them.
        await buildSearchIndex(out, logger);
        for (const redirect of redirects) {
          const file = join(out, redirect.from, 'index.html');
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, redirectPage(redirect, site));
        }
        writeFileSync(join(out, '_redirects'), redirectsFile(redirects));
        logger.info(`wrote ${redirects.length} redirect pages`);
      },
    },
  };
}

/** Indexes the built site into `<out>/pagefind/`, failing the build on any indexing error. */
async function buildSearchIndex(out: string, logger: { info(message: string): void }): Promise<void> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: out });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    logger.info(`indexed ${added.page_count} pages for search in ${seconds} s`);
  } finally {
    await pagefind.close();
  }
}

/**
 * Astro turns the whole content data store into one JavaScript module and bundles it into the
 * build's server code. At 3,000 modifications that module is over 11 MB of data, which cost
 * seconds of bundling and gigabytes of memory. Static pages are rendered on this machine right
 * after the bundle is built, from the very file the module is made of, so the module can simply
 * read that file when it runs: the bundler then handles two lines instead of 11 MB.
 */
function dataStoreFromDisk(cacheDir: URL): Plugin {
  const RESOLVED_ID = '\0astro:data-layer-content';
  return {
    name: 'sec-register:data-store-from-disk',
    apply: 'build',
    transform(_code, id) {
      if (id !== RESOLVED_ID) return null;
      const file = fileURLToPath(new URL('data-store.json', cacheDir));
      return {
        code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`,
        map: null,
      };
    },
  };
}
