/**
 * Layout shift as a reader meets it: on the search page while its results arrive, whether the
 * query comes in the address or is typed, and on ordinary pages while their scripts run (the
 * theme toggle appears). Every shift counts, including those just after a key press, which the
 * browser's own cumulative layout shift leaves out: results that arrive after typing move the
 * page just the same. The CPU is slowed four times, as Lighthouse's phone is, so that states
 * between the first paint and the results are painted as a slower phone would paint them.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, searchResults, type Session } from '../support/browser';

/** A good page shifts less than 0.1 in all (Core Web Vitals); the search page is held to half of that. */
const MAX_SHIFT = 0.05;

/** A phone the size of Lighthouse's (412 × 823), and a desktop window. */
const SCREENS = [
  { name: 'phone', viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
] as const;

interface Shift {
  readonly value: number;
  readonly sources: readonly string[];
}

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

/** A page on the given screen, recording every layout shift from the start of its load. */
async function recordingPage(screen: (typeof SCREENS)[number]): Promise<{ context: BrowserContext; page: Page }> {
  const { name: _, ...options } = screen;
  const context = await session.browser.newContext({ ...options, baseURL: session.server.url });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; sources: { node?: Node | null }[] }[]) {
        const sources = entry.sources.map((s) => {
          const node = s.node as Element | null | undefined;
          return node ? `${node.nodeName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.split(' ').join('.')}` : ''}` : '(gone)';
        });
        shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return { context, page };
}

async function shifts(page: Page): Promise<{ total: number; described: string }> {
  // Two frames after the last change, so that any shift it caused has been reported.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const list = await page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
  return {
    total: list.reduce((sum, s) => sum + s.value, 0),
    described: list.map((s) => `${s.value.toFixed(4)} ${s.sources.join(' ')}`).join('\n'),
  };
}

describe.each(SCREENS)('on a $name screen', (screen) => {
  it('the search page does not move while results for a query in its address arrive', async () => {
    const { context, page } = await recordingPage(screen);
    await page.goto('/search/?q=gas');
    expect((await searchResults(page)).length).toBeGreaterThan(1);
    const { total, described } = await shifts(page);
    expect(total, described).toBeLessThan(MAX_SHIFT);
    await context.close();
  });

  it('the search page does not move while results for a typed query arrive, nor when they change', async () => {
    const { context, page } = await recordingPage(screen);
    await page.goto('/search/');
    await page.waitForFunction(() => document.documentElement.dataset['searchReady'] === 'true');
    await page.locator('#search-q').pressSequentially('firmware', { delay: 40 });
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').includes('“firmware”'));
    expect((await searchResults(page)).length).toBeGreaterThan(1);
    // A second query replaces the results with fewer of them.
    await page.locator('#search-q').fill('SECMP0023');
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').includes('“SECMP0023”'));
    expect((await searchResults(page))[0]).toBe('/modifications/secmp0023/');
    const { total, described } = await shifts(page);
    expect(total, described).toBeLessThan(MAX_SHIFT);
    await context.close();
  });

  it.each(['/', '/modifications/', '/modifications/secmp0016/', '/reports/2016-11/'])('%s does not move while it loads', async (address) => {
    const { context, page } = await recordingPage(screen);
    await page.goto(address, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.theme-toggle')?.hidden === false);
    const { total, described } = await shifts(page);
    expect(total, described).toBeLessThan(0.01);
    await context.close();
  });
});
