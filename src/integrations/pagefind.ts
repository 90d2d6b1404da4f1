/**
 * The search index, built with Pagefind's Node API. Pagefind starts when the build starts; the
 * middleware (`src/middleware.ts`) hands it each rendered page through `search-handoff.ts`, so
 * it indexes on one core while Astro renders on the other; the index is written when the build
 * is done, and Pagefind is always closed. Only `<main>` of pages that opt in
 * (`data-pagefind-body`) is indexed; redirect pages and page chrome are not.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as pagefind from 'pagefind';
import { setSearchIndexer } from './search-handoff';

/** Every HTML file under a folder, as paths relative to it with forward slashes. */
function htmlFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'pagefind' && dir === base ? [] : htmlFiles(full, base);
    return d.name.endsWith('.html') ? [relative(base, full).split(sep).join('/')] : [];
  });
}

/** A full garbage collection of this process, so that V8 returns freed memory to the system. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** A search index being filled while the build renders. */
export interface SearchIndex {
  readonly index: pagefind.PagefindIndex;
  readonly started: number;
  /** Pages handed over so far, and their indexing. */
  readonly pending: Promise<void>[];
}

/**
 * Starts Pagefind and registers an indexer that the middleware hands each rendered page to,
 * so that indexing runs alongside rendering rather than after it.
 */
export async function startSearchIndex(): Promise<SearchIndex> {
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
export async function finishSearchIndex(search: SearchIndex | undefined, out: string, logger: { info(message: string): void }): Promise<void> {
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
