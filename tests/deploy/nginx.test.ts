/**
 * The deployment, tested against a real server: Debian's nginx, run unprivileged on a free port
 * with the configuration the build generated, serving `dist/`. Every redirect answers 301 with
 * its Location, every SEC website address printed in the sources resolves, every response has
 * its headers (and `_headers` says the same), and in Chromium, under the Content-Security-Policy,
 * search works and no page type reports a violation.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { startNginx, type RunningNginx } from '../../scripts/lib/nginx';
import { IMMUTABLE, SHORT } from '../../src/integrations/deploy/headers';
import { legacyTarget, printedSecWebsiteAddresses, type Redirect } from '../../src/render/redirects';
import { urls } from '../../src/render/urls';
import { searchResults } from '../support/browser';
import { realRegister } from '../support/real-register';
import { addressOf, dist, files } from '../support/site';

const register = realRegister();
const redirects = JSON.parse(readFileSync(join(dist, 'redirects.json'), 'utf8')) as Redirect[];
let nginx: RunningNginx;
let browser: Browser;

beforeAll(async () => {
  nginx = await startNginx({ root: dist });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

const get = (path: string, method = 'GET') => fetch(`${nginx.url}${path}`, { method, redirect: 'manual' });

describe('redirects at the server', () => {
  it('answer 301 with the canonical address, with and without the trailing slash', async () => {
    expect(redirects.length).toBeGreaterThan(50);
    const wrong: string[] = [];
    for (const r of redirects) {
      for (const from of new Set([r.from, r.from.replace(/\/$/, '')])) {
        const response = await get(from, 'HEAD');
        if (response.status !== 301 || response.headers.get('location') !== r.to) wrong.push(`${from}: ${response.status} → ${response.headers.get('location')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lead every SEC website address printed in the sources to its page, which answers 200', async () => {
    const addresses = printedSecWebsiteAddresses(register);
    expect(addresses.length).toBeGreaterThan(3);
    for (const address of addresses) {
      const target = legacyTarget(register, address);
      expect(target, address).not.toBeNull();
      const url = new URL(address);
      const response = await get(url.pathname + url.search);
      expect([response.status, response.headers.get('location')], address).toEqual([301, target?.to]);
      expect((await get(target?.to ?? '/')).status, address).toBe(200);
    }
  });

  it('add the slash to a page address without one, and answer 404 with the 404 page elsewhere', async () => {
    const response = await get('/modifications/secmp0023');
    expect([response.status, response.headers.get('location')]).toEqual([301, '/modifications/secmp0023/']);
    const missing = await get('/no/such/page/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<h1');
    for (const hostFile of ['/_headers', '/_redirects', '/_nginx.conf']) expect((await get(hostFile)).status, hostFile).toBe(404);
  });
});

/** The `_headers` file's rules, and the headers they give a path (Netlify and Cloudflare Pages match every rule). */
const rules = readFileSync(join(dist, '_headers'), 'utf8')
  .split(/\n(?=\/)/)
  .filter((block) => block.startsWith('/'))
  .map((block) => {
    const [pattern = '', ...lines] = block.trim().split('\n');
    const regex = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:[a-z]+/g, '[^/]+')}$`);
    return { pattern, regex, headers: lines.map((l) => l.trim().split(/: (.*)/s).slice(0, 2) as [string, string]) };
  });

function fromHeadersFile(path: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const rule of rules.filter((r) => r.regex.test(path))) {
    for (const [name, value] of rule.headers) found.set(name, [...(found.get(name) ?? []), value]);
  }
  return found;
}

describe('headers', () => {
  const samples: { path: string; type: RegExp; cache: string }[] = [
    { path: '/', type: /^text\/html; charset=utf-8$/, cache: SHORT },
    { path: urls.modification('SECMP0023'), type: /^text\/html; charset=utf-8$/, cache: SHORT },
    { path: urls.search(), type: /^text\/html; charset=utf-8$/, cache: SHORT },
    { path: urls.feed(), type: /^application\/atom\+xml; charset=utf-8$/, cache: SHORT },
    { path: urls.modificationFeed('SECMP0023'), type: /^application\/atom\+xml; charset=utf-8$/, cache: SHORT },
    { path: urls.workingGroupFeed('wg1'), type: /^application\/atom\+xml; charset=utf-8$/, cache: SHORT },
    { path: urls.calendar(), type: /^text\/calendar; charset=utf-8$/, cache: SHORT },
    { path: urls.workingGroupCalendar('wg1'), type: /^text\/calendar; charset=utf-8$/, cache: SHORT },
    { path: urls.registerCsv(), type: /^text\/csv; charset=utf-8$/, cache: SHORT },
    { path: urls.reportCsv('2016-11'), type: /^text\/csv; charset=utf-8$/, cache: SHORT },
    { path: urls.apiFile('register'), type: /^application\/json(; charset=utf-8)?$/, cache: SHORT },
    { path: urls.apiSchema('modification'), type: /^application\/json(; charset=utf-8)?$/, cache: SHORT },
    { path: urls.sitemap(), type: /^application\/xml(; charset=utf-8)?$/, cache: SHORT },
    { path: '/robots.txt', type: /^text\/plain; charset=utf-8$/, cache: SHORT },
    { path: '/pagefind/pagefind.js', type: /^application\/javascript; charset=utf-8$/, cache: SHORT },
    // The build's precompressed copies (`.br`, `.gz`) are not addresses: nginx sends them in place of the file they copy.
    ...files.filter((f) => f.startsWith('/_astro/') && !/\.(br|gz)$/.test(f)).map((path) => ({ path, type: /^(text\/css|application\/javascript)/, cache: IMMUTABLE })),
    ...files.filter((f) => f.startsWith('/pagefind/fragment/')).slice(0, 1).map((path) => ({ path, type: /^application\/octet-stream$/, cache: IMMUTABLE })),
    ...files.filter((f) => /^\/pagefind\/[^/]+\.pf_meta$/.test(f)).map((path) => ({ path, type: /^application\/octet-stream$/, cache: IMMUTABLE })),
  ];

  it.each(samples)('$path has its media type, cache lifetime and security headers', async ({ path, type, cache }) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(type);
    expect(response.headers.get('cache-control')).toBe(cache);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'/);
    expect(/script-src[^;]*'unsafe-inline'/.test(csp)).toBe(false);
    expect(response.headers.get('x-robots-tag')).toBeNull();
    // _headers, written from the same description, says the same.
    const declared = fromHeadersFile(path);
    expect(declared.get('Cache-Control')).toEqual([cache]);
    expect(declared.get('Content-Security-Policy')).toEqual([csp]);
    expect(declared.get('X-Content-Type-Options')).toEqual(['nosniff']);
    for (const value of declared.get('Content-Type') ?? []) expect(response.headers.get('content-type')).toBe(value);
  });

  it('_headers never sets one header twice for a file, which hosts would join with a comma', () => {
    expect(rules.length).toBeLessThanOrEqual(100);
    const redirected = new Set(redirects.map((r) => `${r.from}index.html`));
    for (const file of files.filter((f) => !redirected.has(f) && !f.startsWith('/_'))) {
      for (const [name, values] of fromHeadersFile(addressOf(file))) expect(values, `${file}: ${name}`).toHaveLength(1);
    }
  });
});

/** A page that records every Content-Security-Policy violation it reports. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const context = await browser.newContext({ baseURL: nginx.url });
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  page.on('pageerror', (e) => violations.push(`page error: ${e.message}`));
  return { page, violations };
}

async function violationsOn(page: Page, violations: string[]): Promise<string[]> {
  const reported = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return [...violations, ...reported];
}

describe('in Chromium, under the Content-Security-Policy', () => {
  const pageTypes = [
    urls.home(),
    urls.modifications(),
    urls.modification('SECMP0023'),
    urls.modificationsByPhase('refinement'),
    urls.release('2018-02'),
    urls.releases(),
    urls.version('5.0'),
    urls.workingGroup('wg1'),
    urls.document('gbcs'),
    urls.source('sec-update-2016-11-09'),
    urls.reports(),
    urls.report('2016-11'),
    urls.meetings(),
    urls.about(),
    urls.data(),
    urls.api(),
    '/no/such/page/',
  ];

  it.each(pageTypes)('%s reports no violation, and its scripts run', async (address) => {
    const { page, violations } = await watchedPage();
    // A remembered theme is applied by the inline script in the head, which only runs if its hash is allowed.
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    await page.goto(address, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    // The theme toggle's own script, a file, shows its button.
    await page.locator('.theme-toggle').waitFor({ state: 'visible', timeout: 20_000 });
    expect(await violationsOn(page, violations)).toEqual([]);
    await page.context().close();
  });

  it('search finds a modification by its number and by a word, with no violation', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${urls.search()}?q=SECMP0023`);
    const byNumber = await searchResults(page);
    expect(byNumber[0]).toBe(urls.modification('SECMP0023'));
    await page.fill('#search-q', 'gas');
    await page.press('#search-q', 'Enter');
    await page.waitForURL(/q=gas/);
    const byWord = await searchResults(page);
    expect(byWord.length).toBeGreaterThan(0);
    expect(byWord).toContain(urls.modification('SECMP0023'));
    expect(await violationsOn(page, violations)).toEqual([]);
    await page.context().close();
  });
});

describe('precompressed files, on request (gzipStatic)', () => {
  it('sends a file’s .gz neighbour, with the same headers, to a client that accepts gzip, and the file itself to one that does not', async () => {
    const root = mkdtempSync(join(tmpdir(), 'register-precompressed-'));
    const page = '<!doctype html><title>t</title><p>' + 'compressible '.repeat(200);
    writeFileSync(join(root, '_nginx.conf'), readFileSync(join(dist, '_nginx.conf')));
    writeFileSync(join(root, 'index.html'), page);
    writeFileSync(join(root, 'index.html.gz'), gzipSync(page));
    const served = await startNginx({ root, gzipStatic: true });
    try {
      const ask = (encoding: string) => fetch(`${served.url}/`, { headers: { 'accept-encoding': encoding } });
      const gzipped = await ask('gzip');
      expect(gzipped.headers.get('content-encoding')).toBe('gzip');
      expect(gzipped.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(gzipped.headers.get('cache-control')).toBe(SHORT);
      expect(await gzipped.text()).toBe(page);
      const plain = await ask('identity');
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(await plain.text()).toBe(page);
    } finally {
      await served.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
