/**
 * Debian's nginx serving a built site through the configuration the build generates
 * (`src/integrations/deploy/nginx.ts`): unprivileged, on a free loopback port, with its pid,
 * logs and temporary files in a folder of its own. The deployment tests use it, and so can any
 * tool that needs the site served as it will be in production (`gzipStatic` serves precompressed
 * `.gz` files; other directives go in `mainDirectives`, `httpDirectives` or `serverDirectives`).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nginxConfig, type NginxServer } from '../../src/integrations/deploy/nginx';

/** Where Debian installs nginx (`apt-get install nginx`); `NGINX_PATH` names another. */
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** A free TCP port on the loopback address, as the system hands one out. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** nginx running over a built site. */
export interface RunningNginx {
  /** `http://127.0.0.1:<port>`, the origin it serves the site on. */
  readonly url: string;
  /** The configuration it runs with. */
  readonly config: string;
  /** What nginx wrote to its error log so far. */
  errors(): string;
  stop(): Promise<void>;
}

/** Checks a configuration with `nginx -t`; returns nginx's complaint, or `null` when it is valid. */
export function testNginxConfig(configFile: string, prefix: string): string | null {
  const result = spawnSync(NGINX, ['-t', '-q', '-p', prefix, '-c', configFile, '-e', join(prefix, 'error.log')], { encoding: 'utf8' });
  return result.status === 0 ? null : `${result.stderr}${result.stdout}`.trim() || `nginx -t exited with ${result.status}`;
}

/**
 * Starts nginx over `root` and waits until it answers. Stops it, and removes its folder, on
 * `stop()`. Throws with nginx's own words if the configuration does not load.
 */
export async function startNginx(
  options: { root: string; port?: number } & Partial<Pick<NginxServer, 'gzipStatic' | 'mainDirectives' | 'httpDirectives' | 'serverDirectives'>>,
): Promise<RunningNginx> {
  if (!existsSync(NGINX)) throw new Error(`No nginx at ${NGINX}. Install Debian's: sudo apt-get install -y nginx`);
  const root = resolve(options.root);
  if (!existsSync(join(root, '_nginx.conf'))) throw new Error(`${root} has no _nginx.conf: build the site first (npm run build)`);
  const prefix = mkdtempSync(join(tmpdir(), 'register-nginx-'));
  const port = options.port ?? (await freePort());
  const config = nginxConfig({
    root,
    port,
    prefix,
    // nginx started by root hands requests to workers running as "nobody", who may not be able to
    // read a checkout; this server is a test harness, so its workers run as whoever started it.
    ...(process.getuid?.() === 0 ? { user: 'root' } : {}),
    gzipStatic: options.gzipStatic ?? false,
    mainDirectives: options.mainDirectives ?? [],
    httpDirectives: options.httpDirectives ?? [],
    serverDirectives: options.serverDirectives ?? [],
  });
  const configFile = join(prefix, 'nginx.conf');
  writeFileSync(configFile, config);
  const problem = testNginxConfig(configFile, prefix);
  if (problem) {
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx does not accept the generated configuration:\n${problem}`);
  }
  const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', configFile, '-e', join(prefix, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  const errors = () => {
    const log = join(prefix, 'error.log');
    return `${output}${existsSync(log) ? readFileSync(log, 'utf8') : ''}`;
  };
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) {
      const message = errors();
      rmSync(prefix, { recursive: true, force: true });
      throw new Error(`nginx stopped at once:\n${message}`);
    }
    try {
      await fetch(`${url}/`, { method: 'HEAD', redirect: 'manual' });
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGQUIT');
        const message = errors();
        rmSync(prefix, { recursive: true, force: true });
        throw new Error(`nginx did not answer on ${url} within 15 s:\n${message}`);
      }
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  return {
    url,
    config,
    errors,
    async stop() {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
