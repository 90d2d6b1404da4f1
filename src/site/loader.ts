/**
 * The content layer loader of every collection. It runs the register's linter once for all
 * collections (schemas and cross-file integrity checks, with every problem reported at once)
 * and stores each collection's validated entries. One parse and one validation per file: the
 * glob loader would parse every file a second time and stop at the first bad one.
 */
import type { Loader } from 'astro/loaders';
import { lstatSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectionNames, type CollectionName } from '../schemas';
import { lintContentFolder, walk } from '../validate/files';
import type { LintResult } from '../validate/lint';
import { ContentError, formatProblem, sortProblems } from '../validate/problems';
import { setContentProblems } from './content-state';

let memo: { key: string; result: LintResult; served: Set<CollectionName> } | undefined;

/**
 * Lints the content folder, once per state of its files: the seven collections' loaders share
 * one lint, and a later sync (in `astro dev`, after an edit) lints again.
 */
function lintOnce(dir: string, root: string, cachePath: string, collection: CollectionName): LintResult {
  const key = walk(dir)
    .map((f) => `${f}:${lstatSync(join(dir, f)).mtimeMs}`)
    .join('\n');
  if (memo?.key !== key) memo = { key, result: lintContentFolder(dir, root, cachePath), served: new Set() };
  const { result } = memo;
  memo.served.add(collection);
  // Once every collection has its entries, let the lint's copy of the content go: the build
  // holds on to a lot else, and at scale this copy alone is hundreds of megabytes.
  if (memo.served.size === collectionNames.length) memo = undefined;
  return result;
}

/** The loader of one collection of the register, read from `REGISTER_CONTENT_DIR` or `content/`. */
export function registerLoader(collection: CollectionName): Loader {
  return {
    name: `sec-register-${collection}`,
    load: async ({ store, logger, generateDigest, config, watcher }) => {
      const root = (process.env.REGISTER_CONTENT_DIR ?? 'content').replace(/\/$/, '');
      const dir = resolve(root);
      const cachePath = join(fileURLToPath(config.cacheDir), 'register-lint.bin');
      const siteRoot = fileURLToPath(config.root);

      /** Reads the content and stores this collection's entries; in a build, bad content stops it. */
      const sync = () => {
        const { content, problems, warnings } = lintOnce(dir, root, cachePath, collection);
        if (problems.length > 0) {
          if (!watcher) throw new ContentError(problems);
          // In `astro dev` the server keeps running: the pages show the problems until they are fixed.
          if (collection === 'modifications') logger.error(new ContentError(problems).message);
          setContentProblems(problems);
          return;
        }
        setContentProblems([]);
        // Warnings never stop a build; they are printed once, with the first collection.
        if (collection === 'modifications') for (const warning of sortProblems(warnings)) logger.warn(formatProblem(warning));
        store.clear();
        for (const entry of content[collection]) {
          // The linter has validated the data with the same schemas, so it is stored as it is:
          // validating it again with parseData() would double the cost of a cold build. A
          // modification's body is stored as its text, which the register parses to render.
          const data = entry.data as Record<string, unknown>;
          // Astro wants the file relative to the project, wherever the content folder is.
          const filePath = relative(siteRoot, join(dir, entry.file.slice(root.length + 1)));
          const body = entry.body ? { body: entry.body.text } : {};
          store.set({ id: entry.id, data, filePath, digest: generateDigest(entry.body ? `${JSON.stringify(data)}${entry.body.text}` : data), ...body });
        }
        logger.info(`${content[collection].length} ${collection}`);
      };
      sync();

      // In `astro dev`, read the content again whenever a file in it is added, changed or deleted.
      // Changes arrive in bursts (an editor saves, a watcher reports a folder it starts watching
      // file by file), so one read follows each burst.
      if (watcher) {
        if (!dir.startsWith(`${siteRoot.replace(/\/$/, '')}/`)) watcher.add(dir);
        let pending: ReturnType<typeof setTimeout> | undefined;
        const onChange = (path: string) => {
          if (!resolve(path).startsWith(`${dir}/`)) return;
          clearTimeout(pending);
          pending = setTimeout(sync, 50);
        };
        watcher.on('change', onChange);
        watcher.on('add', onChange);
        watcher.on('unlink', onChange);
      }
    },
  };
}
