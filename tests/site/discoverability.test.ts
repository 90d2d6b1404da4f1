/**
 * What search engines, link previews and other programs find: a sitemap of every canonical page
 * and no redirect page, robots.txt, OpenGraph and Twitter metadata on every page, JSON-LD where a
 * schema.org type fits, a page of data and feeds that links every file, and no address of a
 * developer's machine anywhere in a build made for the public origin.
 */
import { describe, expect, it } from 'vitest';
import { urls } from '../../src/render/urls';
import { badgeWords } from '../../src/render/words';
import { apiFiles, calendarFiles, csvFiles, feedFiles, origin, read } from '../support/data-files';
import { parseXml, textOf } from '../support/formats';
import { realRegister } from '../support/real-register';
import { contentPages, files, htmlPages, page } from '../support/site';

const register = realRegister();
const canonicalPages = contentPages.filter((p) => p !== '/404.html');

describe('the sitemap', () => {
  const index = parseXml(read('/sitemap-index.xml'))['sitemapindex'] as { sitemap: { loc: string }[] };
  const listed = index.sitemap.flatMap((s) => {
    expect(s.loc.startsWith(`${origin}/`)).toBe(true);
    const set = parseXml(read(new URL(s.loc).pathname))['urlset'] as { url: { loc: string }[] };
    return set.url.map((u) => textOf(u.loc));
  });

  it('lists every canonical page, once, on the public origin', () => {
    expect([...listed].sort()).toEqual(canonicalPages.map((p) => `${origin}${p}`).sort());
  });

  it('lists no redirect page and no 404 page', () => {
    const redirects = htmlPages.filter((p) => !contentPages.includes(p));
    expect(redirects.length).toBeGreaterThan(0);
    for (const r of redirects) expect(listed).not.toContain(`${origin}${r}`);
    expect(listed.some((u) => u.includes('404'))).toBe(false);
  });

  it('is named by robots.txt, which lets crawlers in', () => {
    expect(read('/robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap-index.xml\n`);
  });
});

describe('link previews', () => {
  it.each(contentPages)('%s has OpenGraph and Twitter card metadata', (address) => {
    const head = page(address).querySelector('head');
    const meta = (selector: string) => head?.querySelector(selector)?.getAttribute('content') ?? '';
    expect(meta('meta[property="og:title"]')).not.toBe('');
    expect(meta('meta[property="og:description"]')).toBe(meta('meta[name="description"]'));
    expect(meta('meta[property="og:site_name"]')).toBe('SEC Register');
    expect(['website', 'article']).toContain(meta('meta[property="og:type"]'));
    expect(meta('meta[property="og:url"]')).toBe(head?.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    expect(meta('meta[property="og:url"]').startsWith(`${origin}/`)).toBe(true);
    expect(meta('meta[name="twitter:card"]')).toBe('summary');
    expect(meta('meta[name="twitter:title"]')).toBe(meta('meta[property="og:title"]'));
  });

  it("show a modification's number, title and phase", () => {
    for (const m of register.modifications) {
      const head = page(urls.modification(m.id)).querySelector('head');
      const title = head?.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
      expect(title).toBe(`${m.id}: ${m.displayTitle} – ${badgeWords(m.state)}`);
    }
  });
});

describe('JSON-LD', () => {
  const ld = (address: string) =>
    page(address)
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent) as Record<string, unknown> | Record<string, unknown>[]);

  it('describes each modification as a Legislation with its number and phase', () => {
    for (const m of register.modifications) {
      const [data] = ld(urls.modification(m.id));
      expect(data).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Legislation',
        '@id': `${origin}${urls.modification(m.id)}`,
        legislationIdentifier: m.id,
        creativeWorkStatus: badgeWords(m.state),
      });
    }
  });

  it('describes every meeting as an Event, cancelled where it did not take place', () => {
    const [events] = ld(urls.meetings()) as Record<string, unknown>[][];
    expect(events).toHaveLength(register.meetings.length);
    for (const meeting of register.meetings) {
      const event = events?.find((e) => e['@id'] === `${origin}${urls.meeting(meeting.id)}`);
      expect(event?.['@type']).toBe('Event');
      expect(event?.['eventStatus']).toBe(meeting.notHeld ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled');
      if (meeting.parsedDate.precision !== 'interval') expect(event?.['startDate']).toBe(meeting.parsedDate.text);
    }
  });

  it('describes the site as a WebSite with its search, and the data page as a Dataset', () => {
    expect(ld(urls.home())[0]).toMatchObject({ '@type': 'WebSite', url: `${origin}/` });
    const dataset = ld(urls.data())[0] as { '@type': string; distribution: { contentUrl: string }[] };
    expect(dataset['@type']).toBe('Dataset');
    for (const d of dataset.distribution) expect(files).toContain(new URL(d.contentUrl).pathname);
  });
});

describe('the page of data and feeds', () => {
  it('links every feed, calendar, CSV file and API file, and is linked from every page', () => {
    const links = new Set([urls.data(), urls.api()].flatMap((p) => page(p).querySelectorAll('main a[href]').map((a) => a.getAttribute('href'))));
    for (const file of [...feedFiles, ...calendarFiles, ...csvFiles]) expect(links, file).toContain(file);
    const api = new Set(page(urls.data()).querySelectorAll('main a[href]').map((a) => a.getAttribute('href')));
    for (const file of apiFiles.filter((f) => f.startsWith('/api/v1/modifications/') || f.startsWith('/api/v1/reports/'))) expect(api, file).toContain(file);
    expect(links).toContain(urls.api());
    for (const address of contentPages) expect(page(address).querySelector(`footer a[href="${urls.data()}"]`), address).not.toBeNull();
  });
});

describe('a build for the public origin', () => {
  it("never holds the address of a developer's machine", () => {
    const textFiles = files.filter((f) => /\.(html|xml|json|ics|csv|txt|js|css|conf)$|\/_headers$|\/_redirects$/.test(f));
    const found = textFiles.filter((f) => /127\.0\.0\.1|localhost/.test(read(f)));
    expect(found).toEqual([]);
  });
});


