/**
 * Running a build as a child process and measuring it: wall time, the peak resident memory of the
 * whole process tree (Astro's workers and Pagefind's binary are processes of their own), and the
 * processor time the tree used, both sampled from /proc every 100 ms. Both the register's build
 * and the bare anchor site's build are measured this way, so their figures compare.
 *
 * Why processor time beside wall time: this machine is shared, and the same build's wall time
 * varies by a tenth or more from one run to the next, the work it does far less. Processor time
 * says how much work a build is, and how it grows with the register; wall time says how long it
 * took on two cores that day. A process that leaves the tree (the old site's deleter, which
 * outlives the build on purpose) is counted only while it is in it.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

/** The clock ticks per second of /proc's times (`getconf CLK_TCK`, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** One look at a process tree: the memory of all of it, and each process's processor time so far. */
export interface TreeSample {
  /** The resident memory of the process and all its descendants, in bytes. */
  readonly rss: number;
  /** Each process's processor time so far (user and system), in seconds, by process id. */
  readonly cpu: ReadonlyMap<number, number>;
}

/** A process and all its descendants, from /proc. */
export function sampleTree(rootPid: number): TreeSample {
  const parents = new Map<number, number>();
  const stats = new Map<number, readonly string[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may contain spaces; the fields after it are space-separated.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
      stats.set(Number(name), fields);
    } catch {
      // The process ended while we looked.
    }
  }
  let rss = 0;
  const cpu = new Map<number, number>();
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop() as number;
    const fields = stats.get(pid);
    if (fields) {
      // Fields 24 (resident pages), 14 and 15 (user and system ticks) of proc(5), counted from the state.
      rss += Number(fields[21]) * 4096;
      cpu.set(pid, (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND);
    }
    for (const [child, parent] of parents) if (parent === pid) stack.push(child);
  }
  return { rss, cpu };
}

/** What one measured run took. */
export interface Measured {
  readonly seconds: number;
  /** The largest resident memory of the process tree seen, in bytes. */
  readonly peakRss: number;
  /**
   * The processor time the process tree used, in seconds: each process's last sampled time,
   * summed. What a process used after its last sample (under 100 ms of its life) is not counted.
   */
  readonly cpuSeconds: number;
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
    const cpuByProcess = new Map<number, number>();
    const sampler = setInterval(() => {
      if (!child.pid) return;
      const sample = sampleTree(child.pid);
      peakRss = Math.max(peakRss, sample.rss);
      for (const [pid, seconds] of sample.cpu) cpuByProcess.set(pid, Math.max(seconds, cpuByProcess.get(pid) ?? 0));
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
      else resolvePromise({ seconds, peakRss, cpuSeconds: [...cpuByProcess.values()].reduce((sum, t) => sum + t, 0), output });
    });
  });
}
