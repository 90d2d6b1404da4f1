/**
 * The register's second month, built. The site is built from the real content and again with
 * the invented December 2016 paper added (`tests/fixtures/december-2016/`, a test fixture,
 * built here into a temporary folder and never published). The November report's content is
 * the same byte for byte, every address of the November site still answers, and the December
 * site gains the new month, the new modification and the new feed entries.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { withDecember } from '../fixtures/december-2016/december';
import { contentFiles } from '../support/content';
import { readTree, runScript, workFolder } from '../support/scripts';

const november = workFolder('november');
const december = workFolder('december');
afterAll(() => {
  november.remove();
  december.remove();
});

// The December content: the real content with the invented paper's changes, in a folder of its own.
const decemberContent = join(december.dir, 'content');
for (const [file, text] of withDecember(contentFiles())) {
  const path = join(decemberContent, file.slice('content/'.length));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const builtNovember = runScript('scripts/build.ts', november.env);
const builtDecember = runScript('scripts/build.ts', { ...december.env, REGISTER_CONTENT_DIR: decemberContent });
const before = readTree(november.out) ?? new Map<string, string>();
const after = readTree(december.out) ?? new Map<string, string>();

/** A report page's content: its `<main>`, without the links to the months before and after it. */
function reportContent(html: string | undefined): string {
  const main = parse(html ?? '').querySelector('main');
  main?.querySelector('.report-nav')?.remove();
  return main?.toString() ?? '';
}

/** The ids of a feed's entries. */
function entryIds(xml: string | undefined): string[] {
  return parse(xml ?? '').querySelectorAll('entry > id').map((id) => id.textContent);
}

describe('the site built with the December 2016 paper added', () => {
  it('builds, as does the November site', () => {
    expect(builtNovember.status, builtNovember.stderr).toBe(0);
    expect(builtDecember.status, builtDecember.stderr).toBe(0);
  });

  it('keeps the November report’s content byte for byte', () => {
    const page = 'reports/2016-11/index.html';
    expect(reportContent(before.get(page))).toContain('Modification Status Report, November 2016');
    expect(reportContent(after.get(page))).toBe(reportContent(before.get(page)));
  });

  it('keeps every address of the November site', () => {
    const gone = [...before.keys()].filter((file) => file.endsWith('.html') && !after.has(file));
    expect(gone).toEqual([]);
  });

  it('adds the December report, covering 10 November to 7 December 2016, and the new modification', () => {
    const report = parse(after.get('reports/2016-12/index.html') ?? '');
    expect(report.querySelector('.lede')?.textContent.replace(/\s+/g, ' ')).toContain('10 November 2016 to 7 December 2016');
    expect(after.has('modifications/secmp0025/index.html')).toBe(true);
    expect(before.has('reports/2016-12/index.html')).toBe(false);
  });

  it('adds the paper’s events to the feed and keeps every November entry', () => {
    const old = entryIds(before.get('feed.xml'));
    const now = entryIds(after.get('feed.xml'));
    expect(old.length).toBeGreaterThan(0);
    expect(now).toEqual(expect.arrayContaining(old));
    expect(now.length).toBeGreaterThan(old.length);
  });
});
