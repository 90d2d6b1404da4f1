/**
 * After the build, writes a redirect page for every address in `/redirects.json` (short
 * modification numbers and the SEC website's old addresses) and a `_redirects` file. Plain
 * files are written directly because thousands of one-line pages are not worth Astro's
 * per-page rendering.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { redirectPage, redirectsFile } from '../render/redirect-page';
import type { Redirect } from '../render/redirects';

/**
 * The folder a redirect's page goes in, inside the output folder by construction: an address
 * that would resolve anywhere else is refused, whatever the content's checks have let through.
 */
export function redirectFolder(out: string, from: string): string {
  const root = resolve(out);
  const dir = resolve(root, `.${from.startsWith('/') ? from : `/${from}`}`);
  const inside = relative(root, dir);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || /[\r\n]/.test(from)) {
    throw new Error(`the redirect from ${JSON.stringify(from)} would be written outside the site's own pages; it is refused`);
  }
  return dir;
}

/** Writes a page for every redirect, and the `_redirects` file, a few files at a time. */
export async function writeRedirects(redirects: readonly Redirect[], out: string, site: string | undefined): Promise<void> {
  const write = async (redirect: Redirect) => {
    const dir = redirectFolder(out, redirect.from);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'index.html'), redirectPage(redirect, site));
  };
  for (let i = 0; i < redirects.length; i += 32) await Promise.all(redirects.slice(i, i + 32).map(write));
  await writeFile(join(out, '_redirects'), redirectsFile(redirects));
}

/** Reads the build's `/redirects.json` and writes what it lists. */
export async function writeRedirectsOf(out: string, site: string | undefined): Promise<number> {
  const redirects = JSON.parse(readFileSync(join(out, 'redirects.json'), 'utf8')) as Redirect[];
  await writeRedirects(redirects, out, site);
  return redirects.length;
}
