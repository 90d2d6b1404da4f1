/**
 * The build's precompression step (`src/integrations/precompress.ts`) on small invented sites: which
 * files get `.br` and `.gz` copies, that the copies decompress to the file, and that nothing is
 * written anywhere but beside a compressible file inside the folder.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { siteManifest } from '../../scripts/lib/site-manifest';
import { describePrecompression, isCompressible, precompressSite, redirectPagesOf } from '../../src/integrations/precompress';

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'register-precompress-'));
  folders.push(dir);
  return dir;
}

/** Every file under a folder, as sorted relative paths. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const e of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

function write(dir: string, path: string, content: string | Buffer): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), content);
}

const page = (title: string) => `<!doctype html><html lang="en"><title>${title}</title><main>${'<p>The register of modifications. '.repeat(40)}</main></html>\n`;

describe('precompressSite', () => {
  it('writes a .br and a .gz beside every HTML, CSS, JavaScript, JSON, XML and SVG file, which decompress to it', async () => {
    const site = folder();
    const files: Record<string, string> = {
      'index.html': page('Home'),
      'modifications/secmp0023/index.html': page('SECMP0023'),
      '_astro/Base.abc123.css': `${'.chart-figure .chart-key { font-size: 0.9rem; }\n'.repeat(30)}`,
      'theme-toggle.js': `${'document.querySelector(".theme-toggle").hidden = false;\n'.repeat(20)}`,
      'pagefind/pagefind-entry.json': JSON.stringify({ version: '1.6.0', languages: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`l${i}`, { hash: 'x', page_count: i }])) }),
      'feed.xml': `<?xml version="1.0"?><feed>${'<entry><title>SECMP0023 raised</title></entry>'.repeat(30)}</feed>`,
      'favicon.svg': `<svg xmlns="http://www.w3.org/2000/svg">${'<rect width="1" height="1"/>'.repeat(30)}</svg>`,
    };
    for (const [path, content] of Object.entries(files)) write(site, path, content);

    const summary = await precompressSite(site);

    expect(tree(site)).toEqual(Object.keys(files).flatMap((f) => [f, `${f}.br`, `${f}.gz`]).sort());
    for (const [path, content] of Object.entries(files)) {
      expect(brotliDecompressSync(readFileSync(join(site, `${path}.br`))).toString('utf8'), path).toBe(content);
      expect(gunzipSync(readFileSync(join(site, `${path}.gz`))).toString('utf8'), path).toBe(content);
    }
    expect(summary.files).toBe(7);
    expect(summary.brotli.written).toBe(7);
    expect(summary.gzip.written).toBe(7);
    expect(summary.bytes).toBe(Object.values(files).reduce((n, c) => n + Buffer.byteLength(c), 0));
    expect(summary.brotli.bytes).toBeLessThan(summary.gzip.bytes);
    expect(summary.gzip.bytes).toBeLessThan(summary.bytes);
    expect(describePrecompression(summary, 0.25)).toMatch(/^Precompressed 7 files \(\d+ KB\): 7 \.br \(\d+ KB\), 7 \.gz \(\d+ KB\), in 0\.25 s\.$/);
  });

  it("leaves Pagefind's index files, already gzipped, and other types alone", async () => {
    const site = folder();
    const gz = gzipSync(Buffer.from('pagefind_dcd'.repeat(100)));
    write(site, 'pagefind/pagefind.en-gb_fad058be3a3d4.pf_meta', gz);
    write(site, 'pagefind/fragment/en-gb_11da10c.pf_fragment', gz);
    write(site, 'pagefind/index/en-gb_1.pf_index', gz);
    write(site, 'pagefind/wasm.en-gb.pagefind', gz);
    write(site, 'pagefind/filter/en-gb_631c9d8.pf_filter', gz);
    write(site, '_redirects', '/mp23/ /modifications/secmp0023/ 301\n'.repeat(50));
    write(site, 'image.png', Buffer.alloc(2000));
    const before = tree(site);
    const summary = await precompressSite(site);
    expect(tree(site)).toEqual(before);
    expect(summary.files).toBe(0);
  });

  it('keeps a copy only when it is smaller than the file, and removes a stale copy that is not', async () => {
    const site = folder();
    write(site, 'tiny.json', '{}');
    write(site, 'tiny.json.br', 'a stale copy from some earlier build');
    write(site, 'tiny.json.gz', 'a stale copy from some earlier build');
    const summary = await precompressSite(site);
    expect(tree(site)).toEqual(['tiny.json']);
    expect(summary).toEqual({ files: 1, bytes: 2, brotli: { written: 0, bytes: 2 }, gzip: { written: 0, bytes: 2 } });
  });

  it('follows no symbolic link, so it writes nothing outside the folder', async () => {
    const site = folder();
    const outside = folder();
    write(outside, 'elsewhere/index.html', page('Elsewhere'));
    write(site, 'index.html', page('Home'));
    symlinkSync(join(outside, 'elsewhere'), join(site, 'linked-folder'));
    symlinkSync(join(outside, 'elsewhere/index.html'), join(site, 'linked.html'));
    await precompressSite(site);
    expect(tree(outside)).toEqual(['elsewhere/index.html']);
    expect(tree(site)).toEqual(['index.html', 'index.html.br', 'index.html.gz', 'linked-folder', 'linked.html']);
  });

  it('does the same whatever the number of files compressed at once', async () => {
    const one = folder();
    const many = folder();
    for (const site of [one, many]) for (let i = 0; i < 12; i++) write(site, `p${i}/index.html`, page(`Page ${i}`));
    await precompressSite(one, { concurrency: 1 });
    await precompressSite(many, { concurrency: 8 });
    expect(tree(many)).toEqual(tree(one));
    for (const f of tree(one)) expect(readFileSync(join(many, f)).equals(readFileSync(join(one, f))), f).toBe(true);
  });
});

describe('precompressSite, in passes', () => {
  it('compresses a large file (handed to the thread pool whole) as exactly as a small one', async () => {
    const site = folder();
    const large = page('Large').repeat(200);
    expect(Buffer.byteLength(large)).toBeGreaterThan(64 * 1024);
    write(site, 'reports/2016-11/index.html', large);
    await precompressSite(site);
    expect(brotliDecompressSync(readFileSync(join(site, 'reports/2016-11/index.html.br'))).toString('utf8')).toBe(large);
    expect(gunzipSync(readFileSync(join(site, 'reports/2016-11/index.html.gz'))).toString('utf8')).toBe(large);
  });

  it('gives the redirect pages that /redirects.json lists no copies, and every other page its copies', async () => {
    const site = folder();
    write(site, 'modifications/secmp0023/index.html', page('SECMP0023'));
    write(site, 'mp23/index.html', page('/mp23/ leads to SECMP0023'));
    write(site, 'modifications/modification/SECMP-23/index.html', page('The SEC website address of SECMP0023'));
    write(site, 'redirects.json', JSON.stringify([{ from: '/mp23/', to: '/modifications/secmp0023/', title: 'SECMP0023' }, { from: '/modifications/modification/SECMP-23/', to: '/modifications/secmp0023/', title: 'SECMP0023' }]));
    await precompressSite(site, { skip: redirectPagesOf(site) });
    expect(tree(site).filter((f) => f.endsWith('.br'))).toEqual(['modifications/secmp0023/index.html.br', 'redirects.json.br']);
  });

  it('has no redirect pages to skip in a folder without /redirects.json', () => {
    expect(redirectPagesOf(folder()).size).toBe(0);
  });

  it('leaves a folder for a later pass, and that pass compresses only what the first left', async () => {
    const site = folder();
    write(site, 'index.html', page('Home'));
    write(site, 'pagefind/pagefind-entry.json', JSON.stringify({ version: '1.6.0', pages: 'x'.repeat(500) }));
    const first = await precompressSite(site, { skipFolders: [join(site, 'pagefind')] });
    expect(first.files).toBe(1);
    expect(tree(site)).toEqual(['index.html', 'index.html.br', 'index.html.gz', 'pagefind/pagefind-entry.json']);
    const home = statSync(join(site, 'index.html.br')).mtimeMs;
    const second = await precompressSite(site, { keepExisting: true });
    expect(second.files).toBe(1);
    expect(tree(site)).toContain('pagefind/pagefind-entry.json.br');
    expect(statSync(join(site, 'index.html.br')).mtimeMs).toBe(home);
  });

});

describe('precompressSite, after a published build', () => {
  it('takes the copies of a file built again unchanged from the published site, and compresses a changed one afresh', async () => {
    const published = folder();
    write(published, 'modifications/secmp0023/index.html', page('SECMP0023'));
    write(published, 'modifications/secmp0024/index.html', page('SECMP0024'));
    await precompressSite(published);
    const record = { site: published, files: siteManifest(published) };

    const next = folder();
    write(next, 'modifications/secmp0023/index.html', page('SECMP0023'));
    write(next, 'modifications/secmp0024/index.html', page('SECMP0024, revised'));
    const summary = await precompressSite(next, { published: record });

    expect(summary.reused).toBe(1);
    expect(describePrecompression(summary, 1)).toMatch(/\(1 unchanged since the last build, their copies taken from it\)\.$/);
    for (const [path, title] of [['modifications/secmp0023/index.html', 'SECMP0023'], ['modifications/secmp0024/index.html', 'SECMP0024, revised']] as const) {
      expect(brotliDecompressSync(readFileSync(join(next, `${path}.br`))).toString('utf8'), path).toBe(page(title));
      expect(gunzipSync(readFileSync(join(next, `${path}.gz`))).toString('utf8'), path).toBe(page(title));
    }
  });

  it('does not take a published copy that was changed after it was published', async () => {
    const published = folder();
    write(published, 'index.html', page('Home'));
    await precompressSite(published);
    const record = { site: published, files: siteManifest(published) };
    write(published, 'index.html.br', brotliCompressSync(Buffer.from(page('Something else'))));

    const next = folder();
    write(next, 'index.html', page('Home'));
    const summary = await precompressSite(next, { published: record });
    expect(summary.reused).toBe(0);
    expect(brotliDecompressSync(readFileSync(join(next, 'index.html.br'))).toString('utf8')).toBe(page('Home'));
  });
});

describe('isCompressible', () => {
  it('goes by the extension, in any case', () => {
    expect(['a.html', 'b.CSS', 'c.js', 'd.mjs', 'e.json', 'f.xml', 'g.svg', 'h.txt'].every(isCompressible)).toBe(true);
    expect(['a.html.br', 'b.css.gz', 'c.png', 'd.pf_meta', 'e.pagefind', '_redirects', 'html'].some(isCompressible)).toBe(false);
  });
});
