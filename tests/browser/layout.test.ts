/**
 * The pages as a reader sees them in Chromium, on a phone and on a desktop: every page of the
 * site fits a 320 px and a 375 px screen with no sideways scrolling of the page, its phase
 * badges are never clipped, its chart labels stay at least 11 CSS px tall; the search page has
 * one search box and its filters folded away on a phone; a modification's title appears once;
 * the theme toggle shows its state to the eye; the header fits one line at 1280 px with its
 * placeholder whole; and an inferred state's basis is one click away without JavaScript.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urls } from '../../src/render/urls';
import { openSession, type Session } from '../support/browser';
import { realRegister } from '../support/real-register';
import { contentPages } from '../support/site';

const register = realRegister();
const pages = contentPages.filter((p) => p.endsWith('/') || p.endsWith('.html'));

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

/** What does not fit on the page as laid out: the page's overflow and every clipped badge. */
async function misfits(page: Page): Promise<{ overflow: number; widest: string; clippedBadges: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const overflow = root.scrollWidth - root.clientWidth;
    // The element reaching furthest right, to name the culprit when the page is too wide.
    let widest = '';
    if (overflow > 0) {
      let right = 0;
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect().right;
        if (r > right) {
          right = r;
          widest = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${(el.textContent ?? '').trim().slice(0, 40)}`;
        }
      }
    }
    const clippedBadges = [...document.querySelectorAll<HTMLElement>('main .phase')]
      .filter((b) => b.offsetParent !== null && (b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1))
      .map((b) => (b.textContent ?? '').trim());
    return { overflow, widest, clippedBadges };
  });
}

describe.each([320, 375])('at %i px wide', (width) => {
  let page: Page;
  beforeAll(async () => {
    page = await session.page({ width });
  });
  afterAll(async () => page?.context().close());

  it('there are pages to check: every page of the site', () => expect(pages.length).toBeGreaterThan(80));

  it.each(pages)('%s fits the screen, badges whole', async (address) => {
    await page.goto(address);
    const found = await misfits(page);
    expect(found.overflow, `${address} is ${found.overflow} px wider than the screen; widest: ${found.widest}`).toBeLessThanOrEqual(0);
    expect(found.clippedBadges).toEqual([]);
  });
});

describe('charts on a phone', () => {
  const charted = ['/reports/', '/reports/2016-11/', urls.modification('SECMP0009'), urls.modification('SECMP0016')];

  it.each(charted)('%s draws chart labels at least 11 CSS px tall, scrolling sideways inside the chart box', async (address) => {
    const page = await session.page({ width: 375 });
    await page.goto(address);
    const labels = await page.$$eval('main figure svg text', (texts) =>
      texts
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => {
          const svgText = t as SVGTextElement;
          const scale = svgText.getScreenCTM()?.a ?? 1;
          return { text: (t.textContent ?? '').trim(), px: Number.parseFloat(getComputedStyle(t).fontSize) * scale };
        }),
    );
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter((l) => l.px < 11)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

describe('the search page on a phone', () => {
  it('has one search box, and its filters are folded away before the first result', async () => {
    const page = await session.page({ width: 375 });
    await page.goto('/search/?q=firmware');
    await page.waitForFunction(() => !/Searching|Type a search/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const boxes = await page.$$eval('input[type="search"], input[name="q"]', (inputs) => inputs.filter((i) => (i as HTMLElement).offsetParent !== null).length);
    expect(boxes).toBe(1);
    expect(await page.locator('#search-filters-box').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('select[data-filter]').first().isVisible()).toBe(false);
    // The first result is on the first screen.
    const top = await page.locator('#search-results > li').first().evaluate((li) => li.getBoundingClientRect().top);
    expect(top).toBeLessThan(900);
    await page.locator('#search-filters-box summary').click();
    expect(await page.locator('select[data-filter]').first().isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('a modification page', () => {
  it.each(register.modifications.map((m) => m.id))('%s shows its title once, and its short title only where it differs', async (id) => {
    const m = register.modification(id);
    const page = await session.page({ width: 1280 });
    await page.goto(urls.modification(id));
    // Every visible element whose own text holds the title: it must be the heading alone.
    const holders = await page.evaluate((title) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || el.offsetParent === null || el.closest('main > :not(h1, .subtitle, .headline)')) continue;
        if ((n.textContent ?? '').includes(title)) found.push(el.tagName.toLowerCase());
      }
      return found;
    }, m.displayTitle);
    expect(holders).toEqual(['h1']);
    const subtitle = (await page.locator('main .subtitle').textContent()) ?? '';
    if (m.title !== null && m.title !== m.shortTitle) expect(subtitle).toContain(m.shortTitle);
    else expect(subtitle).not.toContain('Short title');
    await page.context().close();
  });

  it('gives the basis of an inferred state one click away, without JavaScript', async () => {
    const page = await session.page({ javaScriptEnabled: false, width: 375 });
    await page.goto(urls.modification('SECMP0016'));
    const mark = page.locator('.headline .standing a.inferred-mark');
    expect(await mark.isVisible()).toBe(true);
    expect(await mark.getAttribute('title')).toMatch(/inferred by the register/i);
    await mark.click();
    const target = page.locator(':target');
    expect(await target.isVisible()).toBe(true);
    expect(await target.locator('.tag-inferred').textContent()).toBe('Inferred');
    await page.context().close();
  });

  it('has a stage stepper that reads without JavaScript and marks the current step', async () => {
    const page = await session.page({ javaScriptEnabled: false, width: 375 });
    await page.goto(urls.modification('SECMP0016'));
    const current = page.locator('ol.stepper > li[aria-current="step"]');
    expect(await current.count()).toBe(1);
    expect(await current.isVisible()).toBe(true);
    expect(await current.textContent()).toMatch(/Refinement/);
    await page.context().close();
  });
});

describe('the theme toggle', () => {
  it('shows to the eye whether the dark theme is on, not only to assistive technology', async () => {
    const page = await session.page({ colorScheme: 'light', width: 1280 });
    await page.goto('/');
    const toggle = page.locator('.theme-toggle');
    const look = () => toggle.evaluate((b) => {
      const track = b.querySelector('.toggle-track') as HTMLElement;
      const knob = getComputedStyle(track, '::after');
      return { track: getComputedStyle(track).backgroundColor, knobLeft: track.getBoundingClientRect().left, knobOffset: knob.left + '/' + knob.right };
    });
    const off = await look();
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const on = await look();
    expect(on.track).not.toBe(off.track);
    expect(on.knobOffset).not.toBe(off.knobOffset);
    await page.context().close();
  });
});

describe('the header at 1280 px', () => {
  it.each(['/', urls.modification('SECMP0023'), '/reports/2016-11/'])('%s: fits one line, with the whole placeholder showing', async (address) => {
    const page = await session.page({ width: 1280 });
    await page.goto(address);
    const header = await page.evaluate(() => {
      const wrap = document.querySelector('.site-header .wrap') as HTMLElement;
      const items = [...wrap.children].filter((c) => (c as HTMLElement).offsetParent !== null) as HTMLElement[];
      const tops = items.map((c) => c.getBoundingClientRect());
      const input = document.querySelector('#site-search') as HTMLInputElement;
      const style = getComputedStyle(input);
      const canvas = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
      canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      // One line: every item of the header overlaps every other vertically.
      const oneLine = tops.every((a) => tops.every((b) => a.top < b.bottom && b.top < a.bottom));
      return { oneLine, placeholder: canvas.measureText(input.placeholder).width, room };
    });
    expect(header.oneLine).toBe(true);
    expect(header.placeholder).toBeLessThanOrEqual(header.room);
    await page.context().close();
  });
});
