/**
 * The benchmark's anchor: a bare Astro site of the same size, built in the same run.
 *
 * A build time alone says as much about the machine as about the register. Beside it the
 * benchmark builds the least an Astro site with MDX and search can be: one trivial `.mdx`
 * entry per modification (its title, and the first paragraph of its issue), read by Astro's own
 * `glob()` loader, one dynamic page rendering each entry with `render()`, the `@astrojs/mdx`
 * integration, and Pagefind's Node API over the output in `astro:build:done`. It pays what
 * every such site pays (MDX compile, render, index), so the register's cold build divided by
 * the bare site's is a figure that holds from one machine to another.
 *
 * The bare project resolves `astro`, `@astrojs/mdx` and `pagefind` from this repository's
 * `node_modules`: inside the repository Node finds them by walking up; outside it (the tests
 * benchmark in a temporary folder) the project gets a `node_modules` of links to those three
 * packages, never a link to the whole folder, so that Astro's cache stays inside the project.
 * It runs with Astro's defaults, none of the register build's tuning.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseMdx } from '../../src/validate/mdx';
import { narrativeText } from '../../src/schemas/narrative';
import { markdownText } from './generate/files';
import { measured, type Measured } from './process';

/** The packages the bare project imports. */
const PACKAGES = ['astro', '@astrojs/mdx', 'pagefind'] as const;

const CONFIG = `// The benchmark's bare anchor site, written by scripts/bench/bare.ts.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Pagefind over the whole output, the simplest way: its Node API once the build is done. */
const search = {
  name: 'pagefind',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const out = fileURLToPath(dir);
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(\`pagefind: \${errors.join('; ')}\`);
      const added = await index.addDirectory({ path: out });
      if (added.errors.length > 0) throw new Error(\`pagefind: \${added.errors.join('; ')}\`);
      await index.writeFiles({ outputPath: join(out, 'pagefind') });
      await pagefind.close();
      logger.info(\`indexed \${added.page_count} pages\`);
    },
  },
};

export default defineConfig({ integrations: [mdx(), search] });
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  modifications: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content' }),
    schema: z.object({ title: z.string() }),
  }),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('modifications');
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>{entry.data.title}</title>
  </head>
  <body>
    <main>
      <h1>{entry.data.title}</h1>
      <Content />
    </main>
  </body>
</html>
`;

/** One modification of a generated register as a bare entry: its title and one paragraph. */
function bareEntry(text: string, file: string): string {
  const { frontmatter, narrative } = parseMdx(text, file);
  if (!frontmatter.ok) throw new Error(`${file}: ${frontmatter.message}`);
  const data = frontmatter.data as { id: string; title?: string | null; shortTitle: string };
  const paragraph = narrativeText(narrative, 'issue')?.split('\n\n')[0] ?? data.shortTitle;
  return `---\ntitle: ${JSON.stringify(`${data.id}: ${data.title ?? data.shortTitle}`)}\n---\n\n${markdownText(paragraph)}\n`;
}

/**
 * Writes the bare project into `dir` (emptied first), with one entry for each modification of
 * the register in `contentDir`. `root` is the repository, whose `node_modules` it uses.
 */
export function writeBareSite(contentDir: string, dir: string, root: string): number {
  rmSync(dir, { recursive: true, force: true });
  for (const folder of ['content', 'src/pages']) mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'register-bench-bare', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify({ extends: 'astro/tsconfigs/base', include: ['.astro/types.d.ts', '**/*'], exclude: ['dist'] }, null, 2)}\n`);
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  writeFileSync(join(dir, 'src/pages/[id].astro'), PAGE);
  const folder = join(contentDir, 'modifications');
  const files = readdirSync(folder).filter((f) => f.endsWith('.mdx')).sort();
  for (const file of files) writeFileSync(join(dir, 'content', file), bareEntry(readFileSync(join(folder, file), 'utf8'), file));
  if (relative(root, dir).startsWith('..')) {
    for (const name of PACKAGES) {
      const link = join(dir, 'node_modules', name);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(join(root, 'node_modules', name), link, 'dir');
    }
  }
  return files.length;
}

/** A build of the bare site: what `measured` says of it, and how many entry pages it wrote. */
export interface BareRun extends Omit<Measured, 'output'> {
  readonly pages: number;
}

/**
 * Builds the bare site in `dir` with the repository's Astro, as `astro build --root <dir>`.
 * Cold first removes Astro's and Vite's caches (`.astro`, `node_modules/.astro`, `node_modules/.vite`)
 * and `dist`. Fails unless
 * every entry got a page and the search index was written.
 */
export async function buildBareSite(dir: string, root: string, opts: { readonly cold: boolean; readonly log: string }): Promise<BareRun> {
  const cache = join(dir, 'node_modules/.astro');
  if (opts.cold) {
    // Only ever inside the bare project: its node_modules holds links, never the links' targets.
    if (existsSync(cache) && lstatSync(cache).isSymbolicLink()) throw new Error(`${cache} is a link; refusing to empty it`);
    for (const path of [join(dir, '.astro'), cache, join(dir, 'node_modules/.vite'), join(dir, 'dist')]) rmSync(path, { recursive: true, force: true });
  }
  const run = await measured([join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    log: opts.log,
  });
  const dist = join(dir, 'dist');
  const pages = readdirSync(dist, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(dist, d.name, 'index.html'))).length;
  if (!existsSync(join(dist, 'pagefind/pagefind.js'))) throw new Error(`the bare site has no search index:\n${run.output.slice(-2000)}`);
  const { output: _output, ...figures } = run;
  return { ...figures, pages };
}
