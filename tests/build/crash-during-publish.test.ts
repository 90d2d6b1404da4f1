/**
 * A build killed at any step of publishing leaves the output folder whole: the complete old
 * site or the complete new one. Where the kill leaves it briefly absent (between the two
 * renames), the next build or `npm run serve` puts the old site back before anything else.
 *
 * The builds here are fake (`REGISTER_TEST_FAKE_BUILD`, a six-file site carrying a label) so
 * that killing at every step takes seconds; `REGISTER_TEST_CRASH_AT` kills the build with
 * SIGKILL, so none of its clean-up code runs, as in a power cut.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discardedSites, PUBLISH_STEPS, siteFolders, type PublishStep } from '../../scripts/lib/publish';
import { fakeSite } from '../../scripts/lib/test-hooks';
import { readTree, runScript, startServe, stop, workFolder, type WorkFolder } from '../support/scripts';

const folders: WorkFolder[] = [];
afterAll(() => folders.forEach((f) => f.remove()));

/** What the output folder holds right after a kill at each step. */
const AFTER_KILL: Record<PublishStep, 'old' | 'new' | 'absent'> = {
  staged: 'old',
  'moved-aside': 'absent',
  'moved-in': 'new',
  'before-cleanup': 'new',
};

/** Builds the old site, then kills a build of the new one at `step`. */
function crashAt(step: PublishStep): WorkFolder {
  const work = workFolder(`crash-${step}`);
  folders.push(work);
  const old = runScript('scripts/build.ts', { ...work.env, REGISTER_TEST_FAKE_BUILD: 'old' });
  expect(old.status, old.stderr).toBe(0);
  const killed = runScript('scripts/build.ts', { ...work.env, REGISTER_TEST_FAKE_BUILD: 'new', REGISTER_TEST_CRASH_AT: step });
  // tsx runs the script in a child process and passes on how it ended: as status 128 + 9.
  expect(killed.signal ?? killed.status, `${killed.stdout}${killed.stderr}`).toBeOneOf(['SIGKILL', 137]);
  return work;
}

/** Whether a folder is exactly the whole fake site with a label. */
function expectWhole(dir: string, label: string) {
  expect(readTree(dir)).toEqual(fakeSite(label));
}

/**
 * No helper folder is left: no staging folder or old site moved aside, and every discarded old
 * site deleted once its deleter (a background process) is done, which it is within seconds.
 */
async function expectNoLeftovers(out: string) {
  const folders = siteFolders(out);
  expect([folders.staging, folders.previous].filter((d) => existsSync(d))).toEqual([]);
  for (let waited = 0; discardedSites(folders).length > 0 && waited < 30_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  expect(discardedSites(folders)).toEqual([]);
}

describe.each(PUBLISH_STEPS)('a build killed at "%s"', (step) => {
  it('leaves the output folder whole (old or new), or absent with the old site whole beside it', () => {
    const work = crashAt(step);
    const expected = AFTER_KILL[step];
    if (expected === 'absent') {
      expect(existsSync(work.out)).toBe(false);
      expectWhole(siteFolders(work.out).previous, 'old');
    } else {
      expectWhole(work.out, expected);
    }
  });

  it('is repaired by `npm run serve` before it serves', async () => {
    const work = crashAt(step);
    const serve = await startServe(work.env);
    try {
      expect(serve.url, serve.output()).not.toBeNull();
      const label = AFTER_KILL[step] === 'new' ? 'new' : 'old';
      expectWhole(work.out, label);
      await expectNoLeftovers(work.out);
      const home = await fetch(`${serve.url}/`);
      expect(await home.text()).toContain(`site ${label}`);
    } finally {
      await stop(serve);
    }
  });

  it('is repaired by the next build before it does anything else', async () => {
    const work = crashAt(step);
    // The next build is of the old site's inputs: when the old site was put back whole it has
    // nothing to do; when the new one was in place, it builds the old one again.
    const next = runScript('scripts/build.ts', { ...work.env, REGISTER_TEST_FAKE_BUILD: 'old' });
    expect(next.status, next.stderr).toBe(0);
    if (AFTER_KILL[step] === 'absent') expect(next.stdout).toContain('restored the site that an interrupted publish left moved aside');
    if (AFTER_KILL[step] === 'new') expect(next.stdout).toContain('Built');
    else expect(next.stdout).toContain('Nothing has changed since the last build');
    expectWhole(work.out, 'old');
    await expectNoLeftovers(work.out);
  });
});

describe('a crashed build', () => {
  it('leaves no lock behind that stops the next one', () => {
    const work = crashAt('moved-in');
    const next = runScript('scripts/build.ts', { ...work.env, REGISTER_TEST_FAKE_BUILD: 'newer' });
    expect(next.status, next.stderr).toBe(0);
    expect(next.stdout).not.toContain('waiting for the build');
    expectWhole(work.out, 'newer');
    expect(existsSync(join(work.dir, 'cache'))).toBe(true);
  });
});
