/**
 * After the build, writes what a host needs to serve the site as it should be served:
 * `_headers` (Netlify and Cloudflare Pages) and `_nginx.conf` (an nginx server's rules), both
 * from the same description (`headers.ts`), the same redirect list as `_redirects`
 * (`/redirects.json`), and a Content-Security-Policy that names the hash of every inline script
 * the built pages hold (`csp.ts`). The build wrapper (`scripts/build.ts`) writes them once the
 * redirect pages and the search index are written, so they see the whole site; the integration
 * here only warns, as the build starts, when the build is a preview.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Redirect } from '../../render/redirects';
import { contentSecurityPolicy, inlineScripts } from './csp';
import { headersFile, HOST_FILES, ruleCount, type SiteShape } from './headers';
import { nginxRules } from './nginx';

/** Every file under a folder, as paths relative to the site's root with a leading slash. */
function filesUnder(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) => {
    const path = `${dir}/${d.name}`;
    return d.isDirectory() ? filesUnder(root, path) : [path];
  });
}

/** What the built site is made of, for its headers: its policy, its top level, Pagefind's files. */
export function siteShape(out: string, redirects: readonly Redirect[], preview: boolean): SiteShape {
  const redirectPages = new Set(redirects.map((r) => `${r.from}index.html`));
  const top = readdirSync(out, { withFileTypes: true });
  const folders: string[] = [];
  const scripts: string[] = [];
  for (const entry of top) {
    if (!entry.isDirectory() || entry.name === '_astro' || entry.name === 'pagefind') continue;
    // A folder that holds only redirect pages (/mp23/, the SEC website's addresses) is answered
    // by the redirects and needs no rule of its own.
    const files = filesUnder(out, `/${entry.name}`).filter((f) => !redirectPages.has(f));
    if (files.length > 0) folders.push(entry.name);
    for (const file of files) if (file.endsWith('.html')) scripts.push(...inlineScripts(readFileSync(join(out, file), 'utf8')));
  }
  const files = top.filter((e) => e.isFile() && !(HOST_FILES as readonly string[]).includes(e.name)).map((e) => e.name);
  for (const file of files) if (file.endsWith('.html')) scripts.push(...inlineScripts(readFileSync(join(out, file), 'utf8')));
  return {
    csp: contentSecurityPolicy(scripts),
    preview,
    folders: folders.sort(),
    files: files.sort(),
    pagefindFiles: readdirSync(join(out, 'pagefind'), { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort(),
  };
}

/** One line for the build's log. */
export function describeDeployFiles(written: ReturnType<typeof writeDeployFiles>): string {
  return `Wrote _headers (${written.rules} rules) and _nginx.conf (${written.redirects} redirects; ${written.scripts} inline script hashes in the CSP).`;
}

/** Writes `_headers` and `_nginx.conf` into a built site. */
export function writeDeployFiles(out: string, preview: boolean): { rules: number; redirects: number; scripts: number } {
  const redirects = JSON.parse(readFileSync(join(out, 'redirects.json'), 'utf8')) as Redirect[];
  const shape = siteShape(out, redirects, preview);
  const headers = headersFile(shape);
  writeFileSync(join(out, '_headers'), headers);
  writeFileSync(join(out, '_nginx.conf'), nginxRules({ redirects, csp: shape.csp, preview }));
  return { rules: ruleCount(headers), redirects: redirects.length, scripts: (shape.csp.match(/'sha256-/g) ?? []).length };
}

export default function deploy(): AstroIntegration {
  let preview = true;
  return {
    name: 'sec-register:deploy',
    hooks: {
      'astro:config:done': ({ config }) => {
        preview = config.site === undefined;
      },
      'astro:build:start': ({ logger }) => {
        if (preview) {
          logger.warn(
            'REGISTER_SITE is not set, so this is a local preview build: links are relative, and what needs the public address is left out (the sitemap, og:url, calendar URLs); robots.txt and _headers keep it out of search engines. Set REGISTER_SITE=https://… to build for publishing.',
          );
        }
      },
    },
  };
}
