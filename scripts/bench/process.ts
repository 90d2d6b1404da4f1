/**
 * Running a build as a child process and measuring it: wall time, and the peak resident memory
 * of the whole process tree (Astro's workers and Pagefind's binary are processes of their own),
 * sampled from /proc every 100 ms. Both the register's build and the bare anchor site's build
 * are measured this way, so their figures compare.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

/** The resident memory of a process and all its descendants, in bytes, from /proc. */
export function treeRss(rootPid: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may contain spaces; the fields after it are space-separated.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(fields[21]) * 4096);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop() as number;
    total += rss.get(pid) ?? 0;
    for (const [child, parent] of parents) if (parent === pid) stack.push(child);
  }
  return total;
}

/** What one measured run took. */
export interface Measured {
  readonly seconds: number;
  /** The largest resident memory of the process tree seen, in bytes. */
  readonly peakRss: number;
  /** Its standard output and error, interleaved. */
  readonly output: string;
}

/**
 * Runs `args` with this Node and measures it. Its output is written to `log`; a run that fails
 * rejects with the end of its output.
 */
export function measured(args: readonly string[], opts: { readonly cwd: string; readonly env: NodeJS.ProcessEnv; readonly log: string }): Promise<Measured> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peakRss = 0;
    const sampler = setInterval(() => {
      if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
    }, 100);
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      writeFileSync(opts.log, output);
      if (code !== 0) reject(new Error(`${args.join(' ')} failed (exit ${code}):\n${output.slice(-3000)}`));
      else resolvePromise({ seconds, peakRss, output });
    });
  });
}
