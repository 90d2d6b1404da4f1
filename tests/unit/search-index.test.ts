/**
 * The search index started while Astro renders (`startIndexing` in src/integrations/pagefind.ts),
 * on small invented sites whose pages appear one by one as Astro would write them: a page is
 * indexed only once it is whole, the index comes out byte for byte as one made from the finished
 * site, a page that changes after it was indexed fails the build, and a page named first that
 * never comes is no page.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeIndex, startIndexing } from '../../src/integrations/pagefind';
import { workFolder, type WorkFolder } from '../support/scripts';

const folders: WorkFolder[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) f.remove();
});

function folder(): string {
  const work = workFolder('search-index');
  folders.push(work);
  return work.dir;
}

/** A page as the register writes one: searchable text in `<main data-pagefind-body>`. */
function page(title: string, text: string): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><header>Site header</header><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>\n`;
}

const pages: Record<string, string> = {
  'modifications/secmp0001/index.html': page('SECMP0001', 'Correct units of measure for uncontrolled gas flow rate.'),
  'modifications/secmp0002/index.html': page('SECMP0002', 'Alert codes for the communications hub firmware.'),
  'modifications/secmp0003/index.html': page('SECMP0003', 'Incorporation of multiple technical specification versions.'),
  'about/index.html': page('About', 'What the register is and where its facts come from.'),
  'index.html': page('Home', 'Every modification of the Smart Energy Code.'),
};
const first = ['/modifications/secmp0001/', '/modifications/secmp0002/', '/modifications/secmp0003/'];

function write(site: string, file: string, text: string): void {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), text);
}

/** The index Pagefind wrote, file by file, as bytes (`readTree` reads text, and the index is binary). */
function indexFiles(site: string): Map<string, Buffer> {
  const dir = join(site, 'pagefind');
  const out = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const e of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(relative(dir, full).split(sep).join('/'), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A promise settled from outside, as the build settles "Astro has ended". */
function astroRun() {
  let end = () => {};
  const ended = new Promise<void>((done) => (end = done));
  return { ended, end };
}

describe('the search index, begun while Astro renders', () => {
  it('takes each page named first once it is whole, and writes the same index as from the finished site', async () => {
    // The site as a finished build leaves it.
    const finished = folder();
    for (const [file, text] of Object.entries(pages)) write(finished, file, text);
    const expected = await startIndexing(finished, first, Promise.resolve()).finish();
    expect(expected).toMatchObject({ pages: 5, whileRendering: 0 });

    // The same pages appearing one by one, the first one half written for a while.
    const site = folder();
    const astro = astroRun();
    const indexing = startIndexing(site, first, astro.ended);
    const one = pages['modifications/secmp0001/index.html'] as string;
    write(site, 'modifications/secmp0001/index.html', one.slice(0, one.indexOf('<p>')));
    await pause(200);
    write(site, 'modifications/secmp0001/index.html', one);
    for (const file of ['modifications/secmp0002/index.html', 'modifications/secmp0003/index.html', 'about/index.html', 'index.html']) {
      await pause(60);
      write(site, file, pages[file] as string);
    }
    await pause(200);
    astro.end();
    const summary = await indexing.finish();
    expect(summary).toMatchObject({ pages: 5, whileRendering: 3 });
    expect(describeIndex(summary)).toMatch(/^Indexed 5 pages for search \(3 of them while Astro rendered\) in \d+\.\d\d s\.$/);

    const made = indexFiles(site);
    const wanted = indexFiles(finished);
    expect([...made.keys()].sort()).toEqual([...wanted.keys()].sort());
    expect([...made.keys()].filter((f) => !(made.get(f) as Buffer).equals(wanted.get(f) as Buffer))).toEqual([]);
  });

  it('leaves out the files it is told to skip, and a page named first that Astro never wrote', async () => {
    const site = folder();
    for (const [file, text] of Object.entries(pages)) if (!file.includes('secmp0002')) write(site, file, text);
    write(site, 'old/index.html', page('Moved', 'A redirect page.'));
    const summary = await startIndexing(site, first, Promise.resolve()).finish({ skip: new Set([join(site, 'old/index.html')]) });
    expect(summary).toMatchObject({ pages: 4, whileRendering: 0 });
  });

  it('fails when a page indexed while Astro rendered is not the page Astro left', async () => {
    const site = folder();
    const astro = astroRun();
    const indexing = startIndexing(site, first.slice(0, 1), astro.ended);
    write(site, 'modifications/secmp0001/index.html', pages['modifications/secmp0001/index.html'] as string);
    await pause(300);
    write(site, 'modifications/secmp0001/index.html', page('SECMP0001', 'A longer text than the one that was indexed, written afterwards.'));
    astro.end();
    await expect(indexing.finish()).rejects.toThrow(/modifications\/secmp0001\/index\.html was indexed for search while Astro rendered, at \d+ bytes, and is \d+ now/);
  });

  it('stops waiting for pages when the build fails', async () => {
    const site = folder();
    const indexing = startIndexing(site, first, new Promise(() => {}));
    await pause(100);
    await expect(indexing.abort()).resolves.toBeUndefined();
  });

  it('refuses a page address that would be read from outside the site', async () => {
    const site = folder();
    await expect(startIndexing(site, ['/../../etc/'], Promise.resolve()).finish()).rejects.toThrow(/not a safe file name/);
  });
});
