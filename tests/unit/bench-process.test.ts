/**
 * How the benchmark measures a build (`scripts/bench/process.ts`): the processor time counts
 * every process of the tree, the build's children included, and the memory is the whole tree's.
 * Each case runs real processes that use a known amount of processor time.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measured } from '../../scripts/bench/process';
import { workFolder } from '../support/scripts';

const work = workFolder('bench-process');
afterAll(() => work.remove());

/**
 * A script that works until it has used `ms` milliseconds of processor time, however busy the
 * machine is: a loop timed by the clock would use less on a loaded machine.
 */
const busy = (ms: number) => `while (process.cpuUsage().user < ${ms * 1000});`;

describe("the benchmark's measure of a build", () => {
  it('counts the processor time a process uses', async () => {
    const run = await measured(['-e', busy(800)], { cwd: work.dir, env: process.env, log: join(work.dir, 'one.log') });
    // Sampled every 100 ms: what the process used after its last sample is not counted.
    expect(run.cpuSeconds).toBeGreaterThanOrEqual(0.6);
    expect(run.cpuSeconds).toBeLessThanOrEqual(run.seconds * availableParallelism() + 0.2);
    expect(run.peakRss).toBeGreaterThan(10 * 2 ** 20);
  });

  it("counts a child's processor time too, as a build's Astro and helpers are its children", async () => {
    // The parent only waits; all the work is its child's.
    const parent = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(busy(800))}]);`;
    const run = await measured(['-e', parent], { cwd: work.dir, env: process.env, log: join(work.dir, 'two.log') });
    expect(run.cpuSeconds).toBeGreaterThanOrEqual(0.6);
  });

  it('counts two processes working at once as the sum of their times', async () => {
    const parent = `const { spawn } = require('node:child_process'); for (let i = 0; i < 2; i++) spawn(process.execPath, ['-e', ${JSON.stringify(busy(800))}]);`;
    const run = await measured(['-e', parent], { cwd: work.dir, env: process.env, log: join(work.dir, 'three.log') });
    expect(run.cpuSeconds).toBeGreaterThanOrEqual(1.2);
  });
});
