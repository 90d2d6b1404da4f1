/**
 * The build's helper processes: a script of this project run in a process of its own, with the
 * same TypeScript loader as the build, which reports what it did to the build in one message.
 * A helper's own output is kept and shown only when the build decides it should be.
 */
import { fork, type ChildProcess } from 'node:child_process';

/** A child process's end: its exit status (a process ended by a signal failed all the same). */
export function ended(child: ChildProcess): Promise<number> {
  return new Promise((done) => {
    child.on('error', () => done(1));
    child.on('exit', (code) => done(code ?? 1));
  });
}

/** How a helper ended: its status, the result it reported (if it did) and everything it printed. */
export interface HelperEnd<T> {
  readonly status: number;
  readonly result: T | null;
  readonly output: string;
}

/** A running helper. */
export interface Helper<T> {
  readonly done: Promise<HelperEnd<T>>;
  /** Ends it early. */
  stop(): void;
}

/** Starts `script` with `args`; `execArgv` adds Node options to the build's own. */
export function startHelper<T>(script: string, args: readonly string[], options: { cwd: string; execArgv?: readonly string[] }): Helper<T> {
  const child = fork(script, [...args], {
    cwd: options.cwd,
    execArgv: [...process.execArgv, ...(options.execArgv ?? [])],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' },
  });
  let output = '';
  let result: T | null = null;
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  child.on('message', (message) => (result = message as T));
  return { done: ended(child).then((status) => ({ status, result, output })), stop: () => child.kill() };
}

/**
 * For the helper itself: ends the process if the build that started it ends first (what it makes
 * would be for nobody), and gives the function that reports its result and lets it exit.
 */
export function helperSide<T>(): { report: (result: T) => void } {
  let finished = false;
  // Listening keeps the channel to the build open, so `report` closes it.
  process.on('disconnect', () => {
    if (!finished) process.exit(1);
  });
  return {
    report: (result) => {
      finished = true;
      if (process.send) process.send(result, () => process.disconnect());
    },
  };
}
