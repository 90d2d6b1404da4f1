/**
 * Builds of the project run one at a time. Two at once shared `.astro/` (and, for one output
 * folder, the staging folder) and failed with ENOTEMPTY or ERR_MODULE_NOT_FOUND; now a second
 * build waits for the first, saying so, whatever its output folder. A lock left by a build
 * that died is taken over.
 *
 * The builds are fake (a six-file site), and the first one holds until the test has seen both
 * others waiting, so that they overlap for certain however busy the machine; the lock they
 * take is the project's real one.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAlive, lockPath } from '../../scripts/lib/build-lock';
import { siteFolders } from '../../scripts/lib/publish';
import { fakeSite } from '../../scripts/lib/test-hooks';
import { readTree, root, runScript, startScript, until, workFolder, type WorkFolder } from '../support/scripts';

const folders: WorkFolder[] = [];
afterAll(() => folders.forEach((f) => f.remove()));

function work(name: string): WorkFolder {
  const w = workFolder(name);
  folders.push(w);
  return w;
}

const lock = lockPath(root);

/** The pid in the project's lock file, if there is one. */
function lockHolder(): number | undefined {
  try {
    return Number.parseInt(readFileSync(lock, 'utf8'), 10);
  } catch {
    return undefined;
  }
}

/** Writes the project's lock file by hand, failing if a build holds it. */
function writeLock(text: string): void {
  mkdirSync(dirname(lock), { recursive: true });
  const fd = openSync(lock, 'wx');
  writeSync(fd, text);
  closeSync(fd);
}

describe('builds started while another runs', () => {
  it('wait for it, one after the other, and every site comes out whole', async () => {
    const one = work('concurrent-one');
    const two = work('concurrent-two');
    const release = join(one.dir, 'release-the-first-build');
    const first = startScript('scripts/build.ts', { ...one.env, REGISTER_TEST_FAKE_BUILD: 'first', REGISTER_TEST_FAKE_BUILD_UNTIL: release });
    // The first build holds the lock once it writes its staging folder.
    await until(() => existsSync(siteFolders(one.out).staging), 30_000, 'the first build to start building');
    const holder = lockHolder();
    expect(holder).toBeDefined();

    // One build for another output folder, one for the same: both must wait.
    const otherOut = startScript('scripts/build.ts', { ...two.env, REGISTER_TEST_FAKE_BUILD: 'second', REGISTER_TEST_FAKE_BUILD_MS: '500' });
    const sameOut = startScript('scripts/build.ts', { ...one.env, REGISTER_TEST_FAKE_BUILD: 'third', REGISTER_TEST_FAKE_BUILD_MS: '500' });
    const waiting = `waiting for the build started by pid ${holder}`;
    await until(() => otherOut.output().includes(waiting) && sameOut.output().includes(waiting), 60_000, 'both later builds to say they wait');
    expect(existsSync(lock) && lockHolder()).toBe(holder);
    writeFileSync(release, '');
    const codes = await Promise.all([first.exited, otherOut.exited, sameOut.exited]);

    expect(codes, `${first.output()}\n${otherOut.output()}\n${sameOut.output()}`).toEqual([0, 0, 0]);
    expect(otherOut.output()).toContain(`waiting for the build started by pid ${holder}`);
    expect(sameOut.output()).toContain(`waiting for the build started by pid ${holder}`);
    expect(first.output()).toContain('Built');
    expect(readTree(one.out)).toEqual(fakeSite('third'));
    expect(readTree(two.out)).toEqual(fakeSite('second'));
    expect(existsSync(lock)).toBe(false);
  });
});

describe('a lock left by a build that is gone', () => {
  it('is taken over when its pid is not running', () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    expect(isAlive(gone)).toBe(false);
    writeLock(`${gone}\n`);
    const w = work('stale-lock');
    const result = runScript('scripts/build.ts', { ...w.env, REGISTER_TEST_FAKE_BUILD: 'after-stale' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).not.toContain('waiting for the build');
    expect(readTree(w.out)).toEqual(fakeSite('after-stale'));
    expect(existsSync(lock)).toBe(false);
  });

  it('is taken over when it was never written and is old', () => {
    writeLock('');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const w = work('unwritten-lock');
    const result = runScript('scripts/build.ts', { ...w.env, REGISTER_TEST_FAKE_BUILD: 'after-unwritten' });
    expect(result.status, result.stderr).toBe(0);
    expect(readTree(w.out)).toEqual(fakeSite('after-unwritten'));
    expect(existsSync(lock)).toBe(false);
  });

  afterAll(() => {
    // Only this file's own hand-written locks are removed, never a running build's.
    const pid = lockHolder();
    if (pid === undefined || Number.isNaN(pid) || !isAlive(pid)) rmSync(lock, { force: true });
  });
});
