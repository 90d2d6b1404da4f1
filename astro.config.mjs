// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import register from './src/integrations/index.ts';
import { publicOrigin } from './src/site/origin.ts';
import { unwatched } from './src/site/watch.ts';

// The public origin's one setting (REGISTER_SITE); unset, the build is a local preview.
const site = publicOrigin();

/**
 * The site is fully static. `REGISTER_SITE` sets the public origin used in canonical links,
 * feeds, calendars and the sitemap (for example https://register.example.org; see
 * `src/site/origin.ts`); `REGISTER_CACHE_DIR` separates the
 * content cache of a second content folder, such as the benchmark's.
 */
export default defineConfig({
  ...(site ? { site } : {}),
  trailingSlash: 'always',
  compressHTML: true,
  build: { format: 'directory' },
  cacheDir: process.env.REGISTER_CACHE_DIR ?? './node_modules/.astro',
  integrations: [...register(), mdx()],
  devToolbar: { enabled: false },
  // The dev server does not watch what the build and the benchmark write (src/site/watch.ts says why).
  vite: { server: { watch: { ignored: [unwatched(process.cwd(), process.env.REGISTER_OUT_DIR ?? 'dist')] } } },
  // Writes .astro/collections/collections.json, which maps each content file to its collection's
  // schema, so that the Astro VS Code extension checks and completes MDX frontmatter.
  experimental: { contentIntellisense: true },
});
