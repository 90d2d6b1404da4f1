/**
 * The server as its own process, as `npm run serve` runs it:
 *
 * - it survives files that vanish or shrink while it answers for them (before, a file deleted
 *   between its look-up and its read crashed the whole server);
 * - with no site to serve it says so and exits non-zero, rather than serve 404 everywhere;
 * - it first puts back a site that a build killed mid-publish left moved aside, unless a
 *   build is running (whose folders are not leftovers).
 */
import { closeSync, existsSync, mkdirSync, openSync, rmSync, truncateSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockPath } from '../../scripts/lib/build-lock';
import { siteFolders } from '../../scripts/lib/publish';
import { fakeSite, writeFakeSite } from '../../scripts/lib/test-hooks';
import { readTree, root, startScript, startServe, stop, until, workFolder, type RunningScript, type WorkFolder } from '../support/scripts';

const folders: WorkFolder[] = [];
// Every server started here is stopped at the end, even one that should have exited by itself.
const started: RunningScript[] = [];
afterAll(async () => {
  await Promise.all(started.map(stop));
  folders.forEach((f) => f.remove());
});

/** `npm run serve` for a work folder, stopped at the end of the file whatever happens. */
async function serveFor(w: WorkFolder): Promise<RunningScript & { readonly url: string | null }> {
  const serve = await startServe(w.env);
  started.push(serve);
  return serve;
}

function work(name: string): WorkFolder {
  const w = workFolder(name);
  folders.push(w);
  return w;
}

/** What a reader received of a response, and whether it arrived whole. */
interface Received {
  readonly status: number;
  readonly length: number | null;
  readonly bytes: number;
  readonly complete: boolean;
}

/**
 * GETs a path; after the first chunk of the body, pauses reading, runs `meanwhile` (to delete
 * or shrink the file while it is being sent), then reads the rest.
 */
function fetchSlowly(url: string, path: string, meanwhile: () => void = () => {}): Promise<Received> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, agent: false }, (res: IncomingMessage) => {
      let bytes = 0;
      let first = true;
      const done = () => resolve({ status: res.statusCode ?? 0, length: Number(res.headers['content-length'] ?? NaN) || null, bytes, complete: res.complete });
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (!first) return;
        first = false;
        res.pause();
        meanwhile();
        setTimeout(() => res.resume(), 100);
      });
      res.on('end', done);
      // A response cut short ends with an error on the reader's side; that is the answer.
      res.on('error', done);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('files that vanish while the server answers for them', () => {
  const w = work('vanishing');
  const site = w.out;
  writeFakeSite(site, 'vanishing');
  const big = Buffer.alloc(32 * 1024 * 1024, 'x');
  let server: RunningScript & { url?: string };

  it('does not end the server: it answers 404, or the whole file', async () => {
    writeFileSync(join(site, 'vanish-small.txt'), 'small');
    writeFileSync(join(site, 'vanish-big.bin'), big);
    const fixture = startScript('tests/server/fixtures/vanishing-files-server.ts', {}, [site]);
    started.push(fixture);
    await until(() => /at (http:\S+)/.test(fixture.output()), 30_000, 'the server to start');
    server = { ...fixture, url: /at (http:\S+)/.exec(fixture.output())?.[1] ?? '' };
    for (const path of ['/vanish-small.txt', '/vanish-big.bin']) {
      const answer = await fetchSlowly(server.url ?? '', path);
      if (answer.status === 200) expect(answer.complete && answer.bytes === answer.length, path).toBe(true);
      else expect(answer.status, path).toBe(404);
      expect(existsSync(join(site, path))).toBe(false);
    }
    const home = await fetch(`${server.url}/`);
    expect(home.status, server.output()).toBe(200);
    expect(server.child.exitCode).toBeNull();
  });

  it('sends a file deleted while it is sent whole (the open file outlives its name)', async () => {
    writeFileSync(join(site, 'big.bin'), big);
    const answer = await fetchSlowly(server.url ?? '', '/big.bin', () => unlinkSync(join(site, 'big.bin')));
    expect(answer).toEqual({ status: 200, length: big.length, bytes: big.length, complete: true });
    expect((await fetch(`${server.url}/`)).status).toBe(200);
  });

  it('cuts short a file that shrinks while it is sent, rather than pass it off as whole', async () => {
    writeFileSync(join(site, 'shrinking.bin'), big);
    const answer = await fetchSlowly(server.url ?? '', '/shrinking.bin', () => truncateSync(join(site, 'shrinking.bin'), 1000));
    expect(answer.status).toBe(200);
    expect(answer.complete).toBe(false);
    expect(answer.bytes).toBeLessThan(big.length);
    expect((await fetch(`${server.url}/`)).status).toBe(200);
    expect(server.child.exitCode).toBeNull();
  });
});

describe('npm run serve with no site', () => {
  it('says there is no site to serve and exits non-zero', async () => {
    const w = work('no-site');
    const serve = await serveFor(w);
    expect(serve.url).toBeNull();
    expect(await serve.exited).toBe(1);
    expect(serve.output()).toMatch(/No site to serve in .*site\/: run `npm run build` \(or `npm start`\) first\./);
  });

  it('says so too for an output folder without index.html', async () => {
    const w = work('no-index');
    mkdirSync(w.out);
    writeFileSync(join(w.out, 'feed.xml'), '<feed/>');
    const serve = await serveFor(w);
    expect(await serve.exited).toBe(1);
    expect(serve.output()).toContain('No site to serve in');
  });
});

describe('npm run serve after a build was killed mid-publish', () => {
  it('puts the site moved aside back first, then serves it', async () => {
    const w = work('serve-restores');
    writeFakeSite(siteFolders(w.out).previous, 'moved-aside');
    const serve = await serveFor(w);
    expect(serve.url, serve.output()).not.toBeNull();
    expect(serve.output()).toContain('restored the site that an interrupted publish left moved aside');
    expect(readTree(w.out)).toEqual(fakeSite('moved-aside'));
    expect(existsSync(siteFolders(w.out).previous)).toBe(false);
    expect(await (await fetch(`${serve.url}/`)).text()).toContain('site moved-aside');
  });

  it('leaves the folders alone while a build is running', async () => {
    const w = work('serve-waits');
    writeFakeSite(siteFolders(w.out).previous, 'moved-aside');
    // This test process stands in for a running build: a live pid in the project's lock.
    const lock = lockPath(root);
    mkdirSync(dirname(lock), { recursive: true });
    const fd = openSync(lock, 'wx');
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    try {
      const serve = await serveFor(w);
      expect(await serve.exited).toBe(1);
      expect(serve.output()).toContain(`a build, pid ${process.pid}, is running now`);
      expect(readTree(siteFolders(w.out).previous)).toEqual(fakeSite('moved-aside'));
    } finally {
      rmSync(lock, { force: true });
    }
  });
});
