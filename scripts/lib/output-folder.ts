/**
 * Which folders the build may publish into. Publishing replaces the output folder whole (the
 * old one is moved aside and deleted), so a wrong `REGISTER_OUT_DIR` such as `.` would delete
 * the project. The build asks this module first and refuses, touching nothing, when the
 * output folder is the project, holds it, or lies inside one of the project's own folders.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';

/** The project's folders that no build may publish into, nor replace. */
const PROJECT_FOLDERS = ['content', 'src', 'public', 'node_modules', '.git'] as const;

/**
 * The real path of a path that may not exist yet: the real path of its nearest existing
 * ancestor, with the rest appended. Symbolic links in the existing part are resolved, so a
 * link to the project is seen as the project.
 */
export function realPathOf(path: string): string {
  const missing: string[] = [];
  let at = resolve(path);
  for (;;) {
    try {
      return join(realpathSync.native(at), ...missing.reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
    }
    const parent = dirname(at);
    if (parent === at) return join(at, ...missing.reverse());
    missing.push(basename(at));
    at = parent;
  }
}

/** A path's segments: `/a/b` is `['a', 'b']`. */
function segments(path: string): string[] {
  return path.split(sep).filter((s) => s !== '');
}

/**
 * Whether `inner` is `outer` or lies inside it, compared segment by segment so that
 * `content-preview` is not taken for a part of `content`.
 */
export function isWithin(inner: string, outer: string): boolean {
  const a = segments(inner);
  const b = segments(outer);
  return b.length <= a.length && b.every((s, i) => a[i] === s);
}

/** The folders the output folder is checked against. */
export interface ProtectedFolders {
  /** The project's root folder. */
  readonly project: string;
  /** The content folder the build reads, which may lie outside the project. */
  readonly content: string;
}

/** A path as given (resolved) and as it really is, with symbolic links followed. */
function bothForms(path: string): string[] {
  return [...new Set([resolve(path), realPathOf(path)])];
}

/**
 * Why the build must not publish into `out`, as one line, or `null` when it may. Paths are
 * compared both as given and with symbolic links followed, so neither a link to the project
 * nor a project folder that is itself a link (such as a shared `node_modules/`) gets through.
 */
export function refusalFor(out: string, folders: ProtectedFolders): string | null {
  const targets = bothForms(out);
  const target = realPathOf(out);
  const shown = `${out}${resolve(out) === target ? '' : ` (${target})`}`;
  const refuse = (why: string) => `Refusing to publish the site into ${shown}: ${why}. Set REGISTER_OUT_DIR to a folder of its own, such as dist.`;
  const inside = (folder: string) => targets.some((t) => bothForms(folder).some((f) => isWithin(t, f)));
  const holds = (folder: string) => targets.some((t) => bothForms(folder).some((f) => isWithin(f, t)));

  if (inside(folders.project) && holds(folders.project)) return refuse('it is the project folder, and publishing replaces the output folder whole');
  if (holds(folders.project)) return refuse(`it contains the project folder ${folders.project}, and publishing replaces the output folder whole`);
  for (const name of PROJECT_FOLDERS) {
    if (inside(join(folders.project, name))) return refuse(`it is the project's ${name}/ folder or inside it`);
  }
  if (inside(folders.content)) return refuse(`it is inside the content folder ${folders.content}`);
  if (holds(folders.content)) return refuse(`it contains the content folder ${folders.content}`);
  if (existsSync(target) && !statSync(target).isDirectory()) return refuse('it is not a folder');
  return null;
}

/**
 * Why an existing output folder must not be replaced, or `null`: a folder with files in it
 * that is not a built site (it has no `index.html`) and that the build did not publish is
 * someone's files, not an old site.
 */
export function foreignFolderRefusal(out: string, publishedHere: boolean): string | null {
  if (publishedHere || !existsSync(out)) return null;
  if (existsSync(join(out, 'index.html')) || readdirSync(out).length === 0) return null;
  return `Refusing to publish the site into ${out}: it holds files but no index.html, so it is not a built site, and publishing would delete them. Empty it or set REGISTER_OUT_DIR to another folder.`;
}
