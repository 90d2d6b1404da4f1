/**
 * The register's Astro integration.
 *
 * - It has the built pages read the content layer's data store from disk (see
 *   `dataStoreFromDisk`). Content itself is checked by the collections' loader,
 *   `src/site/loader.ts`, which stops the build with every problem listed.
 * - After the build, it writes a redirect page for every address in `/redirects.json` (short
 *   modification numbers and the SEC website's old addresses) and a `_redirects` file. Plain
 *   files are written directly because thousands of one-line pages are not worth Astro's
 *   per-page rendering.
 * - It indexes the built pages for search with Pagefind's Node API, page by page as the build
 *   renders them (see `src/middleware.ts`). Only `<main>` of pages that opt in
 *   (`data-pagefind-body`) is indexed; redirect pages and page chrome are not.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as pagefind from 'pagefind';
import { redirectPage, redirectsFile } from '../render/redirect-page';
import { setSearchIndexer } from './search-handoff';
import type { Redirect } from '../register/redirects';
import type { Plugin } from 'vite';

export default function register(): AstroIntegration {
  let site: string | undefined;
  let search: SearchIndex | undefined;
  return {
    name: 'sec-register',
    hooks: {
      'astro:config:setup': ({ updateConfig, config }) => {
        updateConfig({ vite: { plugins: [dataStoreFromDisk(config.cacheDir)] } });
      },
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:start': async () => {
        search = await startSearchIndex();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const redirects = JSON.parse(readFileSync(join(out, 'redirects.json'), 'utf8')) as Redirect[];
        // The redirect pages are written while Pagefind finishes its index: they are not
        // content, and Pagefind (which was handed the rendered pages) never reads them.
        const index = finishSearchIndex(search, out, logger);
        search = undefined;
        await writeRedirects(redirects, out, site);
        logger.info(`wrote ${redirects.length} redirect pages`);
        await index;
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

/** Writes a page for every redirect, and the `_redirects` file, a few files at a time. */
async function writeRedirects(redirects: readonly Redirect[], out: string, site: string | undefined): Promise<void> {
  const write = async (redirect: Redirect) => {
    const dir = join(out, redirect.from);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'index.html'), redirectPage(redirect, site));
  };
  for (let i = 0; i < redirects.length; i += 32) await Promise.all(redirects.slice(i, i + 32).map(write));
  await writeFile(join(out, '_redirects'), redirectsFile(redirects));
}

/** A full garbage collection of this process, so that V8 returns freed memory to the system. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** A search index being filled while the build renders. */
interface SearchIndex {
  readonly index: pagefind.PagefindIndex;
  readonly started: number;
  /** Pages handed over so far, and their indexing. */
  readonly pending: Promise<void>[];
}

/**
 * Starts Pagefind and registers an indexer that the middleware hands each rendered page to,
 * so that indexing runs alongside rendering rather than after it.
 */
async function startSearchIndex(): Promise<SearchIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const search: SearchIndex = { index, started: performance.now(), pending: [] };
  setSearchIndexer({
    add(url, html) {
      search.pending.push(
        index.addHTMLFile({ url, content: html }).then((added) => {
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
        }),
      );
    },
  });
  return search;
}

/** Pagefind's bundled search interfaces, which the register does not use (it has its own). */
const UNUSED_PAGEFIND_FILES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/**
 * Writes the search index into `<out>/pagefind/`, failing the build on any indexing error.
 * Only pages that opt in with `data-pagefind-body` are indexed. Should the middleware have
 * handed over no page (a build without it), the pages are read from disk instead.
 */
async function finishSearchIndex(search: SearchIndex | undefined, out: string, logger: { info(message: string): void }): Promise<void> {
  setSearchIndexer(undefined);
  const finishing = performance.now();
  try {
    const active = search ?? (await startSearchIndex());
    setSearchIndexer(undefined);
    let pages = active.pending.length;
    await Promise.all(active.pending);
    // Writing the index is when Pagefind needs most memory. Rendering is over, so collect the
    // build's garbage first: the two processes' peaks then do not add up.
    collectGarbage();
    if (pages === 0) {
      for (const file of htmlFiles(out)) {
        const content = readFileSync(join(out, file), 'utf8');
        if (!content.includes('data-pagefind-body')) continue;
        const added = await active.index.addHTMLFile({ url: `/${file.replace(/(^|\/)index\.html$/, '$1')}`, content });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
        pages += 1;
      }
    }
    const written = await active.index.writeFiles({ outputPath: join(out, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    for (const file of readdirSync(join(out, 'pagefind'))) {
      if (UNUSED_PAGEFIND_FILES.test(file)) rmSync(join(out, 'pagefind', file));
    }
    const now = performance.now();
    const after = ((now - finishing) / 1000).toFixed(2);
    const overall = ((now - active.started) / 1000).toFixed(2);
    // The first figure is what search adds to the build's time; the rest ran alongside rendering.
    logger.info(`indexed ${pages} pages for search in ${after} s after rendering (${overall} s since indexing began)`);
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
      // The file holds the store flattened by devalue; unflattening it here, rather than in
      // Astro's runtime, lets the flat copy be collected instead of staying referenced by this
      // module for the rest of the build.
      return {
        code:
          `import { readFileSync } from 'node:fs';\nimport { unflatten } from 'devalue';\n` +
          `export default unflatten(JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8')));\n`,
        map: null,
      };
    },
  };
}
