/**
 * The search index, built with Pagefind's Node API from the built pages.
 *
 * Only `<main>` of pages that opt in (`data-pagefind-body`) is indexed; redirect pages and page
 * chrome are not. The build wrapper (`scripts/build.ts`) starts it while Astro renders, once the
 * data files' writer has left the second core free, on the modifications' pages Astro has written
 * (`startIndexing` says why and how), and finishes it after Astro's process has ended, beside the
 * site's compression.
 *
 * Why not in Astro's process, as pages render (as the register did until November 2026)? At
 * 3,000 modifications Pagefind holds about 800 MB while it writes its index, and Astro about
 * 1.2 GB while it renders: side by side the build peaked above 2 GB. Pagefind now runs as a
 * process of the wrapper's, and writes its index only once Astro's process has ended.
 */
import { readFileSync, statSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { fileFor } from './data-files';

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

/** How often, while Astro renders, the next page to index is looked for (ms). */
const POLL_MS = 25;

/** What indexing a site did. */
export interface IndexSummary {
  /** Pages indexed (those that opt in). */
  readonly pages: number;
  /** Of those, the pages indexed while Astro was still rendering. */
  readonly whileRendering: number;
  readonly seconds: number;
}

/** The search index of a site being built, started before the site is whole (`startIndexing`). */
export interface SiteIndexing {
  /**
   * Once the site is whole: indexes its pages not indexed yet, but `skip` (absolute paths of
   * files known not to be pages, such as the redirect pages, which are not even read), writes the
   * index into `<out>/pagefind/` and closes Pagefind. Fails on any indexing error, and if a page
   * indexed while Astro rendered is not the size it was when it was read.
   */
  finish(options?: { readonly skip?: ReadonlySet<string> }): Promise<IndexSummary>;
  /** Stops and closes Pagefind, for a build that failed. */
  abort(): Promise<void>;
}

/**
 * Starts Pagefind on the site Astro is writing into `out`. The pages at the addresses `first`
 * (the modifications' pages, nine in ten of the pages indexed) are indexed first, in the order
 * given, each as soon as Astro has written it whole (its file ends with `</html>`); once
 * `rendered` settles, the rest of `first` is taken as it is. `finish` then indexes every other
 * page, in address order.
 *
 * Why: indexing is one core's work for Pagefind (at 3,000 modifications about 14 s), and while
 * Astro renders, one page at a time, the other core is free once the data files are written.
 * Indexed after Astro, beside compression, it was the longest step of the build. Memory: the
 * build starts this only after the data files' writer has ended, so Pagefind's 200 MB while it
 * indexes take the writer's place beside Astro; the 800 MB it holds while writing its files come
 * after Astro's process has ended, as before.
 *
 * The order pages are handed over in is fixed (Pagefind numbers pages in the order it receives
 * them): `first` as given, then the rest in address order, whatever the timing, so a build's
 * index is the same as any other build's of the same pages.
 */
export function startIndexing(out: string, first: readonly string[], rendered: Promise<unknown>): SiteIndexing {
  const started = performance.now();
  let renderedYet = false;
  const whenRendered = rendered.then(
    () => (renderedYet = true),
    () => (renderedYet = true),
  );
  let aborted = false;
  let failure: unknown = null;
  let pages = 0;
  const pending: Promise<void>[] = [];
  /**
   * Pages read before Astro ended, with their size then (`finish` checks they did not change) and
   * whether they were pages to index.
   */
  const readEarly: { file: string; path: string; size: number; indexed: boolean }[] = [];
  const firstFiles = first.map((address) => `${address.replace(/^\//, '')}index.html`);
  /** Where a page file (a site path with `/`, from the site's own folder walk) is on disk. */
  const onDisk = (file: string) => join(out, ...file.split('/'));

  const opened = pagefind.createIndex({}).then(({ index, errors }) => {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return index;
  });

  /**
   * Hands one page to Pagefind without waiting for it to be indexed, up to `AHEAD` pages ahead.
   * Says whether it was a page to index (one that opts in).
   */
  const add = async (index: pagefind.PagefindIndex, file: string, html: string): Promise<boolean> => {
    const content = searchableHtml(html);
    if (content === null) return false;
    pages += 1;
    pending.push(
      index.addHTMLFile({ url: pageAddress(file), content }).then(
        (added) => {
          if (added.errors.length > 0) failure ??= new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
        },
        (error: unknown) => {
          failure ??= error;
        },
      ),
    );
    if (pending.length >= AHEAD) await pending.shift();
    return true;
  };

  const firstPages = (async () => {
    const index = await opened;
    for (const file of firstFiles) {
      // The path comes from the content; it is checked before it is read.
      const path = fileFor(out, file);
      for (;;) {
        if (aborted || failure) return;
        const whole = renderedYet;
        const data = readIfThere(path);
        if (data !== undefined && (whole || endsAsPage(data))) {
          const indexed = await add(index, file, data.toString('utf8'));
          if (!whole) readEarly.push({ file, path, size: data.length, indexed });
          break;
        }
        // Not written (or not whole) yet: wait for it, unless Astro is done, when it is no page.
        if (whole) break;
        await Promise.race([new Promise((wait) => setTimeout(wait, POLL_MS)), whenRendered]);
      }
    }
  })();
  // A failure here is reported by `finish`; until then it must not end the process.
  firstPages.catch(() => {});

  return {
    finish: async ({ skip = new Set<string>() } = {}) => {
      try {
        await whenRendered;
        await firstPages;
        const index = await opened;
        const taken = new Set(firstFiles);
        const rest = (await htmlFiles(out)).filter((f) => !taken.has(f) && !skip.has(onDisk(f)));
        for (const file of rest) {
          if (failure) break;
          await add(index, file, await readFile(onDisk(file), 'utf8'));
        }
        await Promise.all(pending);
        if (failure) throw failure;
        for (const { file, path, size } of readEarly) {
          const now = statSync(path, { throwIfNoEntry: false })?.size;
          if (now !== size) throw new Error(`${file} was indexed for search while Astro rendered, at ${size} bytes, and is ${now ?? 'gone'} now`);
        }
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        for (const file of await readdir(join(out, 'pagefind'))) {
          if (UNUSED_PAGEFIND_FILES.test(file)) await rm(join(out, 'pagefind', file));
        }
        return { pages, whileRendering: readEarly.filter((page) => page.indexed).length, seconds: (performance.now() - started) / 1000 };
      } finally {
        await pagefind.close();
      }
    },
    abort: async () => {
      aborted = true;
      await firstPages.catch(() => {});
      await Promise.allSettled(pending);
      await pagefind.close();
    },
  };
}

/** A file's bytes, or `undefined` while there is no such file. */
function readIfThere(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Whether a file Astro may still be writing is a whole page: it ends with `</html>` (and spaces). */
function endsAsPage(data: Buffer): boolean {
  return /<\/html>\s*$/.test(data.subarray(Math.max(0, data.length - 32)).toString('latin1'));
}

/** One line for the build's log (the benchmark reads it). */
export function describeIndex(summary: IndexSummary): string {
  return `Indexed ${summary.pages} pages for search (${summary.whileRendering} of them while Astro rendered) in ${summary.seconds.toFixed(2)} s.`;
}
