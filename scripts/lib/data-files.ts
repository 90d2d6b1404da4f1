/**
 * Run by `scripts/build.ts` in a process of its own, beside Astro's build: reads and lints the
 * content, builds the register from it, and writes every modification's data files, with their
 * compressed copies, into a folder of their own (`src/integrations/data-files.ts` says why).
 *
 * Arguments: the content folder, the content folder as the build names it in messages, the
 * folder to write into (which must not exist yet), the output folder and its publish record
 * (files that come out as they were published take the published compressed copies).
 *
 * It tells its parent what it did, as one message (`DataFilesDone`). Content with
 * problems is Astro's to report, with every problem, so here it only makes the process fail.
 */
import { existsSync } from 'node:fs';
import { writeModificationDataFiles } from '../../src/integrations/data-files';
import { precompressSite } from '../../src/integrations/precompress';
import { buildRegister } from '../../src/register/build';
import { publicOrigin } from '../../src/site/origin';
import { lintContentFolder } from '../../src/validate/files';
import { readRecord } from './site-manifest';
import { crashIfAskedAt } from './test-hooks';

/** What the process tells its parent when it has written the files. */
export interface DataFilesDone {
  /** How many data files it wrote, of how many modifications. */
  readonly files: number;
  readonly modifications: number;
  /** The seconds it took to read the content, build the register and write them. */
  readonly seconds: number;
  /** What compressing them did, and in how many seconds. */
  readonly compression: Awaited<ReturnType<typeof precompressSite>>;
  readonly compressionSeconds: number;
}

const [contentDir, contentRoot, folder, out, recordFile] = process.argv.slice(2);
if (!contentDir || !contentRoot || !folder || !out || !recordFile) throw new Error('usage: data-files.ts CONTENT ROOT FOLDER OUT RECORD');
if (existsSync(folder)) throw new Error(`${folder} exists already: the build removes it before it starts this process`);

// A build that ends, however it ends, takes this process with it: what it writes would be for
// nobody. (Listening keeps the channel to the build open, so the process closes it when done.)
let finished = false;
process.on('disconnect', () => {
  if (!finished) process.exit(1);
});

const started = performance.now();
const { content, problems } = lintContentFolder(contentDir, contentRoot);
if (problems.length > 0) {
  console.error(`The content has ${problems.length} problem(s); Astro's build lists them.`);
  process.exit(1);
}
// The register is needed only to write the files: once they are written it can go, before compression.
const modifications = content.modifications.length;
const files = ((register) => writeModificationDataFiles(register, folder, publicOrigin(), () => crashIfAskedAt('data-files')))(buildRegister(content));
const written = performance.now();
const record = readRecord(recordFile);
const compression = await precompressSite(folder, { published: record && existsSync(out) ? { site: out, files: record.files } : null });
const done: DataFilesDone = { files, modifications, seconds: (written - started) / 1000, compression, compressionSeconds: (performance.now() - written) / 1000 };
finished = true;
process.send?.(done, () => process.disconnect());
