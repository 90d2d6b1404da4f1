/**
 * The built site in `dist/`, parsed. `npm test` builds it before the tests run; these helpers
 * read it as a browser would, through an HTML parser rather than text matching.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const dist = resolve(import.meta.dirname, '../../dist');

if (!existsSync(join(dist, 'index.html'))) {
  throw new Error('dist/ has no build: run `npm run build` first (npm test does)');
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every file of the build, as site paths (`/modifications/secmp0023/index.html`). */
export const files: readonly string[] = walk(dist).map((f) => `/${relative(dist, f).split(sep).join('/')}`);

/** The address a file answers at: `/modifications/secmp0023/` for its `index.html`. */
export function addressOf(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

const cache = new Map<string, HTMLElement>();

/** The parsed HTML of the page at an address (`/releases/2018-02/`) or file path. */
export function page(address: string): HTMLElement {
  const file = fileFor(address);
  if (!file) throw new Error(`no page at ${address}`);
  let root = cache.get(file);
  if (!root) {
    root = parse(readFileSync(join(dist, file), 'utf8'), { comment: false });
    cache.set(file, root);
  }
  return root;
}

/** The build file an address resolves to, as a static host would serve it, or `null`. */
export function fileFor(address: string): string | null {
  const path = decodeURIComponent(address.split('#')[0]?.split('?')[0] ?? '/');
  const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
  return candidates.find((c) => files.includes(c)) ?? null;
}

/** Every HTML page of the build, as addresses. */
export const htmlPages: readonly string[] = files.filter((f) => f.endsWith('.html')).map(addressOf);

/** Whether a page is a redirect page (it has a meta refresh). */
export function isRedirect(root: HTMLElement): boolean {
  return root.querySelector('meta[http-equiv="refresh"]') !== null;
}

/** The address a redirect page leads to. */
export function redirectTarget(root: HTMLElement): string | null {
  const content = root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '';
  return /url=(.+)$/i.exec(content)?.[1]?.trim() ?? null;
}

/** Every content page (not a redirect). */
export const contentPages: readonly string[] = htmlPages.filter((p) => !isRedirect(page(p)));

/** The text of an element with whitespace collapsed, as a reader sees it. */
export function text(el: HTMLElement | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The rows of a table as arrays of cell texts (header row excluded). */
export function rows(table: HTMLElement | null): string[][] {
  if (!table) return [];
  return table.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('th, td').map((c) => text(c)));
}
