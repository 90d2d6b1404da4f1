/**
 * Search in a real browser: number lookup in every spelling, full-text queries, filters,
 * addresses that carry the query, the back button, and the page without JavaScript.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { impacting } from '../../src/register/relations';
import { narrativeText } from '../../src/schemas/narrative';
import { urls } from '../../src/render/urls';
import { modificationSpellings } from '../../src/domain/ids';
import { openSession, searchResults, type Session } from '../support/browser';
import { realRegister } from '../support/real-register';

const register = realRegister();
let session: Session;
let page: Page;

beforeAll(async () => {
  session = await openSession();
  page = await session.page();
});
afterAll(async () => session?.close());

/** Types a query into the search box as a reader would, and returns the results. */
async function typeSearch(query: string, filters = ''): Promise<string[]> {
  await page.goto(`/search/${filters ? `?${filters}` : ''}`);
  await page.locator('#search-q').fill('');
  await page.locator('#search-q').pressSequentially(query, { delay: 15 });
  await page.waitForFunction((q) => (document.querySelector('#search-status')?.textContent ?? '').includes(`“${q}”`), query);
  return searchResults(page);
}

/** Every result, clicking "Show more results" until there are no more. */
async function allResults(): Promise<string[]> {
  while (await page.locator('#search-more').isVisible()) {
    const before = await page.locator('#search-results > li').count();
    await page.locator('#search-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
  }
  return page.$$eval('#search-results .result-title', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('number lookup', () => {
  it.each(['SECMP0023', 'secmp23', 'MP023', 'MP23', '23', '0023', 'mod 23'])('"%s" puts SECMP0023 first', async (query) => {
    const results = await typeSearch(query);
    expect(results[0]).toBe('/modifications/secmp0023/');
  });

  it.each(register.modifications.map((m) => m.id))('the number of %s puts it first', async (id) => {
    const number = String(register.modification(id).number);
    const results = await typeSearch(`MP${number}`);
    expect(results[0]).toBe(urls.modification(id));
  });
});

describe('full text', () => {
  it('"gas flow" finds SECMP0023 first', async () => {
    expect((await typeSearch('gas flow'))[0]).toBe('/modifications/secmp0023/');
  });

  it('"firmware" finds the firmware modifications', async () => {
    await typeSearch('firmware');
    const results = await allResults();
    const firmware = register.modifications.filter((m) => /firmware/i.test(`${m.title ?? ''} ${m.shortTitle} ${narrativeText(m.narrative, 'issue') ?? ''} ${narrativeText(m.narrative, 'solution') ?? ''}`));
    expect(firmware.map((m) => m.id)).toEqual(['SECMP0007', 'SECMP0009', 'SECMP0024']);
    for (const m of firmware) expect(results).toContain(urls.modification(m.id));
    expect(results.slice(0, 3).sort()).toEqual(firmware.map((m) => urls.modification(m.id)).sort());
  });

  it('"GBCS" finds the GBCS document page and every modification that impacts it', async () => {
    const first = await typeSearch('GBCS');
    expect(first[0]).toBe('/documents/gbcs/');
    const results = await allResults();
    for (const m of impacting(register, 'gbcs')) expect(results).toContain(urls.modification(m.id));
  });
});

describe('snippets', () => {
  it.each(['MP16', 'SECMP016', '16', 'credit cover', 'firmware', 'GBCS'])('for "%s" never show a modification’s other spellings, which stay in the index', async (query) => {
    const results = await typeSearch(query);
    expect(results.length).toBeGreaterThan(0);
    // A modification page carries the keywords; a source paper may spell a number its own way ("SECMP16"), and is quoted as it is.
    const snippets = await page.$$eval('#search-results > li', (lis) =>
      lis.filter((li) => /^\/modifications\/secmp\d{4}\/$/.test(new URL((li.querySelector('.result-title') as HTMLAnchorElement).href).pathname)).map((li) => [...li.querySelectorAll('p')].slice(1).map((p) => p.textContent ?? '').join(' ')),
    );
    expect(snippets.length).toBeGreaterThan(0);
    for (const m of register.modifications) {
      // Any two of its other spellings side by side are the hidden keywords, not prose.
      const others = modificationSpellings(m.id).filter((s) => s !== m.id && !/^\d+$/.test(s));
      for (const snippet of snippets) {
        const shown = others.filter((o) => new RegExp(`(?:^|\\s)${o}(?:\\s|$)`).test(snippet));
        expect(shown, `"${query}": ${snippet}`).toEqual([]);
      }
    }
  });
});

describe('filters', () => {
  const select = async (name: string, value: string) => {
    await page.selectOption(`#filter-${name}`, value);
    await page.waitForFunction(
      ([n, v]) => new URLSearchParams(location.search).get(n as string) === v && !/Searching/.test(document.querySelector('#search-status')?.textContent ?? ''),
      [name, value],
    );
    return allResults();
  };

  it('page type narrows to modifications', async () => {
    await typeSearch('GBCS');
    const all = await allResults();
    const narrowed = await select('type', 'Modification');
    expect(narrowed.length).toBeLessThan(all.length);
    expect(narrowed.length).toBeGreaterThan(0);
    for (const r of narrowed) expect(r).toMatch(/^\/modifications\/secmp\d{4}\/$/);
  });

  it.each([
    ['phase', 'Refinement', (id: string) => register.modification(id).state.phase === 'refinement'],
    ['group', 'WG1', (id: string) => register.modification(id).workingGroup?.group === 'wg1'],
    ['release', 'June 2018 SEC Release', (id: string) => register.modification(id).targetRelease?.release === '2018-06'],
    ['document', 'DUIS', (id: string) => impacting(register, 'duis').some((m) => m.id === id)],
  ] as const)('%s = %s narrows to the modifications that match', async (name, value, matches) => {
    await typeSearch('SEC');
    const before = await allResults();
    const after = await select(name, value);
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before.length);
    for (const r of after) {
      const id = /secmp(\d{4})/.exec(r)?.[0]?.toUpperCase();
      if (id) expect(matches(id), `${r} does not match ${name}=${value}`).toBe(true);
    }
  });
});

describe('addresses and history', () => {
  it('/search/?q=… loads with that query run', async () => {
    await page.goto('/search/?q=firmware');
    const results = await searchResults(page);
    expect(await page.inputValue('#search-q')).toBe('firmware');
    expect(results).toContain('/modifications/secmp0009/');
  });

  it('/search/?q=…&type=… loads with the filter applied', async () => {
    await page.goto('/search/?q=GBCS&type=Document');
    const results = await searchResults(page);
    expect(await page.inputValue('#filter-type')).toBe('Document');
    expect(results[0]).toBe('/documents/gbcs/');
    for (const r of results) expect(r).toMatch(/^\/documents\//);
  });

  it('reflects the query in the address, and the back button returns to the previous search', async () => {
    await page.goto('/search/');
    await page.fill('#search-q', 'firmware');
    await page.press('#search-q', 'Enter');
    await page.waitForURL(/q=firmware/);
    await searchResults(page);
    await page.fill('#search-q', 'GBCS');
    await page.press('#search-q', 'Enter');
    await page.waitForURL(/q=GBCS/);
    await searchResults(page);
    await page.goBack();
    await page.waitForURL(/q=firmware/);
    await page.waitForFunction(() => (document.querySelector('#search-q') as HTMLInputElement).value === 'firmware');
    expect(await searchResults(page)).toContain('/modifications/secmp0009/');
  });

  it('the header search box on any page leads to the search page with the query run', async () => {
    await page.goto('/releases/');
    await page.fill('#site-search', 'MP23');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=MP23/);
    expect((await searchResults(page))[0]).toBe('/modifications/secmp0023/');
  });
});

describe('results as they arrive', () => {
  it('shows the best result while the rest of the first page is still on its way', async () => {
    const held = await session.page();
    // Every page's search text (its fragment) but the first one asked for is held back until released.
    let asked = 0;
    let open = false;
    const waiting: (() => void)[] = [];
    await held.context().route('**/pagefind/fragment/**', async (route) => {
      if (asked++ > 0 && !open) await new Promise<void>((release) => waiting.push(release));
      await route.continue();
    });
    await held.goto('/search/?q=firmware');
    await held.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0);
    const first = await held.$$eval('#search-results .result-title', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(first).toHaveLength(1);
    expect(await held.locator('#search-status').textContent()).toContain('Searching');
    open = true;
    for (const release of waiting) release();
    const all = await searchResults(held);
    expect(all.length).toBeGreaterThan(1);
    expect(all[0]).toBe(first[0]);
    await held.context().close();
  });
});

describe('without JavaScript', () => {
  it('says search needs JavaScript and links to the register and its views', async () => {
    const noJs = await session.page({ javaScriptEnabled: false });
    await noJs.goto('/search/?q=firmware');
    const message = noJs.locator('#search-no-js');
    await expect(message.isVisible()).resolves.toBe(true);
    expect(await message.textContent()).toContain('Search needs JavaScript');
    expect(await noJs.locator('#search-no-js a[href="/modifications/"]').count()).toBe(1);
    expect(await noJs.locator('#search-app').isVisible()).toBe(false);
    await noJs.context().close();
  });
});
