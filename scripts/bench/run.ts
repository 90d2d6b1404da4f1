/**
 * `npm run bench [-- --n 3000]`: how the register's build and search behave at scale.
 *
 * For each size (3,000 and 6,000 modifications by default) it generates a synthetic register
 * with `scripts/bench/generate/` in `.bench/<n>/` (never in `content/` or `dist/`), builds the
 * full site and its search index from it three times (cold, warm with nothing changed, warm
 * after one modification changed), measures the output, then measures search in headless
 * Chromium. Beside the cold build it builds its anchor, a bare Astro MDX site of the same size
 * in `.bench/<n>/bare/` (see `bare.ts`), cold and warm, so that the register's cost can be read
 * as a multiple of what Astro itself costs on the same machine in the same run. It prints one
 * figure a line, and with two sizes the ratio of each figure.
 *
 * Options: `--n <count>` (repeatable; replaces the default sizes), `--dir <folder>` (default
 * `.bench`), `--seed <n>`.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium';
import { parse } from 'node-html-parser';
import { startServer } from '../lib/static-server';
import { buildBareSite, writeBareSite } from './bare';
import { updateEntry } from './generate/files';
import { generateRegister } from './generate/index';
import { measured, type Measured } from './process';

const ROOT = resolve(import.meta.dirname, '../..');
interface Options {
  readonly sizes: number[];
  readonly dir: string;
  readonly seed: number;
}

function options(argv: readonly string[]): Options {
  const sizes: number[] = [];
  let dir = '.bench';
  let seed = 1;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--n' && value) sizes.push(Number(value)), i++;
    else if (arg === '--dir' && value) (dir = value), i++;
    else if (arg === '--seed' && value) (seed = Number(value)), i++;
    else throw new Error(`unknown option ${arg}; use --n <count>, --dir <folder>, --seed <n>`);
  }
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--n takes a positive whole number');
  return { sizes: sizes.length ? sizes : [3000, 6000], dir: resolve(dir), seed };
}

/** A build of the register: what `measured` says of it, and what its log says. */
interface BuildRun extends Omit<Measured, 'output'> {
  readonly searchSeconds: number;
  /** The pages the search index took while Astro was still rendering. */
  readonly searchedWhileRendering: number;
  readonly pages: number;
}

/** Runs `npm run build`'s command against a benchmark folder and measures it. */
async function build(base: string): Promise<BuildRun> {
  const { output, ...figures } = await measured(['--import', 'tsx', join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      REGISTER_CONTENT_DIR: join(base, 'content'),
      REGISTER_OUT_DIR: join(base, 'dist'),
      REGISTER_CACHE_DIR: join(base, 'cache'),
    },
    log: join(base, `build-${Date.now()}.log`),
  });
  const search = /indexed \d+ pages for search \((\d+) of them while Astro rendered\) in ([\d.]+) s/i.exec(output);
  const pages = /(\d+) page\(s\) built in/.exec(output);
  return { ...figures, searchSeconds: Number(search?.[2] ?? NaN), searchedWhileRendering: Number(search?.[1] ?? NaN), pages: Number(pages?.[1] ?? NaN) };
}

