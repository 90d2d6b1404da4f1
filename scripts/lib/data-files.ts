/**
 * Run by `scripts/build.ts` in a process of its own while Astro renders the pages: reads and
 * lints the content, builds the register from it, and writes every modification's data files
 * into a folder of their own (`src/integrations/data-files.ts` says why). They are compressed
 * with the rest of the site afterwards.
 *
 * Arguments: the content folder, the content folder as the build names it in messages, and the
 * folder to write into, which must not exist yet. It reports what it did (`DataFilesDone`).
 * Content with problems is Astro's to report, with every problem, so here it only fails.
 */
import { existsSync } from 'node:fs';
import { writeModificationDataFiles } from '../../src/integrations/data-files';
import { buildRegister } from '../../src/register/build';
import { urls } from '../../src/render/urls';
import { publicOrigin } from '../../src/site/origin';
import { lintContentFolder } from '../../src/validate/files';
import { helperSide } from './child';
import { crashIfAskedAt } from './test-hooks';

/** What the process reports when it has written the files. */
export interface DataFilesDone {
  /** How many data files it wrote, of how many modifications. */
  readonly files: number;
  readonly modifications: number;
  /** The seconds it took to read the content, build the register and write them. */
  readonly seconds: number;
  /** Every modification's page address, in address order: the search index takes these first. */
  readonly pages: readonly string[];
}

const { report } = helperSide<DataFilesDone>();
const [contentDir, contentRoot, folder] = process.argv.slice(2);
if (!contentDir || !contentRoot || !folder) throw new Error('usage: data-files.ts CONTENT ROOT FOLDER');
if (existsSync(folder)) throw new Error(`${folder} exists already: the build removes it before it starts this process`);

const started = performance.now();
const { content, problems } = lintContentFolder(contentDir, contentRoot);
if (problems.length > 0) {
  console.error(`The content has ${problems.length} problem(s); Astro's build lists them.`);
  process.exit(1);
}
const register = buildRegister(content);
const files = writeModificationDataFiles(register, folder, publicOrigin(), () => crashIfAskedAt('data-files'));
const pages = register.modifications.map((modification) => urls.modification(modification.id)).sort();
report({ files, modifications: content.modifications.length, seconds: (performance.now() - started) / 1000, pages });
