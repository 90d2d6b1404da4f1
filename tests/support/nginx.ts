/**
 * A real nginx serving a built site on 127.0.0.1, for the tests that judge the site as a real
 * server delivers it (Lighthouse, precompressed files). nginx comes from Debian's packages
 * (`nginx`, with `libnginx-mod-http-brotli-static` for `brotli_static`); the README's test
 * command and `.ci/run` install both when they are missing.
 *
 * The server runs as one foreground process (`master_process off`) under the test's own user,
 * with every path it writes in a temporary folder, so it needs no root, touches nothing of the
 * system's nginx, and ends with the test.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** Debian's dynamic module for `brotli_static`. */
export const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** Where an nginx configuration is to put what it writes and what it serves. */
export interface NginxPlace {
  /** The built site, as an absolute path. */
  readonly root: string;
  /** The loopback port to listen on. */
  readonly port: number;
  /** A fresh temporary folder for the pid file, logs and nginx's temporary files. */
  readonly prefix: string;
}

/** A running nginx: its address, and how to stop it. */
export interface ServedSite {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  readonly url: string;
  /** Everything nginx wrote to its error log so far. */
  errors(): string;
  close(): Promise<void>;
}

/** The main-context directive that loads Debian's `brotli_static` module (a test's own configuration does not include `/etc/nginx/modules-enabled/`). */
export const BROTLI_STATIC_LOAD = `load_module ${BROTLI_STATIC_MODULE};`;

/**
 * The http-level directives that send the build's precompressed copies
 * (`scripts/lib/precompress.ts`): `name.br` to a client that accepts Brotli, else `name.gz` to
 * one that accepts gzip, each with `Content-Encoding` and `Vary: Accept-Encoding` (`gzip_vary`
 * makes nginx add `Vary` for both), and the file itself to a client that accepts neither. Any
 * nginx configuration that serves the site needs these, with `BROTLI_STATIC_LOAD` above it.
 */
export const PRECOMPRESSED_FILES = ['gzip_static on;', 'gzip_vary on;', 'brotli_static on;'] as const;

/** Why nginx cannot run here, or `null` when it can. */
export function nginxMissing(): string | null {
  if (!existsSync(NGINX)) return `No nginx at ${NGINX}. Install Debian's: apt-get install -y nginx libnginx-mod-http-brotli-static`;
  if (!existsSync(BROTLI_STATIC_MODULE)) return `No brotli_static module at ${BROTLI_STATIC_MODULE}. Install Debian's: apt-get install -y libnginx-mod-http-brotli-static`;
  return null;
}

/** The directives every configuration run by `startNginx` needs, whatever it serves: paths in `prefix`, one process. */
export function processDirectives({ prefix }: NginxPlace): string {
  return `daemon off;
master_process off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }`;
}

/** The http-level directives that keep nginx's temporary files in `prefix`. */
export function temporaryPaths({ prefix }: NginxPlace): string {
  return ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${prefix}/${kind};`).join('\n  ');
}

/**
 * PROVISIONAL: a minimal configuration of our own, to be replaced by the configuration that
 * issue 15's generator writes from the redirect list (with its `_headers` and CSP). It is what
 * a plain production nginx does for a static site, so that Lighthouse judges compression and
 * caching as a real server would deliver them:
 *
 * - precompressed files: `gzip_static on` and `brotli_static on` send `name.gz` or `name.br`
 *   (written by the build, see `scripts/lib/precompress.ts`) with `Content-Encoding` and
 *   `Vary: Accept-Encoding`, and the file itself to a client that accepts neither;
 * - caching: Astro's fingerprinted files under `/_astro/` are immutable for a year; everything
 *   else (pages, the search index, `theme-toggle.js`, whose names do not change when their
 *   content does) may be kept for an hour and is revalidated after that;
 * - a folder address serves its `index.html`, one without its trailing slash redirects to it,
 *   and anything missing gets `404.html` with status 404.
 */
export function minimalNginxConfig(place: NginxPlace): string {
  return `${BROTLI_STATIC_LOAD}
${processDirectives(place)}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  charset utf-8;
  charset_types text/css text/xml text/plain application/javascript application/json image/svg+xml;
  ${temporaryPaths(place)}
  access_log off;
  sendfile on;
  server_tokens off;

  ${PRECOMPRESSED_FILES.join('\n  ')}

  server {
    listen 127.0.0.1:${place.port};
    root ${place.root};
    index index.html;
    absolute_redirect off;
    error_page 404 /404.html;

    location / {
      add_header Cache-Control "public, max-age=3600";
      try_files $uri $uri/ =404;
    }
    location /_astro/ {
      add_header Cache-Control "public, max-age=31536000, immutable";
      try_files $uri =404;
    }
  }
}
`;
}

/** A port on the loopback interface that nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Resolves once something accepts connections on the port, or rejects when `gone` says the server ended. */
async function waitForPort(port: number, gone: () => string | null): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const ended = gone();
    if (ended !== null) throw new Error(ended);
    const open = await new Promise<boolean>((done) => {
      const socket = createConnection({ host: '127.0.0.1', port });
      socket.once('connect', () => (socket.destroy(), done(true)));
      socket.once('error', () => done(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx did not listen on port ${port} within 10 s`);
}

/**
 * Starts nginx serving `root` with the configuration `config` writes, checked first with
 * `nginx -t`. A port taken between choosing and binding it is tried again with another.
 */
export async function startNginx(root: string, config: (place: NginxPlace) => string = minimalNginxConfig): Promise<ServedSite> {
  const missing = nginxMissing();
  if (missing) throw new Error(missing);
  for (let attempt = 1; ; attempt++) {
    const prefix = mkdtempSync(join(tmpdir(), 'register-nginx-'));
    mkdirSync(join(prefix, 'conf'));
    const place: NginxPlace = { root: resolve(root), port: await freePort(), prefix };
    const conf = join(prefix, 'conf', 'nginx.conf');
    writeFileSync(conf, config(place));
    const args = ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', conf];
    const test = spawnSync(NGINX, [...args, '-t'], { encoding: 'utf8' });
    if (test.status !== 0) {
      rmSync(prefix, { recursive: true, force: true });
      throw new Error(`nginx refused the configuration:\n${test.stderr}`);
    }
    const child = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let exit: string | null = null;
    const exited = new Promise<void>((done) => child.on('exit', (code, signal) => ((exit = `nginx exited (${code ?? signal}): ${stderr}`), done())));
    const log = () => (existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '');
    try {
      await waitForPort(place.port, () => (exit === null ? null : `${exit}\n${log()}`));
    } catch (error) {
      child.kill('SIGTERM');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
      if (attempt < 3 && /Address already in use/.test(String(error))) continue;
      throw error;
    }
    return {
      url: `http://127.0.0.1:${place.port}`,
      errors: log,
      async close() {
        if (exit === null) {
          child.kill('SIGTERM');
          await exited;
        }
        rmSync(prefix, { recursive: true, force: true });
      },
    };
  }
}
