/**
 * `npm run build`: builds the site (and its search index) into a staging folder, and only
 * when the whole build succeeds swaps it in for `dist/`. A failed build, such as one stopped
 * by bad content, leaves the last good `dist/` exactly as it was.
 *
 * When nothing that goes into the site has changed since the last successful build (content,
 * code, configuration, dependencies and the settings below), there is nothing to build and
 * `dist/` is already the result: the build says so and stops. `--force` builds regardless.
 *
 * Environment: `REGISTER_OUT_DIR` (default `dist`), `REGISTER_CONTENT_DIR` (default
 * `content`), `REGISTER_CACHE_DIR`, `REGISTER_SITE`, and anything Astro reads.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

const args = process.argv.slice(2);
const force = args.includes('--force');
const astroArgs = args.filter((a) => a !== '--force');

const out = resolve(process.env.REGISTER_OUT_DIR ?? 'dist');
const contentDir = resolve(process.env.REGISTER_CONTENT_DIR ?? 'content');
const cacheDir = resolve(process.env.REGISTER_CACHE_DIR ?? 'node_modules/.astro');
// Staging lives beside the output so the final rename stays on one file system.
const staging = join(dirname(out), `.${basename(out)}-staging`);
const previous = join(dirname(out), `.${basename(out)}-previous`);
const stamp = join(cacheDir, `register-build-${createHash('sha1').update(out).digest('hex').slice(0, 12)}.txt`);

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
      hash.update(relative(process.cwd(), path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  for (const path of [contentDir, 'src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build.ts']) {
    add(resolve(path));
  }
  hash.update(JSON.stringify([process.env.REGISTER_SITE ?? '', contentDir, astroArgs, process.version]));
  return hash.digest('hex');
}

const digest = inputsDigest();
if (!force && existsSync(join(out, 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) {
  console.log(`Nothing has changed since the last build: ${relative(process.cwd(), out) || out}/ is up to date. (--force builds anyway.)`);
  process.exit(0);
}

rmSync(staging, { recursive: true, force: true });
mkdirSync(dirname(out), { recursive: true });

const astro = resolve('node_modules/astro/bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', '--outDir', staging, ...astroArgs], {
  stdio: 'inherit',
  env: {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    // A larger young generation: rendering thousands of pages makes many short-lived strings,
    // and the default spent seconds collecting them (measured with --cpu-prof at 3,000).
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-semi-space-size=32`.trim(),
    // glibc gives each thread its own malloc arena and keeps freed memory in them; with Node's
    // worker threads that held hundreds of megabytes the build no longer used (measured at 3,000).
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
  },
});

if (result.status !== 0 || !existsSync(join(staging, 'index.html'))) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed; ${existsSync(out) ? `the previous ${basename(out)}/ is untouched` : `no ${basename(out)}/ was written`}.`);
  process.exit(result.status || 1);
}

rmSync(previous, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, previous);
renameSync(staging, out);
rmSync(previous, { recursive: true, force: true });
mkdirSync(cacheDir, { recursive: true });
writeFileSync(stamp, digest);
console.log(`Built ${out}`);
