/**
 * Publishing a built site: the site is built in a staging folder beside the output folder,
 * then swapped in by two renames, each atomic. Between the two the output folder is briefly
 * absent, with the old site whole beside it; if the process dies there, the next build or
 * `npm run serve` puts the old site back before doing anything else. At no time is the output
 * folder a partial site: it is the whole old site, the whole new one, or absent.
 *
 * The helper folders, for an output folder `dist`:
 * - `.dist-staging`: the build being made, never published unless complete;
 * - `.dist-previous`: the old site, moved aside whole, until the new one is in;
 * - `.dist-discarded-<pid>-<time>`: an old site once the new one is in, being deleted. It is
 *   renamed there first so that a half-deleted old site is never mistaken for a whole one.
 *
 * The old site is deleted by a process of its own, in the background: the build is done once
 * the new site is in. On a disk that trims freed blocks as it goes (this project's build
 * machines mount theirs with `discard`), deleting the 40,000 files of a 3,000-modification site
 * took 20 seconds, a fifth of a build. A deleter first claims its folder by renaming it to
 * `…-deleting-<its pid>`, and a rename happens once, so two deleters never share a folder; a
 * folder whose deleter died is claimed again by the next build's recovery.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isAlive } from './build-lock';

/** An output folder and the helper folders beside it that publishing uses. */
export interface SiteFolders {
  readonly out: string;
  readonly staging: string;
  /** Where the build writes each modification's data files beside Astro, before they join the staging folder. */
  readonly data: string;
  readonly previous: string;
  readonly discarded: string;
}

/**
 * The helper folders of an output folder. They live beside it so that every rename stays on
 * one file system, where a rename is atomic.
 */
export function siteFolders(out: string): SiteFolders {
  const beside = (role: string) => join(dirname(out), `.${basename(out)}-${role}`);
  return { out, staging: beside('staging'), data: beside('data'), previous: beside('previous'), discarded: beside('discarded') };
}

/** The old sites beside an output folder that are discarded and not yet wholly deleted. */
export function discardedSites(folders: SiteFolders): string[] {
  const prefix = basename(folders.discarded);
  const parent = dirname(folders.discarded);
  if (!existsSync(parent)) return [];
  return readdirSync(parent)
    .filter((name) => name === prefix || name.startsWith(`${prefix}-`))
    .map((name) => join(parent, name));
}

/**
 * The deleter, run as `node -e DELETER <folder>`: it claims the folder by renaming it (only one
 * claim of a folder succeeds), then deletes it.
 */
const DELETER = `
const { renameSync, rmSync } = require('node:fs');
const folder = process.argv[1];
const claimed = folder.replace(/-deleting-\\d+$/, '') + '-deleting-' + process.pid;
try { renameSync(folder, claimed); } catch { process.exit(0); }
rmSync(claimed, { recursive: true, force: true, maxRetries: 3 });
`;

/** Starts a process that deletes `folder` and goes on without waiting for it. */
function deleteInBackground(folder: string): void {
  const child = spawn(process.execPath, ['-e', DELETER, folder], { detached: true, stdio: 'ignore' });
  child.unref();
}

/** The named points of a publish, in order; the crash tests stop the build at each. */
export const PUBLISH_STEPS = ['staged', 'moved-aside', 'moved-in', 'before-cleanup'] as const;

/** A named point of a publish. */
export type PublishStep = (typeof PUBLISH_STEPS)[number];

/**
 * Puts the output folder right after a publish or build that was interrupted, and says what
 * it did (nothing: an empty list). The caller must hold the build lock: a running build's
 * helper folders are not leftovers.
 *
 * - The old site moved aside with no new one in its place: the old site is put back.
 * - The old site moved aside and the new one in place: the new one is whole (it arrived by a
 *   single rename), so only the old one is deleted.
 * - A staging folder or a discarded site: deleted.
 */
export function recoverInterruptedPublish(folders: SiteFolders): string[] {
  const done: string[] = [];
  const name = basename(folders.out);
  if (existsSync(folders.previous)) {
    if (existsSync(folders.out)) {
      discard(folders.previous, folders);
      done.push(`removed the old site that an interrupted publish left beside ${name}/`);
    } else {
      renameSync(folders.previous, folders.out);
      done.push(`restored the site that an interrupted publish left moved aside into ${name}/`);
    }
  }
  for (const unfinished of [folders.staging, folders.data]) {
    if (!existsSync(unfinished)) continue;
    rmSync(unfinished, { recursive: true, force: true });
    done.push(`removed an unfinished build from ${basename(unfinished)}/`);
  }
  for (const folder of discardedSites(folders)) {
    // A folder a running deleter has claimed is left to it.
    const deleter = Number(/-deleting-(\d+)$/.exec(folder)?.[1]);
    if (deleter && isAlive(deleter)) continue;
    deleteInBackground(folder);
    done.push(`deleting a half-deleted old site, ${basename(folder)}/, in the background`);
  }
  return done;
}

/** Deletes a folder in the background, after renaming it so that it is never taken for a site. */
function discard(dir: string, folders: SiteFolders): void {
  const discarded = `${folders.discarded}-${process.pid}-${Date.now().toString(36)}`;
  renameSync(dir, discarded);
  deleteInBackground(discarded);
}

/** What `publishSite` calls along the way. */
export interface PublishHooks {
  /** Called at each named step; the crash tests end the process here. */
  readonly reached?: (step: PublishStep) => void;
  /** Called once the new site is in place, before the old one is deleted. */
  readonly published?: () => void;
}

/**
 * Swaps the complete site in the staging folder in for the output folder, then deletes the
 * old site. The caller must hold the build lock and have run `recoverInterruptedPublish`.
 */
export function publishSite(folders: SiteFolders, hooks: PublishHooks = {}): void {
  const reached = hooks.reached ?? (() => {});
  reached('staged');
  const hadOldSite = existsSync(folders.out);
  if (hadOldSite) renameSync(folders.out, folders.previous);
  reached('moved-aside');
  try {
    renameSync(folders.staging, folders.out);
  } catch (error) {
    if (hadOldSite) renameSync(folders.previous, folders.out);
    throw error;
  }
  reached('moved-in');
  hooks.published?.();
  reached('before-cleanup');
  if (hadOldSite) discard(folders.previous, folders);
}

/**
 * Files of Astro's own that are not part of the site: its `.astro/` folder's generated types,
 * content modules and collection schemas, its data store, and the scratch folder it renders
 * pages from. Astro 7.3 keeps these in the project's `.astro/` folder and the cache folder,
 * and deletes `.prerender/` itself, but where the output folder lies outside the project some
 * versions have written them into it; none of them may be published.
 */
const ASTRO_FILES = new Set(['.prerender', 'content-assets.mjs', 'content-modules.mjs', 'content.d.ts', 'types.d.ts', 'data-store.json']);

/** Removes Astro's own files from a built site before it is published, and names them. */
export function removeAstroFiles(dir: string): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    const schemasOnly = name === 'collections' && statSync(join(dir, name)).isDirectory() && readdirSync(join(dir, name)).every((f) => f.endsWith('.schema.json'));
    if (ASTRO_FILES.has(name) || schemasOnly) {
      rmSync(join(dir, name), { recursive: true, force: true });
      removed.push(name);
    }
  }
  return removed;
}