function sizeOf(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((n, name) => n + sizeOf(join(path, name)), 0);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

interface PageWeights {
  readonly medianHtml: number;
  readonly largestHtml: number;
  readonly css: number;
  readonly js: number;
  readonly searchIndex: number;
}

/** Sizes of the built site: modification pages, the CSS and JavaScript they load, the index. */
function weigh(dist: string): PageWeights {
  const dir = join(dist, 'modifications');
  const pages = readdirSync(dir)
    .filter((name) => /^secmp\d{4}$/.test(name))
    .map((name) => join(dir, name, 'index.html'));
  const sizes = pages.map((p) => statSync(p).size);
  const sample = parse(readFileSync(pages[0] as string, 'utf8'));
  const local = (href: string) => join(dist, decodeURIComponent(href.split('?')[0] as string));
  const css =
    sample.querySelectorAll('link[rel="stylesheet"]').reduce((n, l) => n + statSync(local(l.getAttribute('href') as string)).size, 0) +
    sample.querySelectorAll('style').reduce((n, s) => n + Buffer.byteLength(s.textContent), 0);
  const js = sample.querySelectorAll('script').reduce((n, s) => {
    const src = s.getAttribute('src');
    return n + (src ? statSync(local(src)).size : Buffer.byteLength(s.textContent));
  }, 0);
  return { medianHtml: median(sizes), largestHtml: Math.max(...sizes), css, js, searchIndex: sizeOf(join(dist, 'pagefind')) };
}

interface SearchFigures {
  readonly latencyMs: number;
  readonly queryBytes: number;
  readonly pageBytes: number;
}

/**
 * In headless Chromium, for each query in a fresh browser context: the bytes the search page
 * fetches before any query, then, after typing the query, the milliseconds from the last
 * keystroke to the first result on screen and the bytes fetched for that query. Medians.
 */
async function measureSearch(dist: string, queries: readonly string[]): Promise<SearchFigures> {
  const server = await startServer(dist);
  const browser = await launchChromium();
  const latencies: number[] = [];
  const queryBytes: number[] = [];
  const pageBytes: number[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext({ baseURL: server.url });
      const page: Page = await context.newPage();
      let phase: 'page' | 'query' = 'page';
      const bytes = { page: 0, query: 0 };
      // Requests from the search worker count too: the context sees every request. Each size is
      // waited for before the context closes: a size still being asked for then fails, and
      // once ended the benchmark with "Target page, context or browser has been closed".
      const sizing: Promise<void>[] = [];
      context.on('requestfinished', (request) => {
        const at = phase;
        sizing.push(request.sizes().then((s) => void (bytes[at] += s.responseBodySize + s.responseHeadersSize)));
      });
      await page.addInitScript(() => {
        const w = window as unknown as { benchLastInput: number; benchFirstResult: number };
        w.benchLastInput = 0;
        w.benchFirstResult = 0;
        document.addEventListener('input', () => {
          w.benchLastInput = performance.now();
          w.benchFirstResult = 0;
        }, true);
        document.addEventListener('DOMContentLoaded', () => {
          const list = document.querySelector('#search-results');
          if (!list) return;
          new MutationObserver(() => {
            if (w.benchLastInput && !w.benchFirstResult && list.children.length > 0) w.benchFirstResult = performance.now();
          }).observe(list, { childList: true });
        });
      });
      await page.goto('/search/');
      await page.waitForFunction(() => document.documentElement.dataset['searchReady'] === 'true');
      await page.waitForLoadState('networkidle');
      phase = 'query';
      await page.locator('#search-q').pressSequentially(query, { delay: 20 });
      await page.waitForFunction(() => (window as unknown as { benchFirstResult: number }).benchFirstResult > 0, null, { timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      const ms = await page.evaluate(() => {
        const w = window as unknown as { benchLastInput: number; benchFirstResult: number };
        return w.benchFirstResult - w.benchLastInput;
      });
      await Promise.all(sizing);
      latencies.push(ms);
      queryBytes.push(bytes.query);
      pageBytes.push(bytes.page);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { latencyMs: median(latencies), queryBytes: median(queryBytes), pageBytes: median(pageBytes) };
}

type Figures = Record<string, number>;

/** Benchmarks one size and returns its figures, in the order they print. */
async function benchmark(n: number, opts: Options): Promise<Figures> {
  const base = join(opts.dir, String(n));
  rmSync(base, { recursive: true, force: true });
  generateRegister(join(base, 'content'), n, opts.seed);

  const bareDir = join(base, 'bare');
  writeBareSite(join(base, 'content'), bareDir, ROOT);

  const cold = await build(base);
  // The anchor, right after: cold, then warm with nothing changed.
  const bare = await buildBareSite(bareDir, ROOT, { cold: true, log: join(base, 'bare-cold.log') });
  const bareWarm = await buildBareSite(bareDir, ROOT, { cold: false, log: join(base, 'bare-warm.log') });
  if (bare.pages !== n) throw new Error(`the bare site built ${bare.pages} entry pages, not ${n}`);
  const warm = await build(base);
  // One field of one modification changes, through the generator's own reader and writer.
  updateEntry(join(base, 'content'), 'modifications', 'SECMP0001', (m) => ({ ...m, shortTitle: `${String(m['shortTitle'])} revised` }));
  const afterChange = await build(base);

  const dist = join(base, 'dist');
  const weights = weigh(dist);
  const queries = ['firmware', 'tariff', 'triage', 'credit cover', 'GBCS', `MP${Math.ceil(n / 2)}`];
  const search = await measureSearch(dist, queries);
  return {
    'modifications': n,
    'cold build (s)': cold.seconds,
    'cold build, processor time of all its processes (s)': cold.cpuSeconds,
    'of which the search index, from its start while Astro renders (s)': cold.searchSeconds,
    'pages indexed for search while Astro rendered': cold.searchedWhileRendering,
    'warm rebuild, nothing changed (s)': warm.seconds,
    'warm rebuild, one modification changed (s)': afterChange.seconds,
    'warm rebuild as a share of cold (%)': (100 * Math.max(warm.seconds, afterChange.seconds)) / cold.seconds,
    'peak memory of the build (MB)': cold.peakRss / 2 ** 20,
    'peak memory, one modification changed (MB)': afterChange.peakRss / 2 ** 20,
    'pages built per second': cold.pages / cold.seconds,
    'bare MDX site, cold build (s)': bare.seconds,
    'bare MDX site, warm rebuild (s)': bareWarm.seconds,
    'bare MDX site, peak memory (MB)': bare.peakRss / 2 ** 20,
    'bare MDX site, cold build, processor time (s)': bare.cpuSeconds,
    'full register cold / bare MDX cold (ratio)': cold.seconds / bare.seconds,
    'full register / bare MDX, processor time, cold (ratio)': cold.cpuSeconds / bare.cpuSeconds,
    'modification page HTML, median (bytes)': weights.medianHtml,
    'modification page HTML, largest (bytes)': weights.largestHtml,
    'site CSS (bytes)': weights.css,
    'JavaScript a modification page loads (bytes)': weights.js,
    'search index, total (bytes)': weights.searchIndex,
    'search, last keystroke to first result, median (ms)': search.latencyMs,
    'search, bytes fetched for one query, median (bytes)': search.queryBytes,
    'search, bytes the search page fetches before a query (bytes)': search.pageBytes,
  };
}

function show(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1);
}

const opts = options(process.argv.slice(2));
const results: Figures[] = [];
for (const n of opts.sizes) {
  console.log(`\n== ${n} modifications ==`);
  const figures = await benchmark(n, opts);
  for (const [label, value] of Object.entries(figures)) console.log(`${label}: ${show(value)}`);
  results.push(figures);
}
if (results.length >= 2) {
  const [small, large] = [results[0] as Figures, results[results.length - 1] as Figures];
  console.log(`\n== ratio, ${large['modifications']} to ${small['modifications']} modifications ==`);
  for (const label of Object.keys(small)) {
    if (label === 'modifications') continue;
    const ratio = (large[label] as number) / (small[label] as number);
    console.log(`${label}: ${Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a'}`);
  }
}
