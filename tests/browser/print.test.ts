/**
 * The November 2016 report on paper, as a code administrator prints it for the Panel pack:
 * printed to PDF by Chromium, it fits in a bounded number of A4 pages; laid out for print at the
 * page's width, its charts fit the width and height of a page and are kept whole, its table rows
 * are never split across pages, no address is printed inside a table cell, and the pages it
 * links to are listed, with their addresses, at the end.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from '../support/browser';

/** A4 less the report's margins (`@page { margin: 14mm 12mm }`), in CSS px (96 to the inch). */
const MM = 96 / 25.4;
const PRINTABLE = { width: Math.floor((210 - 24) * MM), height: Math.floor((297 - 28) * MM) };
/** The most pages the report may take: it printed on 14 before it was made printable. */
const MOST_PAGES = 12;

let session: Session;
let page: Page;
let pdf: Buffer;
beforeAll(async () => {
  session = await openSession();
  page = await session.page({ width: PRINTABLE.width });
  await page.goto('/reports/2016-11/');
  pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'print' });
});
afterAll(async () => session?.close());

/** The page count of a PDF: its page tree's root counts every page below it. */
function pageCount(file: Buffer): number {
  const counts = [...file.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  return Math.max(0, ...counts);
}

describe('the November 2016 report, printed', () => {
  it(`prints to PDF on A4 in at most ${MOST_PAGES} pages`, () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(MOST_PAGES);
  });

  it('keeps every chart within the page and whole, on one page', async () => {
    const charts = await page.$$eval('main figure', (figures) =>
      figures.map((f) => {
        const r = f.getBoundingClientRect();
        const svg = f.querySelector('svg')?.getBoundingClientRect();
        return { width: r.width, height: r.height, svgRight: svg ? svg.right - r.left : 0, breakInside: getComputedStyle(f).breakInside };
      }),
    );
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) {
      expect(c.width).toBeLessThanOrEqual(PRINTABLE.width);
      expect(c.svgRight).toBeLessThanOrEqual(c.width + 1);
      // A chart shorter than a page and kept from breaking is never cut.
      expect(c.height).toBeLessThanOrEqual(PRINTABLE.height);
      expect(c.breakInside).toBe('avoid');
    }
  });

  it('never splits a table row across pages, and repeats table headings on each page', async () => {
    const tables = await page.$$eval('main table', (list) =>
      list
        .filter((t) => (t as HTMLElement).offsetParent !== null)
        .map((t) => ({
          rows: [...t.querySelectorAll('tbody tr')].map((tr) => ({ breakInside: getComputedStyle(tr).breakInside, height: tr.getBoundingClientRect().height })),
          head: t.querySelector('thead') ? getComputedStyle(t.querySelector('thead') as Element).display : 'table-header-group',
        })),
    );
    expect(tables.length).toBeGreaterThan(3);
    for (const t of tables) {
      expect(t.head).toBe('table-header-group');
      for (const r of t.rows) {
        expect(r.breakInside).toBe('avoid');
        expect(r.height).toBeLessThan(PRINTABLE.height);
      }
    }
  });

  it('prints no address inside a table cell, and lists the pages it links to at the end', async () => {
    const inCells = await page.$$eval('main td a[href], main th a[href]', (links) =>
      links.map((a) => ({ href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content })).filter((l) => l.after !== 'none' && l.after !== '""' && l.after !== 'normal'),
    );
    expect(inCells).toEqual([]);
    const listed = page.locator('.links-printed');
    expect(await listed.isVisible()).toBe(true);
    const list = (await listed.textContent()) ?? '';
    const linked = await page.$$eval('main td a[href^="/"], main th a[href^="/"]', (links) => [...new Set(links.map((a) => (a.getAttribute('href') ?? '').split('#')[0]))]);
    expect(linked.length).toBeGreaterThan(10);
    expect(linked.filter((href) => !list.includes(href as string))).toEqual([]);
    // The list is the last thing on paper.
    const last = await page.evaluate(() => {
      const visible = [...document.querySelectorAll('main > *')].filter((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).display !== 'none');
      return visible.at(-1)?.classList.contains('links-printed') ?? false;
    });
    expect(last).toBe(true);
  });

  it('leaves the site chrome off the page', async () => {
    for (const chrome of ['.site-header', '.breadcrumbs', '.theme-toggle', '.chart-toggle']) {
      const shown = await page.locator(chrome).evaluateAll((els) => els.some((e) => getComputedStyle(e).display !== 'none'));
      expect(shown, chrome).toBe(false);
    }
  });
});
