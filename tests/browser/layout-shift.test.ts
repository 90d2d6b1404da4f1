/**
 * Layout shift as a reader meets it: on the search page while its results arrive, whether the
 * query comes in the address or is typed, and on ordinary pages while their scripts run (the
 * theme toggle appears). Every shift counts, including those just after a key press, which the
 * browser's own cumulative layout shift leaves out: results that arrive after typing move the
 * page just the same. The CPU is slowed four times, as Lighthouse's phone is, so that states
 * between the first paint and the results are painted as a slower phone would paint them.
 *
 * Whether a page moves while it loads also depends on where its parser happens to stop and paint
 * what it has (more often on a busy machine), so each ordinary page is also cut at every place
 * where it could stop, and what the rest of the page then moves is scored: no layout of what is
 * painted may depend on what arrives later, whatever the timing.
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

/** Ordinary pages, each with the script every page runs (the theme toggle). */
const LOADING_PAGES = ['/', '/modifications/', '/modifications/secmp0016/', '/reports/2016-11/'];

/**
 * Where a page may stop arriving for a moment: the end of each of these elements. The browser
 * paints what it has parsed whenever its parser yields (on a busy machine or a slow connection),
 * so a reader can see the page cut at any of these places.
 */
const CUTS = 'header, nav, form, h1, h2, h3, h4, p, div, section, dl, dt, dd, ul, ol, li, table, caption, thead, tbody, tr, figure, blockquote, details';

interface Stop {
  /** The layout shift, scored as the browser scores it, when the rest of the page arrives. */
  readonly score: number;
  /** Where the page was cut, and the elements that move most. */
  readonly described: string;
}

/**
 * The worst place for a page to stop arriving: for each place in `CUTS`, the page is cut there
 * (everything after it removed, which is the document the parser has built when it stops
 * there) and then made whole again, and the elements in the window that this moves are scored
 * much as the browser scores a layout shift: the share of the window they cover before and after,
 * times the farthest any of them moves as a share of the window's larger side (elements that
 * move less than 3 pixels do not count, as in Chromium). This finds, without depending on when
 * the parser happens to stop, every layout that a later part of the page changes, such as a
 * column as wide as its widest cell.
 */
async function worstStop(page: Page): Promise<Stop> {
  return page.evaluate((cuts) => {
    const describe = (e: Element) => `${e.nodeName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.classList.length ? `.${[...e.classList].join('.')}` : ''} “${(e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}”`;
    // What the reader sees move: text, and the controls and pictures that draw themselves (an
    // empty box draws nothing, as the browser knows too).
    const paints = (e: Element) =>
      e.checkVisibility() && (e.matches('img, svg, input, button, select, textarea, hr, canvas, video') || [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''));
    const whole = new Map([...document.body.querySelectorAll('*')].map((e) => [e, e.getBoundingClientRect()]));
    const width = innerWidth;
    const height = innerHeight;
    // The window's area in cells of 4 × 4 pixels, marked where a moving element is.
    const CELL = 4;
    const columns = Math.ceil(width / CELL);
    const rows = Math.ceil(height / CELL);
    let worst = { score: 0, described: 'nothing moves' };
    // From the last place to the first, so that each cut only removes more of the page.
    for (const end of [...document.body.querySelectorAll(cuts)].reverse()) {
      for (let node: Node | null = end; node && node !== document.body; node = node.parentNode) {
        while (node.nextSibling) node.nextSibling.remove();
      }
      const covered = new Uint8Array(columns * rows);
      const mark = (r: DOMRect) => {
        for (let y = Math.max(0, Math.floor(r.top / CELL)); y < Math.min(rows, Math.ceil(r.bottom / CELL)); y++) {
          for (let x = Math.max(0, Math.floor(r.left / CELL)); x < Math.min(columns, Math.ceil(r.right / CELL)); x++) covered[y * columns + x] = 1;
        }
      };
      let distance = 0;
      const moved: { element: Element; by: number }[] = [];
      for (const e of document.body.querySelectorAll('*')) {
        const cut = e.getBoundingClientRect();
        const then = whole.get(e);
        if (!then || !paints(e)) continue;
        const by = Math.max(Math.abs(then.left - cut.left), Math.abs(then.top - cut.top));
        const seen = cut.top < height && cut.bottom > 0 && cut.left < width && cut.right > 0;
        if (by < 3 || !seen) continue;
        mark(cut);
        mark(then);
        distance = Math.max(distance, by);
        moved.push({ element: e, by });
      }
      if (moved.length === 0) continue;
      const score = (covered.reduce((sum, c) => sum + c, 0) / covered.length) * (distance / Math.max(width, height));
      if (score > worst.score) {
        const most = moved.sort((a, b) => b.by - a.by).slice(0, 5);
        worst = { score, described: `cut after ${describe(end)}: ${most.map((m) => `${describe(m.element)} moves ${Math.round(m.by)} px`).join('; ')}` };
      }
    }
    return worst;
  }, CUTS);
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

  it.each(LOADING_PAGES)('%s does not move while it loads', async (address) => {
    const { context, page } = await recordingPage(screen);
    await page.goto(address, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.theme-toggle')?.hidden === false);
    const { total, described } = await shifts(page);
    expect(total, described).toBeLessThan(0.01);
    await context.close();
  });

  // The test above sees a page move only when its parser happens to stop, and paint, before a
  // part that changes the layout of what is above it; this one looks at every such place. The
  // theme toggle is shown first, in the whole page and in every cut, since the test above
  // covers its appearing.
  it.each(LOADING_PAGES)('%s does not move as the rest of it arrives', async (address) => {
    const { name: _, ...options } = screen;
    const context = await session.browser.newContext({ ...options, baseURL: session.server.url });
    const page = await context.newPage();
    await page.goto(address, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.theme-toggle')?.hidden === false);
    const { score, described } = await worstStop(page);
    expect(score, described).toBeLessThan(0.01);
    await context.close();
  });
});
