/**
 * `npm run build`: builds the site with Astro into a staging folder, while a process beside it
 * writes each modification's data files (`src/integrations/data-files.ts`), then its search index
 * (`src/integrations/pagefind.ts`, begun while Astro renders), a Brotli and a gzip copy beside each text file
 * (`src/integrations/precompress.ts`) and the host files (`src/integrations/deploy/`), and only
 * when the whole build succeeds swaps it in for `dist/`. A failed build, such as one stopped by bad
 * content, leaves the last good `dist/` exactly as it was.
 *
 * When nothing that goes into the site has changed since the last successful build (content,
 * code, configuration, dependencies and the settings below) and `dist/` is still exactly what
 * that build published, there is nothing to build: the build says so and stops. `--force`
 * builds regardless.
 *
 * Safety, in order: the output folder is checked first (never the project, a folder holding
 * it, or one of its own folders; see `lib/output-folder.ts`); then the build waits for any
 * other build of the project to finish (`lib/build-lock.ts`); then it repairs what an
 * interrupted publish left (`lib/publish.ts`) before it does anything else.
 *
 * Environment: `REGISTER_OUT_DIR` (default `dist`), `REGISTER_CONTENT_DIR` (default
 * `content`), `REGISTER_CACHE_DIR`, `REGISTER_SITE`, and anything Astro reads. Relative paths
 * are taken from the current folder. The test hooks are described in `lib/test-hooks.ts`.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { acquireBuildLock, lockPath } from './lib/build-lock';
import { ended, startHelper, type Helper } from './lib/child';
import type { DataFilesDone } from './lib/data-files';
import type { PrecompressDone } from './lib/precompress-site';
import { foreignFolderRefusal, isWithin, refusalFor } from './lib/output-folder';
import { DATA_FILES_VARIABLE, mergeInto, RENDERING_STARTS, WRITTEN_BY_BUILD } from '../src/integrations/data-files';
import { describeDeployFiles, writeDeployFiles } from '../src/integrations/deploy';
import { describeIndex, startIndexing, type SiteIndexing } from '../src/integrations/pagefind';
import { describePrecompression, precompressSite, redirectPagesOf } from '../src/integrations/precompress';
import { publicOrigin } from '../src/site/origin';
import { publishSite, recoverInterruptedPublish, removeAstroFiles, siteFolders } from './lib/publish';
import { publishedSite, readRecord, recordPath, siteDifference, siteManifest, writeRecord } from './lib/site-manifest';
import { crashIfAskedAt, fakeBuildLabel, writeFakeSite } from './lib/test-hooks';

const project = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const force = args.includes('--force');
const astroArgs = args.filter((a) => a !== '--force');

const out = resolve(process.env.REGISTER_OUT_DIR ?? join(project, 'dist'));
const contentDir = resolve(process.env.REGISTER_CONTENT_DIR ?? join(project, 'content'));
const cacheDir = resolve(process.env.REGISTER_CACHE_DIR ?? join(project, 'node_modules/.astro'));
const shownOut = relative(process.cwd(), out).startsWith('..') ? out : relative(process.cwd(), out) || '.';
const fakeLabel = fakeBuildLabel();

const refusal = refusalFor(out, { project, content: contentDir });
if (refusal) {
  console.error(refusal);
  process.exit(2);
}

const shownLock = relative(process.cwd(), lockPath(project)) || lockPath(project);
await acquireBuildLock(project, (pid) => {
  console.log(`Another build of this project is running: waiting for the build started by pid ${pid ?? '(not yet known)'} to finish (its lock: ${shownLock}).`);
});

const folders = siteFolders(out);
for (const repair of recoverInterruptedPublish(folders)) console.log(`An earlier build was interrupted: ${repair}.`);

const recordFile = recordPath(cacheDir, out);
const record = readRecord(recordFile);
const foreign = foreignFolderRefusal(out, record !== null);
if (foreign) {
  console.error(foreign);
  process.exit(2);
}

/**
 * A digest of everything the site is built from. Files are hashed by path and content, in a
 * fixed order, so the digest changes exactly when an input does.
 */
