/**
 * The register's Astro integration.
 *
 * - Before anything else in a build or dev server, it lints the whole content folder (schemas
 *   and integrity checks) and stops with every problem listed, each as `file:line: field:
 *   message`. Astro's own validation would stop at the first bad entry.
 * - After the build, it writes a redirect page for every address in `/redirects.json` (short
 *   modification numbers and the SEC website's old addresses) and a `_redirects` file. Plain
 *   files are written directly because thousands of one-line pages are not worth Astro's
 *   per-page rendering.
 * - Last, it indexes the built pages for search with Pagefind's Node API. Only `<main>` of
 *   pages that opt in (`data-pagefind-body`) is indexed; redirect pages and page chrome are not.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { redirectPage, redirectsFile } from '../lib/redirect-page';
import type { Redirect } from '../lib/redirects';
import { formatProblem, sortProblems } from '../lib/content';
import { lintContentFolder } from '../lib/content-fs';

export class ContentLintError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`);
    this.name = 'ContentLintError';
    // The problems are the whole story: a stack trace into the integration would only bury them.
    this.stack = '';
  }
}

export default function register(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'sec-register',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const dir = process.env.REGISTER_CONTENT_DIR ?? 'content';
        const { problems } = lintContentFolder(resolve(dir), dir.replace(/\/$/, ''));
        if (problems.length > 0) {
          const lines = sortProblems(problems).map(formatProblem);
          for (const line of lines) logger.error(line);
          throw new ContentLintError(lines);
        }
        logger.info(`content of ${dir}/ is valid`);
      },
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const redirects = JSON.parse(readFileSync(join(out, 'redirects.json'), 'utf8')) as Redirect[];
        for (const redirect of redirects) {
          const file = join(out, redirect.from, 'index.html');
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, redirectPage(redirect, site));
        }
        writeFileSync(join(out, '_redirects'), redirectsFile(redirects));
        logger.info(`wrote ${redirects.length} redirect pages`);
        await buildSearchIndex(out, logger);
      },
    },
  };
}

/** Indexes the built site into `<out>/pagefind/`, failing the build on any indexing error. */
async function buildSearchIndex(out: string, logger: { info(message: string): void }): Promise<void> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: out });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    logger.info(`indexed ${added.page_count} pages for search in ${seconds} s`);
  } finally {
    await pagefind.close();
  }
}
