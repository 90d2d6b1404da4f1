/**
 * One build of the project at a time. Two builds at once share Astro's `.astro/` folder (one
 * per project, whatever the output folder) and, for the same output, the staging folder; run
 * together they broke each other. A build therefore holds a lock file for the whole project,
 * created with exclusive create so that exactly one process can make it, and holding its pid
 * so that a lock left behind by a process that died can be recognised and taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A lock file with no pid in it yet is being written by the process that created it, unless
 * it is older than this; then its creator died between creating and writing it.
 */
const UNWRITTEN_LOCK_GRACE_MS = 10_000;

/** How often a waiting build looks at the lock again. */
const POLL_MS = 200;

/** The project's build lock file. `.build/` is the project's ignored working folder. */
export function lockPath(project: string): string {
  return join(project, '.build', 'build.lock');
}

/** A lock this process holds. */
export interface BuildLock {
  /** Removes the lock file, if it is still this process's. Safe to call more than once. */
  release(): void;
}

/** The pid in a lock file, `null` when it holds none yet, `undefined` when there is no lock. */
function holderOf(path: string): number | null | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** Whether a process is running. A process of another user counts (EPERM means it exists). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the lock at `path`, held by `pid`, was left by a process that is gone. */
function isStale(path: string, pid: number | null): boolean {
  if (pid === null) {
    try {
      return Date.now() - statSync(path).mtimeMs > UNWRITTEN_LOCK_GRACE_MS;
    } catch {
      return false;
    }
  }
  // A lock holding this process's own pid was left by an earlier process that had the same
  // pid: this process has not taken it yet.
  return pid === process.pid || !isAlive(pid);
}

/** Creates the lock file with this process's pid, or returns false when it already exists. */
function tryCreate(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Removes a stale lock. Two processes that both found the lock stale must not both remove
 * it: the second would remove the first one's new lock. So the removal is itself done under
 * a short-lived claim file, and the lock is looked at again once the claim is held.
 */
function removeStaleLock(path: string): void {
  const claim = `${path}.takeover`;
  if (!tryCreate(claim)) {
    // A claim that has lasted far longer than a takeover takes was left by a process that died
    // while taking over.
    if (isStale(claim, holderOf(claim) ?? null)) rmSync(claim, { force: true });
    return;
  }
  try {
    const pid = holderOf(path);
    if (pid !== undefined && isStale(path, pid)) rmSync(path, { force: true });
  } finally {
    rmSync(claim, { force: true });
  }
}

/** Makes a lock this process has just created, released when the process exits. */
function heldLock(path: string, releaseOnSignals: boolean): BuildLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    if (holderOf(path) === process.pid) rmSync(path, { force: true });
  };
  process.once('exit', release);
  if (releaseOnSignals) {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      // The listener is removed before it runs, so raising the signal again ends the process
      // as the signal would have.
      process.once(signal, () => {
        release();
        process.kill(process.pid, signal);
      });
    }
  }
  return { release };
}

/** The outcome of trying the lock without waiting. */
export type LockAttempt = { readonly lock: BuildLock } | { readonly heldBy: number | null };

/**
 * Takes the project's build lock if no running process holds it (a stale lock is taken
 * over), without waiting. `npm run serve` uses this: it must not wait for a build to finish.
 */
export function tryBuildLock(project: string): LockAttempt {
  const path = lockPath(project);
  mkdirSync(join(path, '..'), { recursive: true });
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(path)) return { lock: heldLock(path, false) };
    const pid = holderOf(path);
    if (pid === undefined) continue;
    if (!isStale(path, pid)) return { heldBy: pid };
    removeStaleLock(path);
  }
  return { heldBy: holderOf(path) ?? null };
}

/**
 * Takes the project's build lock, waiting while another running build holds it, and taking
 * over a lock whose process is gone. `onWait` is told the pid of each build it waits for.
 * The lock is released when the process exits, also on SIGINT, SIGTERM and SIGHUP.
 */
export async function acquireBuildLock(project: string, onWait: (pid: number | null) => void): Promise<BuildLock> {
  const path = lockPath(project);
  mkdirSync(join(path, '..'), { recursive: true });
  let waitingFor: number | null | undefined;
  for (;;) {
    if (tryCreate(path)) return heldLock(path, true);
    const pid = holderOf(path);
    if (pid === undefined) continue;
    if (isStale(path, pid)) {
      removeStaleLock(path);
      // Another process may hold the takeover claim: give it a moment rather than spin.
      await sleep(20);
      continue;
    }
    if (pid !== waitingFor) {
      waitingFor = pid;
      onWait(pid);
    }
    await sleep(POLL_MS);
  }
}
