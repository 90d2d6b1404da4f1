/**
 * Hooks for the build tests, inert unless their environment variables are set:
 *
 * - `REGISTER_TEST_CRASH_AT=<step>` ends the build abruptly (SIGKILL, so no clean-up code
 *   runs) at a named step of publishing, to prove a crash there leaves a whole site; at
 *   `data-files` it ends the process that writes each modification's data files instead, half
 *   way through, to prove the build fails whole.
 * - `REGISTER_TEST_FAKE_BUILD=<label>` replaces `astro build` with a tiny site whose pages
 *   carry the label, so the publishing tests run in a second rather than half a minute;
 *   `REGISTER_TEST_FAKE_BUILD_MS` makes that fake build take about so long, so that two
 *   builds can be made to overlap; `REGISTER_TEST_FAKE_BUILD_UNTIL=<file>` makes it wait, after
 *   its first file, until that file exists (at most a minute), so that a test decides when
 *   it ends rather than a clock.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PublishStep } from './publish';

/** Ends this process at once if the crash tests asked for a crash at this step. */
export function crashIfAskedAt(step: PublishStep | 'data-files'): void {
  if (process.env.REGISTER_TEST_CRASH_AT === step) process.kill(process.pid, 'SIGKILL');
}

/** The fake build's label, or `undefined` for a real build. */
export function fakeBuildLabel(): string | undefined {
  return process.env.REGISTER_TEST_FAKE_BUILD || undefined;
}

/** The files of the fake site built with a label, by site path. */
export function fakeSite(label: string): Map<string, string> {
  return new Map([
    ['index.html', `<!doctype html><title>Register ${label}</title><p>site ${label}</p>`],
    ['404.html', `<!doctype html><title>Not found</title><p>not found (${label})</p>`],
    ['modifications/index.html', `<p>modifications ${label}</p>`],
    ['modifications/secmp0023/index.html', `<p>SECMP0023 ${label}</p>`],
    ['pagefind/pagefind.js', `export const label = ${JSON.stringify(label)};`],
    ['pagefind/index/en_1.pf_index', `index ${label}`],
  ]);
}

/** Writes the fake site into a folder, spreading `REGISTER_TEST_FAKE_BUILD_MS` over the files. */
export function writeFakeSite(dir: string, label: string): void {
  const site = fakeSite(label);
  const pause = Number(process.env.REGISTER_TEST_FAKE_BUILD_MS ?? 0) / site.size;
  const until = process.env.REGISTER_TEST_FAKE_BUILD_UNTIL;
  const waiter = new Int32Array(new SharedArrayBuffer(4));
  let first = true;
  for (const [path, text] of site) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
    if (first && until) {
      for (let waited = 0; !existsSync(until) && waited < 60_000; waited += 50) Atomics.wait(waiter, 0, 0, 50);
    }
    first = false;
    // A synchronous pause, as `astro build` is to the wrapper: the wrapper waits for it.
    if (pause > 0) Atomics.wait(waiter, 0, 0, pause);
  }
}
