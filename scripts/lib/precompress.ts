/**
 * Precompression: the build writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every file
 * a server would otherwise compress on each request, so that a server configured for static
 * precompressed files (nginx's `gzip_static` and `brotli_static`) sends them as they are, with
 * `Content-Encoding` and `Vary: Accept-Encoding`, and spends no time compressing.
 *
 * Which files: HTML, CSS, JavaScript, JSON, XML (the feed) and SVG, by extension. Pagefind's
 * index files (`.pf_meta`, `.pf_index`, `.pf_fragment`, `.pagefind`) are left alone, because
 * Pagefind writes them gzipped already and decompresses them itself; its JavaScript and JSON
 * files are plain and are compressed like any other. A compressed copy is kept only when it is
 * smaller than the file, since a server would send whichever it finds.
 *
 * Why precompression rather than compressing on the fly: the site is static, so each file is
 * compressed once at build time instead of on every request, at a level too slow for on-the-fly
 * use, and the server needs no compression CPU. The files are only ever written beside the file
 * they copy, inside the folder given; symbolic links are neither followed nor compressed.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** The extensions of the files that get compressed copies. */
export const COMPRESSIBLE = ['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt'] as const;

/**
 * Brotli's quality. Measured on this site's 1.2 MB of HTML, CSS and JavaScript on the 2-core
 * development machine: quality 11 took 1.5 to 2.2 s and made 270 KB; quality 10, 0.55 s and
 * 278 KB; quality 5, 0.04 s and 311 KB. At the benchmark's 3,000 modifications (about 50 times
 * the bytes) quality 11 would add more than a minute to a 33-second build, for 40 fewer bytes in
 * every kilobyte sent; quality 5 adds about two seconds, and still beats gzip by a tenth.
 */
export const BROTLI_QUALITY = 5;

/** gzip's level: the highest, which costs little on files this size (0.03 s for the site). */
export const GZIP_LEVEL = 9;

/** What one precompression pass did. */
export interface PrecompressSummary {
  /** Files of a compressible type found. */
  readonly files: number;
  /** Their total size, in bytes. */
  readonly bytes: number;
  /** `.br` files written, and their total size (files whose copy was no smaller are counted in full). */
  readonly brotli: { readonly written: number; readonly bytes: number };
  /** `.gz` files written, and their total size, counted the same way. */
  readonly gzip: { readonly written: number; readonly bytes: number };
}

/** Whether a file name is one whose contents get compressed copies. */
export function isCompressible(name: string): boolean {
  return (COMPRESSIBLE as readonly string[]).includes(extname(name).toLowerCase());
}

/** Every regular file under a folder whose type is compressible; links are not followed. */
async function compressibleFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && isCompressible(entry.name)) found.push(full);
    }
  };
  await walk(dir);
  return found.sort();
}

/** Writes `copy` at `path` when it is smaller than the original; otherwise makes sure no stale copy is left. */
async function keepIfSmaller(path: string, copy: Buffer, original: number): Promise<number | null> {
  if (copy.length < original) {
    await writeFile(path, copy);
    return copy.length;
  }
  await rm(path, { force: true });
  return null;
}

/**
 * Writes `name.br` and `name.gz` beside every compressible file under `dir`. Compression runs on
 * Node's thread pool, a few files at a time, so that both cores work while the build waits.
 */
export async function precompressSite(dir: string, { concurrency = Math.max(2, availableParallelism()) } = {}): Promise<PrecompressSummary> {
  const files = await compressibleFiles(dir);
  let bytes = 0;
  const br = { written: 0, bytes: 0 };
  const gz = { written: 0, bytes: 0 };
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++] as string;
      const data = await readFile(file);
      const [brotliCopy, gzipCopy] = await Promise.all([
        brotli(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
        gzipped(data, { level: GZIP_LEVEL }),
      ]);
      bytes += data.length;
      const brSize = await keepIfSmaller(`${file}.br`, brotliCopy, data.length);
      const gzSize = await keepIfSmaller(`${file}.gz`, gzipCopy, data.length);
      if (brSize !== null) br.written++;
      if (gzSize !== null) gz.written++;
      br.bytes += brSize ?? data.length;
      gz.bytes += gzSize ?? data.length;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return { files: files.length, bytes, brotli: br, gzip: gz };
}

/** One line for the build's log. */
export function describePrecompression(s: PrecompressSummary, seconds: number): string {
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  return `Precompressed ${s.files} files (${kb(s.bytes)}): ${s.brotli.written} .br (${kb(s.brotli.bytes)}), ${s.gzip.written} .gz (${kb(s.gzip.bytes)}), in ${seconds.toFixed(2)} s.`;
}
