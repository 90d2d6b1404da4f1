/**
 * axe-core, held to WCAG 2.0, 2.1 and 2.2 A and AA, on one page of every type, on the search
 * page with results showing and on a phone, in the light and the dark theme.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, describeViolations, openSession, searchResults, type Session } from '../support/browser';

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

/** One page of every type the site has (every template in `src/pages`), and the pages this work changed most. */
const pages = {
  home: '/',
  register: '/modifications/',
  'register by phase': '/modifications/phase/refinement/',
  'register by working group': '/modifications/working-group/wg1/',
  'register by release': '/modifications/release/2018-06/',
  'register by document': '/modifications/document/dcc/',
  modification: '/modifications/secmp0003/',
  'modification with an inferred state': '/modifications/secmp0016/',
  'modification with a progression chart': '/modifications/secmp0009/',
  releases: '/releases/',
  release: '/releases/2018-02/',
  versions: '/versions/',
  version: '/versions/5.0/',
  'working groups': '/working-groups/',
  'working group': '/working-groups/wg1/',
  documents: '/documents/',
  document: '/documents/gbcs/',
  system: '/documents/dcc/',
  sources: '/sources/',
  source: '/sources/modification-status-report-2016-11/',
  meetings: '/meetings/',
  reports: '/reports/',
  report: '/reports/2016-11/',
  'reconstructed report': '/reports/2016-10/',
  about: '/about/',
  '404': '/404.html',
};

describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
  it.each(Object.entries(pages))('the %s page has no violations', async (_, address) => {
    const page = await session.page({ colorScheme });
    await page.goto(address);
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.context().close();
  });

  it('the search page with results showing has no violations', async () => {
    const page = await session.page({ colorScheme });
    await page.goto('/search/?q=firmware&type=Modification');
    expect((await searchResults(page)).length).toBeGreaterThan(0);
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.context().close();
  });

  it('the search page on a phone, filters folded, has no violations', async () => {
    const page = await session.page({ colorScheme, width: 375 });
    await page.goto('/search/?q=firmware');
    expect((await searchResults(page)).length).toBeGreaterThan(0);
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.context().close();
  });

  it('a modification page reads at 320 px wide without horizontal scrolling of the page', async () => {
    const page = await session.page({ colorScheme, width: 320 });
    await page.goto('/modifications/secmp0023/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

describe('the theme toggle', () => {
  it('switches theme, remembers it, and applies it before the first paint', async () => {
    const page = await session.page({ colorScheme: 'light' });
    await page.goto('/');
    const toggle = page.locator('.theme-toggle');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.goto('/releases/');
    // The inline script in <head> sets the theme before <body> exists.
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);
    await page.context().close();
  });
});
