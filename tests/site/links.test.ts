/**
 * The link checker: every internal link and every #fragment in the built site resolves, and
 * every alias and old SEC website address leads to the right canonical page.
 */
import { describe, expect, it } from 'vitest';
import { modificationAliases } from '../../src/domain/ids';
import { legacyTarget, printedSecWebsiteAddresses, secWebsiteModificationPath } from '../../src/render/redirects';
import { urls } from '../../src/render/urls';
import { origin } from '../support/data-files';
import { realRegister } from '../support/real-register';
import { contentPages, fileFor, htmlPages, isRedirect, page, redirectTarget } from '../support/site';

const register = realRegister();

/** Resolves an href on a page to a site address, or `null` for links off the site. */
function internal(href: string, from: string): string | null {
  if (/^(mailto|tel|javascript):/i.test(href)) return null;
  const url = new URL(href, `http://site.invalid${from}`);
  return url.origin === 'http://site.invalid' ? url.pathname + url.hash : null;
}

function ids(address: string): Set<string> {
  return new Set(page(address).querySelectorAll('[id]').map((e) => e.getAttribute('id') as string));
}

describe('the link checker', () => {
  it.each(contentPages)('every link on %s resolves, fragments included', (address) => {
    const broken: string[] = [];
    const links = page(address).querySelectorAll('a[href], link[href]');
    for (const link of links) {
      const href = link.getAttribute('href') as string;
      const target = internal(href, address);
      if (target === null) continue;
      const [path = '', fragment] = target.split('#');
      const file = fileFor(path);
      if (!file) {
        broken.push(`${href} (no page)`);
        continue;
      }
      if (fragment && file.endsWith('.html') && !ids(path.endsWith('.html') ? path : file.replace(/index\.html$/, '')).has(decodeURIComponent(fragment))) {
        broken.push(`${href} (no #${fragment})`);
      }
    }
    expect(broken, `${address} links to missing pages or fragments`).toEqual([]);
  });

  it('every redirect page leads to a content page, and says so without JavaScript', () => {
    const redirects = htmlPages.filter((p) => isRedirect(page(p)));
    expect(redirects.length).toBeGreaterThan(0);
    for (const address of redirects) {
      const root = page(address);
      const to = redirectTarget(root) as string;
      expect(contentPages, `${address} → ${to}`).toContain(to);
      // The canonical address is absolute, on the public origin the build is made for.
      expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${origin}${to}`);
      expect(root.querySelector(`a[href="${to}"]`), `${address} has no plain link`).toBeTruthy();
    }
  });
});

describe('aliases and old addresses', () => {
  const landsOn = (from: string, to: string) => {
    const file = fileFor(from);
    expect(file, `nothing answers ${from}`).toBeTruthy();
    expect(redirectTarget(page(from)), from).toBe(to);
    expect(page(to).querySelector('link[rel="canonical"]')?.getAttribute('href')?.endsWith(to)).toBe(true);
  };

  it.each(register.modifications.map((m) => m.id))('%s is reached from /mpN/, /mp0NN/, /secmpN/ and the SEC website address', (id) => {
    const m = register.modification(id);
    const to = urls.modification(id);
    for (const alias of modificationAliases(id)) landsOn(`/${alias}/`, to);
    landsOn(secWebsiteModificationPath(m.number), to);
    landsOn(secWebsiteModificationPath(m.number).toLowerCase(), to);
  });

  it('SECMP0023 answers /mp23/, /mp023/ and /secmp23/', () => {
    for (const a of ['/mp23/', '/mp023/', '/secmp23/']) landsOn(a, '/modifications/secmp0023/');
  });

  it('every SEC website address printed in the sources with a counterpart here leads to it', () => {
    const mapped = printedSecWebsiteAddresses(register).flatMap((address) => {
      const target = legacyTarget(register, address);
      return target ? [{ path: new URL(address).pathname, to: target.to }] : [];
    });
    expect(mapped.map((m) => m.to)).toEqual(
      expect.arrayContaining(['/modifications/', '/documents/', '/versions/5.0/', '/versions/4.16/', '/modifications/secmp0023/', '/modifications/secmp0024/']),
    );
    for (const { path, to } of mapped) landsOn(path, to);
  });

  it('maps the modifications register, the SEC documents page and the DCC Live news item', () => {
    landsOn('/modifications/modifications-register-information/modifications-register', '/modifications/');
    landsOn('/sec/sec-and-guidance-documents', '/documents/');
    landsOn('/news-and-useful-links/latest-news/news-detail/2016/11/09/dcc-live-and-sec-5.0', '/versions/5.0/');
  });
});
