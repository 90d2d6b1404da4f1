/**
 * After the build, writes a redirect page for every address in `/redirects.json` (short
 * modification numbers and the SEC website's old addresses) and a `_redirects` file. Plain
 * files are written directly because thousands of one-line pages are not worth Astro's
 * per-page rendering.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { redirectPage, redirectsFile } from '../render/redirect-page';
import type { Redirect } from '../render/redirects';

/** Writes a page for every redirect, and the `_redirects` file, a few files at a time. */
export async function writeRedirects(redirects: readonly Redirect[], out: string, site: string | undefined): Promise<void> {
  const write = async (redirect: Redirect) => {
    const dir = join(out, redirect.from);
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
