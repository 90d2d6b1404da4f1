/**
 * The static server's answers to awkward requests, sent raw (as a script, not a browser, would
 * send them: browsers tidy `.` segments and backslashes before sending).
 *
 * - Only GET and HEAD; anything else gets 405 with `Allow: GET, HEAD`.
 * - A redirect always leads to a path on this host. Before, `/.//evil.example` answered
 *   `Location: //evil.example/`, which a browser follows to another site.
 * - `..` segments, encoded or not, get 403; malformed percent-encoding gets 400.
 * - No site, no server: a clear error rather than 404 for every address.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/lib/static-server';
import { fakeSite } from '../../scripts/lib/test-hooks';

const work = mkdtempSync(join(tmpdir(), 'register-server-'));
const site = join(work, 'site');
const files = new Map([...fakeSite('served'), ['evil.example/index.html', '<p>a folder named like a host</p>']]);
for (const [path, text] of files) {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), text);
}
writeFileSync(join(work, 'secret.txt'), 'not part of the site');

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(site);
});
afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** Sends a request with its path exactly as given. */
function send(path: string, method = 'GET'): Promise<Answer> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('methods', () => {
  it('answers GET and HEAD alike, HEAD without a body', async () => {
    const get = await send('/');
    const head = await send('/', 'HEAD');
    expect(get.status).toBe(200);
    expect(get.body).toContain('site served');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(get.body)));
    expect(head.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('refuses %s with 405 and Allow: GET, HEAD', async (method) => {
    const answer = await send('/', method);
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
    expect(answer.body).not.toContain('site served');
  });
});

describe('redirects to folder addresses', () => {
  const cases: [string, string][] = [
    ['/modifications', '/modifications/'],
    ['/modifications?q=gas', '/modifications/?q=gas'],
    ['//modifications', '/modifications/'],
    ['///modifications', '/modifications/'],
    ['/.//modifications', '/modifications/'],
    ['/./modifications', '/modifications/'],
    ['/%2Fmodifications', '/modifications/'],
    ['/%2F%2Fmodifications', '/modifications/'],
    ['/\\modifications', '/modifications/'],
    ['/%5C%5Cmodifications', '/modifications/'],
    ['//evil.example', '/evil.example/'],
    ['/.//evil.example', '/evil.example/'],
    ['/\\evil.example', '/evil.example/'],
    ['/\\\\evil.example', '/evil.example/'],
    ['/%2F%2Fevil.example', '/evil.example/'],
    ['/%5C%5Cevil.example', '/evil.example/'],
    ['/.%2F%2Fevil.example', '/evil.example/'],
  ];

  it.each(cases)('%s redirects to %s, a path on this host', async (path, location) => {
    const answer = await send(path);
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe(location);
  });

  it('never sends a Location that leaves the host', async () => {
    const tries = ['/.//evil.example', '/.//modifications', '//evil.example?//x', '/\\evil.example', '/\\/evil.example', '/%2F/evil.example', '/%5Cevil.example', '/%09/evil.example', '/evil.example'];
    let redirects = 0;
    for (const path of tries) {
      const location = (await send(path)).headers.location;
      if (location === undefined) continue;
      redirects += 1;
      expect(String(location), path).toMatch(/^\/(?![/\\])[^\\]*$/);
    }
    expect(redirects).toBeGreaterThan(5);
  });
});

describe('paths that try to leave the site', () => {
  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E%2Fsecret.txt', '/modifications/../../secret.txt', '/..%5Csecret.txt', '/modifications/%2e%2e/index.html'])(
    '%s gets 403',
    async (path) => {
      const answer = await send(path);
      expect(answer.status).toBe(403);
      expect(answer.body).not.toContain('not part of the site');
    },
  );

  it.each(['/%zz', '/%E0%A4%A', '/modifications/%', '/%00', '*'])('%s gets 400', async (path) => {
    expect((await send(path)).status).toBe(400);
  });
});

describe('what the site has and has not', () => {
  it('serves a folder address from its index.html', async () => {
    const answer = await send('/modifications/secmp0023/');
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('SECMP0023 served');
  });

  it('answers a missing address with 404.html', async () => {
    const answer = await send('/modifications/secmp9999/');
    expect(answer.status).toBe(404);
    expect(answer.body).toContain('not found (served)');
  });
});

describe('a folder with no site in it', () => {
  it('is not served: starting the server fails, saying why', async () => {
    const empty = join(work, 'empty');
    mkdirSync(empty);
    await expect(startServer(empty)).rejects.toThrow(/^No site to serve in .*empty: it has no index\.html\. Run `npm run build` first\.$/);
    await expect(startServer(join(work, 'missing'))).rejects.toThrow(/No site to serve in/);
  });
});
