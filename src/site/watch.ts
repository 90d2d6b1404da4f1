/**
 * What the dev server does not watch: the folders the build and the benchmark write.
 *
 * Vite's watcher watches the whole project, one inotify watch per folder and file. A benchmark
 * run leaves about 150,000 files in `.bench/`, and a build's output folder tens of thousands
 * more; together they used up the system's watches (`ENOSPC: System limit for number of file
 * watchers reached`), after which the dev server no longer saw an edited content file and
 * showed the old page with no error. None of these folders is an input of the site.
 */
import { basename, dirname, join, resolve } from 'node:path';

/**
 * A test for paths the dev server should leave unwatched: the output folder (`REGISTER_OUT_DIR`,
 * default `dist/`), the folders the build writes beside it (`.dist-staging/`, `.dist-data/`,
 * `.dist-previous/`, `.dist-discarded…`), the build's lock folder `.build/` and the benchmark's
 * `.bench/`.
 */
export function unwatched(root: string, outDir: string): (path: string) => boolean {
  const out = resolve(root, outDir);
  const folders = [out, resolve(root, '.bench'), resolve(root, '.build')];
  const beside = join(dirname(out), `.${basename(out)}-`);
  return (path: string) => {
    const full = resolve(root, path);
    return folders.some((folder) => full === folder || full.startsWith(`${folder}/`)) || full.startsWith(beside);
  };
}
