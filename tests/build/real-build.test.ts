/**
 * Real builds into output folders outside the project: only the site is published there, with
 * none of Astro's own files (its `.astro/` folder's collection schemas, content modules and
 * types, its data store, its `.prerender/` scratch folder), and two clean builds of the same
 * inputs are byte for byte the same.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTree, runScript, workFolder } from '../support/scripts';

const one = workFolder('real-one');
const two = workFolder('real-two');
afterAll(() => {
  one.remove();
  two.remove();
});

describe('two clean builds into folders outside the project', () => {
  const first = runScript('scripts/build.ts', one.env);
  const second = runScript('scripts/build.ts', two.env);

  it('both succeed', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(second.status, second.stderr).toBe(0);
  });

  it('publish only the site', () => {
    const top = readdirSync(one.out);
    expect(top).toContain('index.html');
    expect(top).toContain('pagefind');
    expect(top.filter((name) => name.startsWith('.'))).toEqual([]);
    expect(top).not.toContain('collections');
    expect(top.filter((name) => /^content.*\.(mjs|d\.ts)$|^types\.d\.ts$|^data-store\.json$/.test(name))).toEqual([]);
    const files = [...(readTree(one.out)?.keys() ?? [])];
    // The API's published JSON Schemas are the only schemas a reader should get; Astro's content schemas stay behind.
    expect(files.filter((f) => (f.endsWith('.schema.json') && !f.startsWith('api/v1/schema/')) || f.endsWith('.mjs'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('api/v1/schema/')).length).toBeGreaterThan(0);
    // Nothing of the build is left beside the output folder either.
    expect(readdirSync(one.dir).sort()).toEqual(['cache', 'site']);
    expect(readdirSync(join(one.dir, 'cache')).some((f) => f.startsWith('register-build-'))).toBe(true);
  });

  // The build writes each modification's data files itself, beside Astro, once Astro says it
  // has started rendering; if an upgrade of Astro or Vite stopped it saying so, the site would
  // be the same and the build slower, and only this would tell.
  it("write each modification's data files while Astro renders", () => {
    expect(first.stdout).toMatch(/Wrote the \d+ data files of \d+ modifications \(JSON, feed, calendar\) while Astro rendered/);
  });

  // The search index starts while Astro renders, on the modifications' pages, once the data
  // files are written; how many it takes then depends on timing, so only the line is checked
  // here (tests/unit/search-index.test.ts shows the index is the same either way).
  it('say how many pages the search index took while Astro rendered', () => {
    expect(first.stdout).toMatch(/Indexed \d+ pages for search \(\d+ of them while Astro rendered\) in [\d.]+ s\./);
  });

  it('are byte for byte the same', () => {
    const a = readTree(one.out);
    const b = readTree(two.out);
    expect(a?.size).toBeGreaterThan(100);
    expect(b).toEqual(a);
  });
});
