/**
 * The built site as nginx serves it to the judges (`../support/judged-site.ts`): the build's
 * precompressed copies are sent to clients that accept them, with `Content-Encoding` and
 * `Vary: Accept-Encoding`, and the file itself to clients that accept neither; Pagefind's own
 * compressed index goes out as it is; a missing address gets the 404 page with status 404.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROTLI_QUALITY, GZIP_LEVEL, isCompressible, redirectPagesOf } from '../../src/integrations/precompress';
import { serveForJudges, type JudgedServer } from '../support/judged-site';
import { dist, files } from '../support/site';

let server: JudgedServer;
beforeAll(async () => {
  server = await serveForJudges(dist);
});
afterAll(async () => server?.stop());

interface Response {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** The body exactly as sent, not decoded. */
  readonly body: Buffer;
}

/** A GET with the given `Accept-Encoding`, read as raw bytes. */
function fetchRaw(path: string, acceptEncoding: string): Promise<Response> {
  return new Promise((done, fail) => {
    get(`${server.origin}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    }).on('error', fail);
  });
}

/** The redirect pages, as paths of the site like `files`: answered by a redirect, never sent compressed. */
const redirectPages = new Set([...redirectPagesOf(dist)].map((f) => `/${relative(dist, f).split(sep).join('/')}`));
const compressible = files.filter((f) => isCompressible(f) && !redirectPages.has(f));

describe('the build', () => {
  it('gives the redirect pages no compressed copies, since every server configuration it writes redirects their addresses', () => {
    expect(redirectPages.size).toBeGreaterThan(50);
    expect(files.filter((f) => redirectPages.has(f)).length).toBe(redirectPages.size);
    expect([...redirectPages].filter((f) => existsSync(join(dist, `${f}.br`)) || existsSync(join(dist, `${f}.gz`)))).toEqual([]);
  });

  it('has a .br and a .gz beside every HTML, CSS, JavaScript, JSON, XML and SVG file but the redirect pages (each unless it would be no smaller)', () => {
    expect(compressible.length).toBeGreaterThan(150);
    const missing = compressible.flatMap((f) => {
      const data = readFileSync(join(dist, f));
      const smaller = {
        '.br': brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } }).length < data.length,
        '.gz': gzipSync(data, { level: GZIP_LEVEL }).length < data.length,
      };
      return (['.br', '.gz'] as const).filter((ext) => smaller[ext] && !existsSync(join(dist, `${f}${ext}`))).map((ext) => `${f}${ext}`);
    });
    // Nearly every file gains from both; the exceptions are files of a few bytes.
    expect(compressible.filter((f) => existsSync(join(dist, `${f}.br`)) && existsSync(join(dist, `${f}.gz`))).length).toBeGreaterThan(compressible.length - 5);
    expect(missing).toEqual([]);
  });
});

/** One file of every kind a reader's browser fetches. */
const samples = ['/', '/modifications/secmp0023/', '/reports/2016-11/', '/404.html', '/feed.xml', '/redirects.json', '/favicon.svg', '/theme-toggle.js', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', files.find((f) => /^\/_astro\/.+\.css$/.test(f)) as string];

function fileOf(path: string): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

describe('nginx', () => {
  it.each(samples)('sends %s compressed with Brotli to a browser that accepts it', async (path) => {
    const res = await fetchRaw(path, 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(res.body).equals(readFileSync(fileOf(path)))).toBe(true);
  });

  it.each(samples)('sends %s gzipped to a client that accepts only gzip', async (path) => {
    const res = await fetchRaw(path, 'gzip');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(gunzipSync(res.body).equals(readFileSync(fileOf(path)))).toBe(true);
  });

  it.each(samples)('sends %s as it is to a client that accepts neither', async (path) => {
    const res = await fetchRaw(path, 'identity');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.equals(readFileSync(fileOf(path)))).toBe(true);
  });

  it('sends HTML, CSS and JavaScript with their types and UTF-8', async () => {
    const type = async (path: string) => (await fetchRaw(path, 'br')).headers['content-type'];
    expect(await type('/')).toBe('text/html; charset=utf-8');
    expect(await type(samples.at(-1) as string)).toBe('text/css; charset=utf-8');
    expect(await type('/theme-toggle.js')).toMatch(/^(application|text)\/javascript; charset=utf-8$/);
  });

  it("sends Pagefind's index files, compressed already, as they are", async () => {
    const index = files.filter((f) => /\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/.test(f));
    expect(index.length).toBeGreaterThan(3);
    for (const path of index.slice(0, 8)) {
      const res = await fetchRaw(path, 'gzip, br');
      expect(res.status, path).toBe(200);
      expect(res.headers['content-encoding'], path).toBeUndefined();
      expect(res.body.equals(readFileSync(join(dist, path))), path).toBe(true);
    }
  });

  it('answers a missing address with the 404 page and status 404', async () => {
    const res = await fetchRaw('/no-such-page/', 'identity');
    expect(res.status).toBe(404);
    expect(res.body.equals(readFileSync(join(dist, '404.html')))).toBe(true);
  });

  it('redirects a folder address without its trailing slash to the address with it', async () => {
    const res = await fetchRaw('/modifications/secmp0023', 'identity');
    expect(res.status).toBe(301);
    expect(res.headers['location']).toBe('/modifications/secmp0023/');
  });

  it("lets browsers keep Astro's fingerprinted files for at least a month", async () => {
    const css = samples.at(-1) as string;
    expect(statSync(join(dist, css)).isFile()).toBe(true);
    const maxAge = Number(/max-age=(\d+)/.exec(String((await fetchRaw(css, 'br')).headers['cache-control']))?.[1] ?? 0);
    expect(maxAge).toBeGreaterThanOrEqual(30 * 24 * 3600);
  });
});
