/**
 * No dead ends and no plumbing, over the built site: every "rule N" a page mentions links to
 * where the rule is stated; wherever a page tells the reader to contact or notify SECAS, the
 * contact details the paper gives are there, cited, as they are on the about page the footer
 * links to; and every modification links to its page on the SEC website, saying whether the
 * paper prints that address or the register builds it from the paper's pattern.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { asksToContactSecas } from '../../src/render/contact';
import { urls } from '../../src/render/urls';
import { realRegister } from '../support/real-register';
import { contentPages, page, text } from '../support/site';

const register = realRegister();
const pages = contentPages.filter((p) => p.endsWith('/') || p.endsWith('.html'));

/**
 * The text of an element's own text nodes and inline children, leaving out links and examples
 * of data files (`<pre>`, as on /api/), which quote the register's values rather than speak to
 * the reader.
 */
function textOutsideLinks(el: HTMLElement): string {
  return el.childNodes
    .map((n) => (n.nodeType === 3 ? n.text : (n as HTMLElement).tagName === 'A' || (n as HTMLElement).tagName === 'PRE' ? ' ' : textOutsideLinks(n as HTMLElement)))
    .join('');
}

/** A page's words to the reader: its main text, less any example of a data file. */
function proseOf(address: string): string {
  const main = page(address).querySelector('main');
  if (!main) return '';
  return main.querySelectorAll('pre').reduce((rest, pre) => rest.replace(text(pre), ' '), text(main));
}

describe('rules', () => {
  const mentioning = pages.filter((p) => /\brule \d/.test(proseOf(p)));

  it('there are pages that apply the register’s numbered rules', () => expect(mentioning.length).toBeGreaterThan(2));

  it.each(mentioning)('%s links every "rule N" to where the rule is stated', (address) => {
    const main = page(address).querySelector('main') as HTMLElement;
    expect(textOutsideLinks(main).match(/\brule \d+\b[^.]{0,40}/g) ?? []).toEqual([]);
    for (const a of main.querySelectorAll('a').filter((l) => /^rule \d+$/.test(text(l)))) {
      const [path, fragment] = (a.getAttribute('href') ?? '').split('#');
      const target = page(path || address).querySelector(`#${fragment}`);
      expect(target, `${address}: ${a.getAttribute('href')}`).not.toBeNull();
      const n = text(a).slice('rule '.length);
      expect(text(target?.parentNode)).toMatch(new RegExp(`\\(${n}\\)|[Rr]ule ${n}\\b`));
    }
  });
});

describe('the SECAS contact details', () => {
  const contact = (root: HTMLElement) => root.querySelector('main .contact');

  it('are on the about page, cited, and every page’s footer links to them', () => {
    const about = page(urls.about()).querySelector('#contacting-secas')?.closest('section') ?? page(urls.about()).querySelector('main');
    const found = contact(about as HTMLElement);
    expect(found?.querySelector('a[href^="tel:"]')).not.toBeNull();
    expect(found?.querySelector('a[href^="mailto:"]')).not.toBeNull();
    expect(found?.querySelector('.cite a')).not.toBeNull();
    for (const p of pages) expect(page(p).querySelector(`footer a[href="${urls.about()}#contacting-secas"]`), p).not.toBeNull();
  });

  const asking = pages.filter((p) => asksToContactSecas(proseOf(p)));

  it('there are pages that tell the reader to contact SECAS', () => expect(asking.length).toBeGreaterThan(2));

  it.each(asking)('%s gives them where it tells the reader to contact SECAS', (address) => {
    const found = contact(page(address));
    expect(found, `${address} tells the reader to contact SECAS but gives no contact details`).not.toBeNull();
    expect(found?.querySelector('a[href^="mailto:"]')).not.toBeNull();
    expect(found?.querySelector('.cite a')).not.toBeNull();
  });
});

describe('every modification page', () => {
  it.each(register.modifications.map((m) => m.id))('%s links to its page on the SEC website, saying where the address comes from', (id) => {
    const root = page(urls.modification(id));
    const dt = root.querySelectorAll('dl.facts dt').find((d) => text(d) === 'On the SEC website');
    const dd = dt?.nextElementSibling;
    const link = dd?.querySelector('a[href^="https://"]');
    expect(link?.getAttribute('href')).toMatch(/^https:\/\/www\.smartenergycodecompany\.co\.uk\//);
    const printed = register.modification(id).links.some((l) => l.url === link?.getAttribute('href'));
    if (!printed) expect(text(dd)).toMatch(/builds from the pattern/);
    expect(dd?.querySelector('.cite a')).not.toBeNull();
    expect(text(root.querySelector('main'))).not.toMatch(/give no other address/);
  });
});
