/**
 * The W3C's Nu HTML Checker, an outside judge, over every HTML file of the build: every page,
 * the 404 page and every redirect page. Any error fails the test, which prints each one as
 * `file:line: error: message`. Warnings do not fail it; they are printed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dist, files, isRedirect, page } from '../support/site';
import { checkHtml, describeMessage } from '../support/vnu';

const htmlFiles = files.filter((f) => f.endsWith('.html'));

describe('the Nu HTML Checker', () => {
  it('finds no error on any page of the build, redirect pages included', () => {
    // The build has its content pages, its 404 page and a redirect page for each short address.
    expect(htmlFiles).toContain('/404.html');
    expect(htmlFiles.filter((f) => isRedirect(page(f))).length).toBeGreaterThan(0);
    expect(htmlFiles.filter((f) => !isRedirect(page(f))).length).toBeGreaterThan(50);

    // One run for errors and warnings alike: only errors fail the test; warnings are printed.
    const messages = checkHtml(htmlFiles.map((f) => join(dist, f)), { errorsOnly: false });
    const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning');
    if (warnings.length > 0) console.warn(`${warnings.length} warnings from the Nu HTML Checker:\n${warnings.map((m) => describeMessage(m, dist)).join('\n')}`);
    const errors = messages.filter((m) => m.type !== 'info');
    const report = errors.map((m) => describeMessage(m, dist)).join('\n');
    expect(report, `${errors.length} errors from the Nu HTML Checker:\n${report}`).toBe('');
  });

  // The gate itself: the checker runs, reads the files it is given, and its errors come back
  // with their file and line. Without this, a checker that silently checked nothing would pass.
  describe('on a page known to be invalid', () => {
    const folder = mkdtempSync(join(tmpdir(), 'register-vnu-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it('reports the error with its file and line', () => {
      const bad = join(folder, 'bad.html');
      writeFileSync(bad, '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Bad</title></head>\n<body>\n<figure><svg></svg><figcaption>Key</figcaption>\n<div>Table</div></figure>\n</body></html>\n');
      const errors = checkHtml([bad]).map((m) => describeMessage(m, folder));
      expect(errors).toEqual(['bad.html:5: error: Element “div” not allowed as child of element “figure” in this context. (Suppressing further errors from this subtree.)']);
    });
  });
});
