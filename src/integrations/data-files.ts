/**
 * Each modification's data files (its JSON API file, Atom feed and calendar; see
 * `src/render/data-files.ts`), written by the build itself rather than by Astro's endpoints.
 *
 * Why: they are three files for every modification, three quarters of the routes Astro would
 * render, and none of them is a page. Astro renders one route at a time on one core, and spends
 * about a millisecond on each route beyond the work of making its text. At 3,000 modifications
 * Astro took 15 s of its 29 s of rendering on these 9,000 files; the same files made by plain
 * code from the same register take 3.3 s, and that on the second core, while Astro renders the
 * pages (measured on the benchmark's content: the files are byte for byte the same). The build
 * wrapper (`scripts/build.ts`) runs `scripts/lib/data-files.ts` in a process of its own beside
 * Astro, which writes them into a folder beside the staging folder, and moves them into the
 * built site once Astro is done (`mergeInto`), where they are compressed with the rest.
 *
 * Astro is told to leave them out by the environment variable below; without it (`astro dev`,
 * or `astro build` run by hand), Astro's endpoints make the same files from the same table.
 *
 * The writer starts when Astro starts rendering (`renderingSignal`), not with Astro: until then
 * Astro's content sync and bundler use both cores and hold the most memory Astro holds in the
 * whole build (about 1.1 GB at 3,000 modifications), and the writer's 300 MB beside it would
 * take the build towards 1.5 GB. While Astro renders, one page at a time, a core is free.
 */
import type { AstroIntegration } from 'astro';
import { lstatSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Register } from '../register/types';
import { modificationDataFiles } from '../render/data-files';

/** The environment variable by which the build tells Astro that it writes the data files itself. */
export const DATA_FILES_VARIABLE = 'REGISTER_MODIFICATION_DATA_FILES';

/** The value of `DATA_FILES_VARIABLE` that means "the build writes them: render none". */
export const WRITTEN_BY_BUILD = 'written-by-build';

/** Whether Astro should leave each modification's data files to the build. */
export function dataFilesWrittenByBuild(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env[DATA_FILES_VARIABLE] === WRITTEN_BY_BUILD;
}

/** One segment of a site address that may become a file or folder name. */
const SAFE_SEGMENT = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * The file a site address is written to, inside `folder`. Addresses come from validated ids,
 * but each is checked again here, since it becomes a path: lower-case letters, digits, dots,
 * dashes and underscores only, no empty, `.` or `..` segment, and never outside `folder`.
 */
export function fileFor(folder: string, address: string): string {
  const segments = address.replace(/^\//, '').split('/');
  for (const segment of segments) {
    if (!SAFE_SEGMENT.test(segment) || segment.includes('..')) throw new Error(`refusing to write the data file ${JSON.stringify(address)}: ${JSON.stringify(segment)} is not a safe file name`);
  }
  const file = resolve(folder, ...segments);
  if (!file.startsWith(`${resolve(folder)}${sep}`)) throw new Error(`refusing to write the data file ${JSON.stringify(address)} outside ${folder}`);
  return file;
}

/**
 * Writes every modification's data files into `folder`, never over a file that is there; says
 * how many it wrote. `halfWay` is called once half the modifications are written (the build's
 * crash test ends the process there).
 */
export function writeModificationDataFiles(register: Register, folder: string, origin: string | null, halfWay?: () => void): number {
  let written = 0;
  const made = new Set<string>();
  const half = Math.floor(register.modifications.length / 2);
  for (const [index, modification] of register.modifications.entries()) {
    if (index === half) halfWay?.();
    for (const kind of Object.values(modificationDataFiles)) {
      const file = fileFor(folder, kind.address(modification.id));
      const at = dirname(file);
      if (!made.has(at)) {
        mkdirSync(at, { recursive: true });
        made.add(at);
      }
      writeFileSync(file, kind.text(register, modification.id, origin), { flag: 'wx' });
      written++;
    }
  }
  return written;
}

/**
 * Moves everything under `from` into `into`, keeping its place: a folder `into` lacks moves in
 * one rename, one it has already is merged file by file. A file that `into` has already is an
 * error (two makers of one address), and so is anything but a file or a folder. Says how many
 * renames it took.
 */
export function mergeInto(from: string, into: string): number {
  let renames = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const source = join(dir, entry.name);
      const target = join(into, relative(from, source));
      const there = lstatSync(target, { throwIfNoEntry: false });
      if (entry.isDirectory() && there?.isDirectory()) {
        walk(source);
        continue;
      }
      if (!entry.isDirectory() && !entry.isFile()) throw new Error(`${source} is neither a file nor a folder`);
      if (there) throw new Error(`both Astro and the data file writer made ${relative(into, target)}`);
      renameSync(source, target);
      renames++;
    }
  };
  walk(from);
  return renames;
}

/** The message Astro's process sends the build when it starts rendering the pages. */
export const RENDERING_STARTS = 'sec-register:rendering-starts';

/**
 * Tells the build, over the channel it gave Astro's process, that rendering starts: right after
 * Astro's bundles are built (Vite's last `buildApp` step but Astro's own, which renders the pages).
 * Only in a build that writes the data files itself.
 */
export function renderingSignal(): AstroIntegration {
  return {
    name: 'sec-register:rendering-signal',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build' || !dataFilesWrittenByBuild() || !process.send) return;
        // Once said, the channel is closed, so that it never keeps Astro's process alive.
        const tellBuild = () =>
          new Promise<void>((done) => {
            process.send?.(RENDERING_STARTS, () => {
              if (process.connected) process.disconnect();
              done();
            });
          });
        updateConfig({ vite: { plugins: [{ name: 'sec-register:rendering-starts', buildApp: { order: 'post', handler: tellBuild } }] } });
      },
    },
  };
}
