/**
 * `npm run serve`: serves `dist/` on http://127.0.0.1:4321/ as a static host would: a folder
 * address serves its `index.html`, a folder address without its trailing slash redirects to it,
 * and anything else missing gets `404.html` with status 404.
 *
 * Environment: `PORT` (default 4321), `HOST` (default 127.0.0.1), `REGISTER_OUT_DIR`.
 */
import { resolve } from 'node:path';
import { startServer } from './lib/static-server';

const root = resolve(process.env.REGISTER_OUT_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const server = await startServer(root, port, host);
console.log(`Serving ${root} at ${server.url}`);
