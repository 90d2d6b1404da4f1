/**
 * The register's Astro integration.
 *
 * - Before anything else in a build or dev server, it lints the whole content folder (schemas
 *   and integrity checks) and stops with every problem listed, each as `file:line: field:
 *   message`. Astro's own validation would stop at the first bad entry.
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
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
    },
  };
}
