/**
 * `npm run dev` as an editor uses it: the dev server reads a copy of the content, and an edit,
 * a new file or a deleted file shows on the next reload; a content error shows as
 * `file:line: field: message` in the page and in the terminal, and the server keeps running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { modificationDataFiles } from '../../src/render/data-files';
import { realRegister } from '../support/real-register';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'register-dev-'));
const content = join(work, 'content');
cpSync(join(root, 'content'), content, { recursive: true });
let server: ChildProcess | undefined;
let output = '';
let base = '';

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Fetches a page: its status and text. */
async function get(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, text: await response.text() };
}

/** Waits until a page passes a test, and how long that took. */
async function until(path: string, test: (page: { status: number; text: string }) => boolean, limit = 30_000): Promise<number> {
  const started = Date.now();
  let last: unknown;
  for (;;) {
    try {
      if (test(await get(path))) return Date.now() - started;
    } catch (error) {
      // The server is not answering yet.
      last = (error as { cause?: unknown }).cause ?? error;
    }
    if (Date.now() - started > limit) throw new Error(`${path} did not change within ${limit} ms (${String(last)}); the server said:\n${output.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Rewrites a content file. */
function change(file: string, from: string, to: string): void {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} lacks ${from}`);
  writeFileSync(path, text.replace(from, to));
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // `--ignore-lock` also keeps Astro from moving the server to the background when it thinks an
  // automated agent started it.
  server = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    // The server runs as an editor would start it, not as part of a test run: vitest's own
    // variables (NODE_ENV=test, VITEST, …) would change how Vite serves.
    // No public origin: a local preview, as an editor's.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|VITE_|NODE_ENV$|TEST$|MODE$|PROD$|DEV$|SSR$|BASE_URL$|REGISTER_SITE$)/.test(k))), REGISTER_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  await until('/modifications/secmp0023/', (p) => p.status === 200, 120_000);
});

afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('the dev server', () => {
  // The build writes these files itself, beside Astro (`src/integrations/data-files.ts`); the
  // dev server's endpoints must make the very same files from its own read of the content.
  it("serves each modification's data files as the build writes them", async () => {
    const register = realRegister();
    for (const id of ['SECMP0016', 'SECMP0023']) {
      for (const kind of Object.values(modificationDataFiles)) {
        const served = await get(kind.address(id));
        expect(served.status, kind.address(id)).toBe(200);
        expect(served.text, kind.address(id)).toBe(kind.text(register, id, null));
      }
    }
  });

  it('shows an edit to a modification on the next reload', async () => {
    expect((await get('/modifications/secmp0023/')).text).toContain('Currently GBCS limits');
    change('modifications/SECMP0023.mdx', 'Currently GBCS limits', 'Today GBCS limits');
    await until('/modifications/secmp0023/', (p) => p.text.includes('Today GBCS limits'));
  });

  it('shows a new modification when its file is added, and forgets it when the file is deleted', async () => {
    const text = readFileSync(join(content, 'modifications/SECMP0023.mdx'), 'utf8').replace('id: SECMP0023', 'id: SECMP0025').replace('title: Correct Units', 'title: Corrected Units');
    writeFileSync(join(content, 'modifications/SECMP0025.mdx'), text);
    await until('/modifications/secmp0025/', (p) => p.status === 200 && p.text.includes('Corrected Units'));
    rmSync(join(content, 'modifications/SECMP0025.mdx'));
    await until('/modifications/secmp0025/', (p) => p.status === 404);
  });

  it('shows a content error as file:line: field: message, keeps running, and recovers when it is fixed', async () => {
    change('modifications/SECMP0023.mdx', 'id: SECMP0023', 'id: SECMP0099');
    const problem = /SECMP0023\.mdx:2: id: is "SECMP0099" but the file is named "SECMP0023"; they must match/;
    await until('/modifications/secmp0023/', (p) => p.status === 500);
    expect(output).toMatch(problem);
    // The page's error overlay, as a browser shows it, lists the problem too.
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${base}/modifications/secmp0023/`);
      const overlay = page.locator('vite-error-overlay');
      await overlay.waitFor({ state: 'attached' });
      await expect.poll(async () => overlay.evaluate((o) => (o.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ')), { timeout: 45_000, interval: 500 }).toMatch(problem);
    } finally {
      await browser.close();
    }
    // Every page says so, not only the one edited.
    expect((await get('/releases/2018-02/')).status).toBe(500);
    change('modifications/SECMP0023.mdx', 'id: SECMP0099', 'id: SECMP0023');
    await until('/modifications/secmp0023/', (p) => p.status === 200 && p.text.includes('Today GBCS limits'));
  });
});
