/**
 * A small static file server with the behaviour of common static hosts. `npm run serve`, the
 * browser tests and the benchmark all use it, so the tests see the site as readers will:
 *
 * - GET and HEAD only; any other method gets 405 with `Allow: GET, HEAD`;
 * - a folder address serves its `index.html`; a folder address without its trailing slash
 *   redirects to it, always to a path on this host (see `request-path.ts`);
 * - anything missing gets `404.html` with status 404;
 * - `..` segments (encoded or not) get 403, malformed percent-encoding 400;
 * - a file that vanishes or shrinks while it is looked up or sent ends that one response
 *   (404 if nothing was sent yet), never the server.
 */
import { existsSync, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { isWithin } from './output-folder';
import { folderAddress, parseRequestPath } from './request-path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Errors that mean "there is no such file", which a missing page answers with 404. */
const MISSING = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG']);

function isMissing(error: unknown): boolean {
  return MISSING.has((error as NodeJS.ErrnoException).code ?? '');
}

/** Whether a folder holds a site to serve: a built site always has a home page. */
export function hasSite(root: string): boolean {
  return existsSync(join(root, 'index.html'));
}

/** A server started by `startServer`: its address, the Node server, and how to stop it. */
export interface RunningServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(text);
}

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/**
 * Sends a file, or returns false when there is no regular file there to send. The file is
 * opened first and measured through the open handle, so the answer describes the file that
 * is sent even if the path is deleted or replaced meanwhile.
 */
async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, status: number): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
  let size: number;
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      await handle.close();
      return false;
    }
    size = info.size;
  } catch (error) {
    await handle.close();
    throw error;
  }
  if (res.destroyed || req.method === 'HEAD' || size === 0) {
    await handle.close();
    if (!res.destroyed) res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size }).end();
    return true;
  }
  res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size });
  // The stream closes the handle when it ends or is destroyed.
  const stream = handle.createReadStream({ start: 0, end: size - 1 });
  stream.on('error', (error) => res.destroy(error));
  // A file cut short while it was sent would leave the reader waiting for the bytes promised
  // by Content-Length; ending the connection tells it the response is incomplete.
  stream.on('end', () => {
    if (stream.bytesRead < size) res.destroy();
  });
  // A reader that goes away mid-file must not leave the file open.
  res.on('close', () => stream.destroy());
  stream.pipe(res);
  return true;
}

async function answer(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    plain(res, 405, 'Method not allowed', { allow: 'GET, HEAD' });
    return;
  }
  const path = parseRequestPath(req.url ?? '/');
  if (!path.ok) {
    plain(res, path.status, path.reason);
    return;
  }
  const target = join(root, ...path.segments);
  // The parser refuses `..`, so this cannot happen; it is checked all the same because the
  // cost of being wrong is serving the machine's files.
  if (!isWithin(target, root)) {
    plain(res, 403, 'Forbidden');
    return;
  }
  const info = await statOrNull(target);
  if (info?.isDirectory()) {
    if (!path.trailingSlash) {
      res.writeHead(301, { location: `${folderAddress(path)}${path.search}` }).end();
      return;
    }
    if (await sendFile(req, res, join(target, 'index.html'), 200)) return;
  } else if (info?.isFile()) {
    if (await sendFile(req, res, target, 200)) return;
  }
  if (!(await sendFile(req, res, join(root, '404.html'), 404))) plain(res, 404, 'Not found');
}

/**
 * Serves the site in `root`; port 0 picks a free port. Throws when `root` holds no built site
 * (no `index.html`), rather than serving 404 for every address.
 */
export async function startServer(root: string, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  const siteRoot = resolve(root);
  if (!hasSite(siteRoot)) {
    throw new Error(`No site to serve in ${siteRoot}: it has no index.html. Run \`npm run build\` first.`);
  }
  const server = createServer((req, res) => {
    answer(siteRoot, req, res).catch((error: unknown) => {
      // Whatever went wrong, it ends this response only.
      console.error(`static server: ${req.method} ${req.url}: ${(error as Error).message}`);
      if (!res.headersSent) plain(res, 500, 'Internal server error');
      else res.destroy();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      resolvePromise({
        url: `http://${host}:${address.port}`,
        server,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
