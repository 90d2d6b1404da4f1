/**
 * The search index, built with Pagefind's Node API from the built pages, once Astro is done.
 *
 * Only `<main>` of pages that opt in (`data-pagefind-body`) is indexed; redirect pages and page
 * chrome are not. The build wrapper (`scripts/build.ts`) runs this after Astro's process has
 * ended, beside the site's compression: Pagefind works on a core of its own while compression
 * uses the other.
 *
 * Why not in Astro's process, as pages render (as the register did until November 2026)? At
 * 3,000 modifications Pagefind holds about 800 MB while it indexes, and Astro about 1.2 GB while
 * it renders: side by side the build peaked above 2 GB. One after the other, the peak is the
 * larger of the two. The time is the same or less: Pagefind's indexing no longer takes a core
 * from rendering, and what it adds afterwards runs beside compression, which the build did after
 * rendering anyway (`npm run bench` measures both; the README has the figures).
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * What Pagefind needs of a page: its language, its title and its `<main data-pagefind-body>`.
 * Handing over only that, rather than the whole page with its header and footer, spares a
 * third of the bytes every page costs to send to Pagefind and for Pagefind to parse. `null` for
 * a page that does not opt in.
 */
function searchableHtml(html: string): string | null {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < 0 || !html.slice(start, html.indexOf('>', start)).includes('data-pagefind-body')) return null;
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'en';
  const title = /<title>[^<]*<\/title>/.exec(html)?.[0] ?? '';
  return `<!doctype html><html lang="${lang}"><head>${title}</head><body>${html.slice(start, end + '</main>'.length)}</body></html>`;
}

/** Every HTML file under a site folder but Pagefind's own, as paths relative to it with `/`, sorted. */
async function htmlFiles(dir: string, base = dir): Promise<string[]> {
  const found: string[] = [];
  for (const d of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, d.name);
    if (d.isDirectory()) {
      if (!(d.name === 'pagefind' && dir === base)) found.push(...(await htmlFiles(full, base)));
    } else if (d.isFile() && d.name.endsWith('.html')) {
      found.push(relative(base, full).split(sep).join('/'));
    }
  }
  return found.sort();
}

/** The address a page's file answers at: `/modifications/secmp0023/` for its `index.html`. */
function pageAddress(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Pagefind's bundled search interfaces, which the register does not use (it has its own). */
const UNUSED_PAGEFIND_FILES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** How many pages may be handed to Pagefind and not yet indexed. */
const AHEAD = 64;

/** What indexing a site did. */
export interface IndexSummary {
  /** Pages indexed (those that opt in). */
  readonly pages: number;
  readonly seconds: number;
}

/**
 * Indexes every page of the built site in `out` that opts in, in address order, and writes the
 * index into `<out>/pagefind/`, failing on any indexing error. `skip` names files (absolute
 * paths) known not to be pages, such as the redirect pages, so that they are not even read.
 * Pagefind is always closed.
 */
export async function indexSite(out: string, { skip = new Set<string>() }: { skip?: ReadonlySet<string> } = {}): Promise<IndexSummary> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const files = (await htmlFiles(out)).filter((f) => !skip.has(join(out, ...f.split('/'))));
    let pages = 0;
    // Pages are handed over in address order (Pagefind numbers pages in the order it receives
    // them, so the order keeps its files the same from build to build) without waiting for each
    // to be indexed: the next files are read while Pagefind works, up to a bounded number ahead.
    const pending: Promise<void>[] = [];
    for (const file of files) {
      const content = searchableHtml(await readFile(join(out, ...file.split('/')), 'utf8'));
      if (content === null) continue;
      pages += 1;
      pending.push(
        index.addHTMLFile({ url: pageAddress(file), content }).then((added) => {
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
        }),
      );
      if (pending.length >= AHEAD) await pending.shift();
    }
    await Promise.all(pending);
    const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    for (const file of await readdir(join(out, 'pagefind'))) {
      if (UNUSED_PAGEFIND_FILES.test(file)) await rm(join(out, 'pagefind', file));
    }
    return { pages, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}

/** One line for the build's log (the benchmark reads it). */
export function describeIndex(summary: IndexSummary): string {
  return `Indexed ${summary.pages} pages for search in ${summary.seconds.toFixed(2)} s.`;
}
