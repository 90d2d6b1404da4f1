/**
 * `npm run serve`: serves `dist/` on http://127.0.0.1:4321/ as a static host would: a folder
 * address serves its `index.html`, a folder address without its trailing slash redirects to it,
 * and anything else missing gets `404.html` with status 404.
 *
 * Before serving, it repairs what an interrupted publish left, as the build does: a site left
 * moved aside by a build that died mid-swap is put back. It does so only when no build is
 * running, since a running build's folders are not leftovers (and it finishes its own swap).
 *
 * Environment: `PORT` (default 4321), `HOST` (default 127.0.0.1), `REGISTER_OUT_DIR`.
 */
import { join, relative, resolve } from 'node:path';
import { tryBuildLock } from './lib/build-lock';
import { recoverInterruptedPublish, siteFolders } from './lib/publish';
import { hasSite, startServer } from './lib/static-server';

const project = resolve(import.meta.dirname, '..');
const root = resolve(process.env.REGISTER_OUT_DIR ?? join(project, 'dist'));
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

const attempt = tryBuildLock(project);
if ('lock' in attempt) {
  try {
    for (const repair of recoverInterruptedPublish(siteFolders(root))) console.log(`An earlier build was interrupted: ${repair}.`);
  } finally {
    attempt.lock.release();
  }
}

if (!hasSite(root)) {
  const shown = relative(process.cwd(), root).startsWith('..') ? root : relative(process.cwd(), root) || '.';
  const running = 'heldBy' in attempt ? ` (a build, pid ${attempt.heldBy ?? 'unknown'}, is running now)` : '';
  console.error(`No site to serve in ${shown}/${running}: run \`npm run build\` (or \`npm start\`) first.`);
  process.exit(1);
}

const server = await startServer(root, port, host);
console.log(`Serving ${root} at ${server.url}`);
