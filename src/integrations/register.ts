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
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
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

/** Every HTML file under a folder, as paths relative to it with forward slashes. */
function htmlFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'pagefind' && dir === base ? [] : htmlFiles(full, base);
    return d.name.endsWith('.html') ? [relative(base, full).split(sep).join('/')] : [];
  });
}

/**
 * Indexes the built site into `<out>/pagefind/`, failing the build on any indexing error.
 * Only pages that opt in with `data-pagefind-body` are indexed. Pagefind would skip the others
 * itself, but only after parsing them, and the register's largest pages (the monthly reports,
 * the register's views) are the ones that do not opt in: handing Pagefind just the pages that
 * do halves the time it takes.
 */
async function buildSearchIndex(out: string, logger: { info(message: string): void }): Promise<void> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    let pages = 0;
    const files = htmlFiles(out);
    // Pagefind indexes pages concurrently when it has several in hand; one at a time, it waits
    // on each round trip.
    const BATCH = 64;
    for (let i = 0; i < files.length; i += BATCH) {
      const batch = files.slice(i, i + BATCH).flatMap((file) => {
        const content = readFileSync(join(out, file), 'utf8');
        return content.includes('data-pagefind-body') ? [{ file, content }] : [];
      });
      const results = await Promise.all(batch.map(({ file, content }) => index.addHTMLFile({ url: `/${file.replace(/(^|\/)index\.html$/, '$1')}`, content })));
      results.forEach((added, j) => {
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${batch[j]?.file}: ${added.errors.join('; ')}`);
      });
      pages += batch.length;
    }
    const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    logger.info(`indexed ${pages} pages for search in ${seconds} s`);
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
