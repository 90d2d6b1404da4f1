/**
 * Rules every page of the built site keeps: one <h1>, the language, a unique title and
 * description, a canonical link, headings readers can link to, dates in <time>, and no
 * JavaScript beyond the theme toggle (and, on the search page, search).
 */
import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { origin } from '../support/data-files';
import { contentPages, dist, page, text } from '../support/site';

const pages = contentPages.filter((p) => p.endsWith('/') || p.endsWith('.html'));

describe('every page', () => {
  it('there are pages to check', () => expect(pages.length).toBeGreaterThan(50));

  it.each(pages)('%s has one <h1>, lang="en-GB", a description and an absolute canonical link on the public origin', (address) => {
    const root = page(address);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
    expect(root.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0).toBeGreaterThan(20);
    const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    expect(canonical).toBe(`${origin}${address}`);
  });

  it('has a unique title', () => {
    const titles = pages.map((p) => text(page(p).querySelector('title')));
    const repeated = titles.filter((t, i) => titles.indexOf(t) !== i);
    expect(repeated).toEqual([]);
  });

  it.each(pages)('%s gives every heading in <main> an id and an anchor link', (address) => {
    const main = page(address).querySelector('main');
    for (const h of main?.querySelectorAll('h2, h3') ?? []) {
      const id = h.getAttribute('id');
      expect(id, `${address}: "${text(h)}" has no id`).toBeTruthy();
      const anchor = h.parentNode?.querySelector(`a.anchor[href="#${id}"]`);
      expect(anchor, `${address}: "${text(h)}" has no anchor link`).toBeTruthy();
    }
  });

  it.each(pages)('%s writes dates in words inside <time datetime>', (address) => {
    for (const t of page(address).querySelectorAll('time')) {
      const datetime = t.getAttribute('datetime') ?? '';
      expect(datetime).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(text(t)).toMatch(/^(\d{1,2} )?(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/);
    }
  });

  it.each(pages)('%s has skip link, primary navigation, search box and footer with the as-of date', (address) => {
    const root = page(address);
    expect(root.querySelector('a.skip')?.getAttribute('href')).toBe('#main');
    expect(root.querySelector('main#main')).toBeTruthy();
    expect(root.querySelector('nav[aria-label="Primary"]')).toBeTruthy();
    expect(root.querySelector('form[role="search"] input[name="q"]')).toBeTruthy();
    expect(text(root.querySelector('footer'))).toContain('9 November 2016');
  });

  it.each(pages)('%s ships no JavaScript but the theme toggle, 2 KB at most', (address) => {
    if (address === '/search/') return;
    // JSON-LD is data for search engines, not a script: browsers never run it.
    const scripts = page(address).querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
    let bytes = 0;
    for (const s of scripts) {
      const src = s.getAttribute('src');
      if (src) {
        expect(src, `${address} loads a script other than the theme toggle`).toBe('/theme-toggle.js');
        bytes += statSync(join(dist, src)).size;
      } else {
        expect(s.textContent).toMatch(/theme/);
        bytes += Buffer.byteLength(s.textContent);
      }
    }
    expect(bytes).toBeLessThanOrEqual(2048);
  });
});
