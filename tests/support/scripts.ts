/**
 * Running the project's scripts (`scripts/build.ts`, `scripts/serve.ts`) as `npm run` does, in
 * their own processes, for the build and server tests, and reading the folders they write.
 */
import { spawn, spawnSync, type ChildProcess, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';

/** The project folder. */
export const root = resolve(import.meta.dirname, '../..');

const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');

/** The test hooks' variables, cleared for every run so that no run inherits another's. */
const HOOKS = ['REGISTER_TEST_CRASH_AT', 'REGISTER_TEST_FAKE_BUILD', 'REGISTER_TEST_FAKE_BUILD_MS'];

function environment(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const name of HOOKS) delete base[name];
  return { ...base, ...env };
}

/** Runs a TypeScript script to the end, as `npm run` would, and returns what it did. */
export function runScript(script: string, env: Record<string, string>, args: readonly string[] = [], cwd = root): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [tsx, script, ...args], { cwd, encoding: 'utf8', env: environment(env) });
}

/** Starts a TypeScript script without waiting for it. */
export function startScript(script: string, env: Record<string, string>, args: readonly string[] = []): RunningScript {
  const child = spawn(process.execPath, [tsx, script, ...args], { cwd: root, env: environment(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return { child, exited, output: () => output };
}

/** A script started by `startScript`. */
export interface RunningScript {
  readonly child: ChildProcess;
  /** Its exit code once it has ended (`null` if a signal ended it). */
  readonly exited: Promise<number | null>;
  /** All it has printed so far, both streams. */
  output(): string;
}

/** Waits until a condition holds, checking every 50 ms, or fails after `ms`. */
export async function until(condition: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/**
 * Starts `npm run serve`'s script on a free port and waits until it serves (its url) or ends
 * (its exit code).
 */
export async function startServe(env: Record<string, string>): Promise<RunningScript & { readonly url: string | null }> {
  const serve = startScript('scripts/serve.ts', { PORT: '0', ...env });
  let ended = false;
  void serve.exited.then(() => (ended = true));
  await until(() => ended || /Serving .* at http:\/\/\S+/.test(serve.output()), 30_000, 'npm run serve to start');
  const url = /Serving .* at (http:\/\/\S+)/.exec(serve.output())?.[1] ?? null;
  return { ...serve, url };
}

/** Stops a started script and waits for it to end. */
export async function stop(script: RunningScript): Promise<void> {
  if (script.child.exitCode === null && script.child.signalCode === null) script.child.kill('SIGTERM');
  await script.exited;
}

/** A temporary folder outside the project with an output and a cache folder named in it. */
export interface WorkFolder {
  readonly dir: string;
  /** The output folder, `<dir>/site`. */
  readonly out: string;
  /** The build's environment for this folder: output and cache folders. */
  readonly env: Record<string, string>;
  remove(): void;
}

/** Makes a temporary work folder. */
export function workFolder(prefix: string): WorkFolder {
  const dir = mkdtempSync(join(tmpdir(), `register-${prefix}-`));
  const out = join(dir, 'site');
  return {
    dir,
    out,
    env: { REGISTER_OUT_DIR: out, REGISTER_CACHE_DIR: join(dir, 'cache') },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Every file under a folder as site path → text, or `null` when the folder does not exist. The
 * build's precompressed copies (`name.br`, `name.gz` beside `name`) are left out: they are the
 * file beside them, compressed, and are checked where compression is
 * (`tests/unit/precompress.test.ts`, `tests/judges/served.test.ts`).
 */
export function readTree(dir: string): Map<string, string> | null {
  if (!existsSync(dir)) return null;
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const item of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, item.name);
      if (item.isDirectory()) walk(full);
      else if (!/\.(br|gz)$/.test(item.name) || !existsSync(full.replace(/\.(br|gz)$/, ''))) files.set(relative(dir, full).split(sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}
