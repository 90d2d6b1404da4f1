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
 * smaller than the file, since a server would send whichever it finds. Redirect pages get none
 * (`redirectPagesOf` says why).
 *
 * Why precompression rather than compressing on the fly: the site is static, so each file is
 * compressed once at build time instead of on every request, at a level too slow for on-the-fly
 * use, and the server needs no compression CPU. The files are only ever written beside the file
 * they copy, inside the folder given; symbolic links are neither followed nor compressed.
 */
import { copyFileSync, existsSync, linkSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync, type BrotliOptions } from 'node:zlib';

import { redirectFolder } from './redirects';

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

/**
 * gzip's level. Measured on 56 MB of the benchmark's pages and data files at 3,000 modifications:
 * level 9 took 1.24 s and made copies of 9.44% of the text; level 6, 0.42 s and 9.70%. Only
 * clients without Brotli get the gzip copy, so the third of the compression time is worth more
 * than 3% of their bytes.
 */
export const GZIP_LEVEL = 6;

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
  /** Given a published site: the files whose copies were taken from it rather than made. */
  readonly reused?: number;
}

/** Whether a file name is one whose contents get compressed copies. */
export function isCompressible(name: string): boolean {
  return (COMPRESSIBLE as readonly string[]).includes(extname(name).toLowerCase());
}

/** Every regular file under a folder whose type is compressible; links are not followed. */
function compressibleFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && isCompressible(entry.name)) found.push(full);
    }
  };
  walk(dir);
  return found.sort();
}

/** Writes `copy` at `path` when it is smaller than the original; otherwise makes sure no stale copy is left. */
function keepIfSmaller(path: string, copy: Buffer, original: number): number | null {
  if (copy.length < original) {
    writeFileSync(path, copy);
    return copy.length;
  }
  rmSync(path, { force: true });
  return null;
}

function brotliOptions(data: Uint8Array): BrotliOptions {
  return {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  };
}

/** A text is small, for `compressBoth`, up to this many bytes. */
const SMALL = 16 * 1024;

/**
 * A text's two compressed copies. A small text is compressed at once on this thread: handing it
 * to the thread pool cost more than compressing it. A large one goes to the pool in one piece
 * (`chunkSize`), not in zlib's default 16 KB steps, each a round trip between threads: at 3,000
 * modifications the default made compression three times slower than the work itself.
 */
async function compressBoth(data: Buffer): Promise<{ br: Buffer; gz: Buffer }> {
  if (data.length <= SMALL) return { br: brotliCompressSync(data, brotliOptions(data)), gz: gzipSync(data, { level: GZIP_LEVEL }) };
  const chunkSize = data.length + 1024;
  const [br, gz] = await Promise.all([brotli(data, { ...brotliOptions(data), chunkSize }), gzipped(data, { level: GZIP_LEVEL, chunkSize })]);
  return { br, gz };
}

/** Whether a file has both copies beside it already. */
function hasCopies(file: string): boolean {
  return [`${file}.br`, `${file}.gz`].every((copy) => statSync(copy, { throwIfNoEntry: false })?.isFile() === true);
}

/**
 * The copies of the site last published into an output folder, as its publish record lists
 * them: each file's site path (with `/`), size and modification time. A file built again with
 * the same bytes as its published self takes the published copies (`reusePublished`).
 */
export interface PublishedSite {
  /** The published site's folder. */
  readonly site: string;
  /** Every published file: `[path, size, modified]`. */
  readonly files: readonly (readonly [string, number, number])[];
}

/** A published site's files by path, with their size and modification time as recorded. */
function publishedIndex(published: PublishedSite): ReadonlyMap<string, readonly [number, number]> {
  return new Map(published.files.map(([path, size, modified]) => [path, [size, modified] as const]));
}

/** Whether a published file is still as its record says (same size, same modification time). */
function asRecorded(path: string, recorded: readonly [number, number] | undefined): boolean {
  if (!recorded) return false;
  const now = statSync(path, { throwIfNoEntry: false });
  return now !== undefined && now.isFile() && now.size === recorded[0] && now.mtimeMs === recorded[1];
}

/** Puts a published copy in place: a hard link (no bytes written), or a copy where linking fails. */
function place(from: string, to: string): void {
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * Takes a file's copies from the published site when the file's bytes are exactly its published
 * self's, and the published file and both its copies are as the publish record lists them (so
 * nothing changed them since). Says the copies' sizes, or `null` when they must be made afresh.
 */
