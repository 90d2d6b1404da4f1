/**
 * The public origin's one setting, REGISTER_SITE. Without it the build is a local preview:
 * it succeeds and says so, writes only relative links where a relative link is valid, leaves out
 * what needs an absolute address (the sitemap, og:url, calendar URLs), never writes the address
 * of a developer's machine, and keeps itself out of search engines. An unusable origin stops
 * the build with a message saying how to fix it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readTree, runScript, workFolder } from '../support/scripts';

const preview = workFolder('preview');
const refused = workFolder('refused-origin');
afterAll(() => {
  preview.remove();
  refused.remove();
});

describe('a build without REGISTER_SITE', () => {
  const result = runScript('scripts/build.ts', { ...preview.env, REGISTER_SITE: '' });
  const site = readTree(preview.out) ?? new Map<string, string>();
  const file = (name: string) => site.get(name) ?? '';

  it('succeeds, and says it is a local preview', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(/REGISTER_SITE is not set, so this is a local preview build/);
  });

  it("never holds the address of a developer's machine", () => {
    expect(site.size).toBeGreaterThan(100);
    expect([...site].filter(([, text]) => /127\.0\.0\.1|localhost/.test(text)).map(([name]) => name)).toEqual([]);
  });

  it('links relatively where a relative link is valid, and leaves out what needs an absolute one', () => {
    expect([...site.keys()].filter((f) => f.startsWith('sitemap'))).toEqual([]);
    const home = file('index.html');
    expect(home).toContain('<link rel="canonical" href="/">');
    expect(home).not.toContain('og:url');
    expect(file('feed.xml')).toContain('<link rel="self" type="application/atom+xml" href="/feed.xml"/>');
    expect(file('feed.xml')).toMatch(/<id>urn:uuid:[0-9a-f-]{36}<\/id>/);
    expect(file('calendar.ics')).not.toMatch(/^URL[;:]/m);
    expect(file('calendar.ics')).toMatch(/Page: \/meetings\/#/);
    expect(file('register.csv')).toContain(',/modifications/secmp0023/,');
    expect(file('api/v1/register.json')).toContain('"page": "/modifications/phase/refinement/"');
  });

  it('asks search engines to stay out', () => {
    expect(file('robots.txt')).toMatch(/^User-agent: \*\nDisallow: \/\n$/m);
    expect(file('_headers')).toContain('X-Robots-Tag: noindex');
    expect(file('_nginx.conf')).toContain('add_header X-Robots-Tag "noindex" always;');
  });
});

describe('a build with an unusable REGISTER_SITE', () => {
  const result = runScript('scripts/build.ts', { ...refused.env, REGISTER_SITE: 'http://localhost:4321' });

  it('stops with a message that says what is wrong and how to fix it, and writes no site', () => {
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(/REGISTER_SITE: "http:\/\/localhost:4321" is this machine, not a public origin; leave REGISTER_SITE unset to build a local preview/);
    expect(readTree(refused.out)).toBeNull();
  });
});
