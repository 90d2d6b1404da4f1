/**
 * The server the outside judges (Lighthouse, and the test of what the server sends) see the
 * built site through, as one replaceable function: `start(folder)` serves a built site and
 * gives back its origin and a way to stop it. Nothing else in the judges' tests knows which
 * server it is.
 *
 * It is Debian's nginx with the configuration the build generates (`_nginx.conf`, through
 * `nginxConfig` in `src/integrations/deploy/nginx.ts`, run by `scripts/lib/nginx.ts`), so that
 * Lighthouse judges the redirects, headers, caching, Content-Security-Policy and compression
 * readers will really get, plus what that configuration leaves to the deployment: sending the
 * build's precompressed copies (`src/integrations/precompress.ts`).
 */
import { existsSync } from 'node:fs';
import { startNginx } from '../../scripts/lib/nginx';

/**
 * The public origin the judged build is made for, as a deployment sets it (`REGISTER_SITE`):
 * canonical links are then absolute, as search engines need them. It need not be the address
 * the test serves on; no judge follows it.
 */
export const PUBLIC_ORIGIN = 'https://register.example.org';

/** Debian's dynamic module for `brotli_static` (`libnginx-mod-http-brotli-static`). */
export const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/**
 * The http-level directives that send the build's precompressed copies: `name.br` to a client
 * that accepts Brotli, else `name.gz` to one that accepts gzip, each with `Content-Encoding`
 * and `Vary: Accept-Encoding` (`gzip_vary` makes nginx add `Vary` for both), and the file
 * itself to a client that accepts neither. `brotli_static` needs its module loaded in the main
 * context: a system nginx does it from `/etc/nginx/modules-enabled/`, a configuration of its
 * own with `load_module`.
 */
export const PRECOMPRESSED_FILES = ['gzip_static on;', 'gzip_vary on;', 'brotli_static on;'] as const;

/** A server running over a built site. */
export interface JudgedServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  readonly origin: string;
  stop(): Promise<void>;
}

/** Serves the built site in `folder` until `stop()` is called. */
export type StartServer = (folder: string) => Promise<JudgedServer>;

export const serveForJudges: StartServer = async (folder) => {
  if (!existsSync(BROTLI_STATIC_MODULE)) throw new Error(`No brotli_static module at ${BROTLI_STATIC_MODULE}. Install Debian's: apt-get install -y libnginx-mod-http-brotli-static`);
  const nginx = await startNginx({ root: folder, mainDirectives: [`load_module ${BROTLI_STATIC_MODULE};`], httpDirectives: [...PRECOMPRESSED_FILES] });
  return { origin: nginx.url, stop: () => nginx.stop() };
};