function reusePublished(index: ReadonlyMap<string, readonly [number, number]>, siteDir: string, path: string, file: string, data: Buffer): { br: number; gz: number } | null {
  const own = index.get(path);
  const br = index.get(`${path}.br`);
  const gz = index.get(`${path}.gz`);
  if (!own || !br || !gz || own[0] !== data.length) return null;
  const published = join(siteDir, ...path.split('/'));
  if (!asRecorded(published, own) || !asRecorded(`${published}.br`, br) || !asRecorded(`${published}.gz`, gz)) return null;
  if (!readFileSync(published).equals(data)) return null;
  place(`${published}.br`, `${file}.br`);
  place(`${published}.gz`, `${file}.gz`);
  return { br: br[0], gz: gz[0] };
}

/** What `precompressSite` leaves alone. */
export interface PrecompressOptions {
  /** How many files are compressed at a time. */
  readonly concurrency?: number;
  /** Files that get no copies (absolute paths), such as the redirect pages. */
  readonly skip?: ReadonlySet<string>;
  /** Folders (absolute paths) whose files are left for a later pass. */
  readonly skipFolders?: readonly string[];
  /**
   * Leave a file that has both copies already (an earlier pass of the same build made them).
   * Only for a freshly built folder, where no copy can be left from another build.
   */
  readonly keepExisting?: boolean;
  /** The site last published where this one will be: unchanged files take its copies. */
  readonly published?: PublishedSite | null;
}

/**
 * Writes `name.br` and `name.gz` beside every compressible file under `dir`, but those the
 * options leave alone. Large files are compressed on Node's thread pool, a few at a time, so
 * that both cores work while the build waits.
 *
 * Files are read, written and checked with synchronous calls. Each asynchronous file operation
 * is a round trip through that same thread pool: for the 9,819 files of the benchmark at 3,000
 * modifications (about 60,000 operations), strace counted 711,697 futex calls, and the process
 * spent 8.2 s in the kernel beside 11.1 s of work.
 */
export async function precompressSite(dir: string, options: PrecompressOptions = {}): Promise<PrecompressSummary> {
  const { concurrency = Math.max(2, availableParallelism()), skip = new Set<string>(), skipFolders = [], keepExisting = false, published = null } = options;
  const index = published ? publishedIndex(published) : null;
  const inSkippedFolder = (f: string) => skipFolders.some((folder) => f.startsWith(`${folder}${sep}`));
  const candidates = compressibleFiles(dir).filter((f) => !skip.has(f) && !inSkippedFolder(f));
  const files = keepExisting ? candidates.filter((f) => !hasCopies(f)) : candidates;
  let reused = 0;
  let bytes = 0;
  const br = { written: 0, bytes: 0 };
  const gz = { written: 0, bytes: 0 };
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++] as string;
      const data = readFileSync(file);
      bytes += data.length;
      const taken = index && published ? reusePublished(index, published.site, relative(dir, file).split(sep).join('/'), file, data) : null;
      if (taken) {
        reused++;
        br.written++;
        gz.written++;
        br.bytes += taken.br;
        gz.bytes += taken.gz;
        continue;
      }
      const copies = await compressBoth(data);
      const brSize = keepIfSmaller(`${file}.br`, copies.br, data.length);
      const gzSize = keepIfSmaller(`${file}.gz`, copies.gz, data.length);
      if (brSize !== null) br.written++;
      if (gzSize !== null) gz.written++;
      br.bytes += brSize ?? data.length;
      gz.bytes += gzSize ?? data.length;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return { files: files.length, bytes, brotli: br, gzip: gz, ...(index ? { reused } : {}) };
}

/**
 * The redirect pages of a built site (the pages `/redirects.json` lists), which get no
 * compressed copies. Every server configuration the build writes answers their addresses with
 * a redirect before any file is read (`_redirects`, and nginx's `_nginx.conf`); the pages are
 * for a host that reads neither, and such a host cannot send precompressed files either. Each
 * is under a kilobyte, one network packet compressed or not, and at 3,000 modifications there
 * are ten thousand of them: compressing them was half the files precompression wrote.
 */
export function redirectPagesOf(site: string): Set<string> {
  const list = join(site, 'redirects.json');
  if (!existsSync(list)) return new Set();
  const redirects = JSON.parse(readFileSync(list, 'utf8')) as { from: string }[];
  return new Set(redirects.map((r) => join(redirectFolder(site, r.from), 'index.html')));
}

/** One line for the build's log. */
export function describePrecompression(s: PrecompressSummary, seconds: number): string {
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const reused = s.reused === undefined ? '' : ` (${s.reused} unchanged since the last build, their copies taken from it)`;
  return `Precompressed ${s.files} files (${kb(s.bytes)}): ${s.brotli.written} .br (${kb(s.brotli.bytes)}), ${s.gzip.written} .gz (${kb(s.gzip.bytes)}), in ${seconds.toFixed(2)} s${reused}.`;
}
