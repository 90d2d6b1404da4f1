/**
 * The hand-off between the build's pages and its search index. The register's integration
 * starts Pagefind when the build starts and registers an indexer here; the middleware
 * (`src/middleware.ts`) hands it each page's HTML as soon as the page is rendered, so Pagefind
 * indexes on one core while Astro renders the next pages on the other. The two live in
 * separately bundled modules of one process, so they meet on `globalThis`.
 */

/** Receives each rendered page. */
export interface SearchIndexer {
  add(url: string, html: string): void;
}

const KEY = Symbol.for('sec-register.search-indexer');

type WithIndexer = typeof globalThis & { [KEY]?: SearchIndexer | undefined };

/** Registers (or, with `undefined`, removes) the build's indexer. */
export function setSearchIndexer(indexer: SearchIndexer | undefined): void {
  (globalThis as WithIndexer)[KEY] = indexer;
}

/** The build's indexer, if a build is indexing; `undefined` in development. */
export function searchIndexer(): SearchIndexer | undefined {
  return (globalThis as WithIndexer)[KEY];
}