function inputsDigest(): string {
  const hash = createHash('sha1');
  const add = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.startsWith('.')) add(join(path, name));
    } else {
      hash.update(relative(project, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  add(contentDir);
  for (const path of ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build.ts', 'scripts/lib']) {
    add(join(project, path));
  }
  hash.update(JSON.stringify([process.env.REGISTER_SITE ?? '', contentDir, astroArgs, process.version, fakeLabel ?? '']));
  return hash.digest('hex');
}

/** A path as Astro, run from the project folder, should be given it. */
function fromProject(path: string): string {
  return isWithin(path, project) ? relative(project, path) || '.' : path;
}

const digest = inputsDigest();
if (!force && record?.digest === digest) {
  const difference = siteDifference(out, record.files);
  if (difference === null) {
    console.log(`Nothing has changed since the last build: ${shownOut}/ is up to date. (--force builds anyway.)`);
    process.exit(0);
  }
  console.log(`Nothing that goes into the site has changed, but ${shownOut}/ is not as it was published (${difference}): building it again.`);
}

mkdirSync(dirname(out), { recursive: true });

/** Removes what this build wrote and stops with `status`, leaving the published site as it was. */
function fail(status: number, message = ''): never {
  rmSync(folders.staging, { recursive: true, force: true });
  rmSync(folders.data, { recursive: true, force: true });
  console.error(`${message}\nBuild failed; ${existsSync(out) ? `the previous ${basename(out)}/ is untouched` : `no ${basename(out)}/ was written`}.`);
  process.exit(status || 1);
}

/**
 * Each modification's data files, written by a process of its own while Astro renders
 * (`src/integrations/data-files.ts` says why), with a young generation kept small: it runs
 * beside Astro, and the smaller heap (a third less memory, measured) costs it time it has.
 * Its output is shown only when it fails where Astro did not: a content problem is Astro's to
 * report, once.
 */
function startDataFiles(): Helper<DataFilesDone> {
  rmSync(folders.data, { recursive: true, force: true });
  return startHelper<DataFilesDone>(join(project, 'scripts/lib/data-files.ts'), [contentDir, fromProject(contentDir), folders.data], {
    cwd: project,
    execArgv: ['--max-semi-space-size=2'],
  });
}

let status = 0;
// Set when Astro says rendering starts (a callback, which TypeScript's narrowing does not see).
let dataFiles = null as Helper<DataFilesDone> | null;
// The search index, started while Astro renders once the data files are written.
let indexing = null as SiteIndexing | null;
let endOfAstro = () => {};
/** Settles when Astro's process has ended: the pages it wrote are whole from then on. */
const rendered = new Promise<void>((done) => (endOfAstro = done));
if (fakeLabel !== undefined) {
  writeFakeSite(folders.staging, fakeLabel);
} else {
  // Astro starts by reading the data store the last build left in its cache, and keeps that
  // copy while it syncs a new one beside it. The register's loader replaces every collection
  // whole on each sync, so the old copy is of no use; at 3,000 modifications it held about
  // 300 MB at the build's peak (a rebuild peaked at 1.65 GB with it, 1.42 GB without; measured
  // by sampling every process's memory). The pages read the store this build writes.
  rmSync(join(cacheDir, 'data-store.json'), { force: true });
  const astro = join(project, 'node_modules/astro/bin/astro.mjs');
  const astroProcess = spawn(process.execPath, [astro, 'build', '--outDir', folders.staging, ...astroArgs], {
    cwd: project,
    // The channel is for one message: rendering starts (`renderingSignal`).
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      // Astro reads these itself, from the project folder. Inside the project they stay relative,
      // because the content checks print the content folder as given.
      REGISTER_CONTENT_DIR: fromProject(contentDir),
      REGISTER_CACHE_DIR: fromProject(cacheDir),
      [DATA_FILES_VARIABLE]: WRITTEN_BY_BUILD,
      // A larger young generation: rendering thousands of pages makes many short-lived strings,
      // and the default spent seconds collecting them (measured with --cpu-prof at 3,000).
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-semi-space-size=32`.trim(),
      // glibc gives each thread its own malloc arena and keeps freed memory in them; with Node's
      // worker threads that held hundreds of megabytes the build no longer used (measured at 3,000).
      MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
    },
  });
  astroProcess.on('message', (message) => {
    if (message !== RENDERING_STARTS) return;
    dataFiles ??= startDataFiles();
    // Once the writer is done, its core is free while Astro renders: the search index starts on
    // the modifications' pages (`startIndexing` in src/integrations/pagefind.ts says why). Not
    // before: the writer's memory and Pagefind's would add up beside Astro's. Should the writer
    // end after Astro, this starts the index just as the build would once Astro is done.
    void dataFiles.done.then(({ status: written, result }) => {
      if (written === 0 && result && indexing === null) indexing = startIndexing(folders.staging, result.pages, rendered);
    });
  });
  status = await ended(astroProcess);
}
endOfAstro();

if (status !== 0 || !existsSync(join(folders.staging, 'index.html'))) {
  dataFiles?.stop();
  await dataFiles?.done;
  await indexing?.abort();
  fail(status);
}

if (fakeLabel === undefined) {
  // Should Astro not have said when it started rendering, the files are written now, and the
  // build says so: the same site, but the time saved is lost.
  const besideAstro = dataFiles !== null;
  const { status: written, result, output } = await (dataFiles ??= startDataFiles()).done;
  if (written !== 0 || !result) {
    await indexing?.abort();
    fail(written, `Writing each modification's data files failed:\n${output.trim()}`);
  }
  try {
    mergeInto(folders.data, folders.staging);
  } catch (error) {
    await indexing?.abort();
    fail(1, `Could not put each modification's data files into the site: ${error instanceof Error ? error.message : String(error)}`);
  }
  rmSync(folders.data, { recursive: true, force: true });
  const when = besideAstro ? 'while Astro rendered' : 'after Astro, which did not say when it started rendering';
  console.log(`Wrote the ${result.files} data files of ${result.modifications} modifications (JSON, feed, calendar) ${when}, in ${result.seconds.toFixed(2)} s.`);
  indexing ??= startIndexing(folders.staging, result.pages, rendered);
}

const leftOut = removeAstroFiles(folders.staging);
if (leftOut.length > 0) console.log(`Left Astro's own files out of the site: ${leftOut.join(', ')}.`);

/**
 * What needs the whole built site, once Astro's process has ended (so that its memory and
 * Pagefind's never add up): the rest of the search index (begun while Astro rendered, fed by this
 * process) and the index's files, beside the compressed copies
 * of every page and data file (for servers that send them as they are), made by a process of its
 * own (`lib/precompress-site.ts`); then the host files (`_headers`, `_nginx.conf`), which name
 * Pagefind's files; then the copies of what came last. Pages built again unchanged take their
 * copies from the published site. A failure here fails the build like any other, and the
 * published site stays as it was.
 */
async function finishSite(site: string): Promise<void> {
  const compression = startHelper<PrecompressDone>(join(project, 'scripts/lib/precompress-site.ts'), [site, out, recordFile], { cwd: project });
  const redirectPages = redirectPagesOf(site);
  try {
    const indexed = indexing ? await indexing.finish({ skip: redirectPages }) : null;
    if (indexed) console.log(describeIndex(indexed));
  } catch (error) {
    compression.stop();
    await compression.done;
    throw error;
  }
  const { status: compressed, result, output } = await compression.done;
  if (compressed !== 0 || !result) throw new Error(`Compressing the site failed:\n${output.trim()}`);
  console.log(describePrecompression(result.summary, result.seconds));
  if (fakeLabel === undefined) console.log(describeDeployFiles(writeDeployFiles(site, publicOrigin() === null)));
  const rest = performance.now();
  const lastPass = await precompressSite(site, { skip: redirectPages, keepExisting: true, published: publishedSite(out, record) });
  console.log(describePrecompression(lastPass, (performance.now() - rest) / 1000));
}

try {
  await finishSite(folders.staging);
} catch (error) {
  fail(1, error instanceof Error ? error.message : String(error));
}
const files = siteManifest(folders.staging);
publishSite(folders, {
  reached: crashIfAskedAt,
  published: () => writeRecord(recordFile, { digest, files }),
});
console.log(`Built ${out}`);
