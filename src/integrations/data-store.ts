/**
 * Astro turns the whole content data store into one JavaScript module and bundles it into the
 * build's server code. At 3,000 modifications that module is over 11 MB of data, which cost
 * seconds of bundling and gigabytes of memory. Static pages are rendered on this machine right
 * after the bundle is built, from the very file the module is made of, so the module can simply
 * read that file when it runs: the bundler then handles two lines instead of 11 MB. Measured
 * again on Astro 7: without it a cold build at 3,000 peaks 140 MB higher.
 */
import type { AstroIntegration } from 'astro';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

function dataStoreFromDisk(cacheDir: URL): Plugin {
  const RESOLVED_ID = '\0astro:data-layer-content';
  return {
    name: 'sec-register:data-store-from-disk',
    apply: 'build',
    transform(_code, id) {
      if (id !== RESOLVED_ID) return null;
      const file = fileURLToPath(new URL('data-store.json', cacheDir));
      // The file holds the store flattened by devalue; unflattening it here, rather than in
      // Astro's runtime, lets the flat copy be collected instead of staying referenced by this
      // module for the rest of the build.
      return {
        code:
          `import { readFileSync } from 'node:fs';\nimport { unflatten } from 'devalue';\n` +
          `export default unflatten(JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8')));\n`,
        map: null,
      };
    },
  };
}

/**
 * An import that the bundler which loads this integration does not see: Astro's own modules
 * must be loaded by Node itself, to be the very instances Astro is running.
 */
const nodeImport = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

/**
 * Lets go of the copy of the data store that content sync left in memory. Astro 7.3 keeps the
 * content layer that synced the content (and its whole store) referenced for the rest of a build,
 * though a build never syncs again and the pages read the store from disk (above). At 3,000
 * modifications that copy was 290 MB of the heap for the whole of rendering (measured with
 * `process.memoryUsage()` before and after, with a collection between). Astro does not export
 * the content layer, so it is reached by file; if a later Astro moves it, nothing is released
 * and the build goes on as before.
 */
async function releaseSyncedStore(logger: { warn(message: string): void }): Promise<void> {
  try {
    const astro = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
    const instance = (await nodeImport(pathToFileURL(join(astro, 'dist/content/instance.js')).href)) as { globalContentLayer?: { dispose?: () => void } };
    instance.globalContentLayer?.dispose?.();
  } catch (error) {
    logger.warn(`could not release the content layer's copy of the data store: ${(error as Error).message}`);
  }
}

/** Has the built pages read the content layer's data store from disk rather than from the bundle. */
export default function dataStore(): AstroIntegration {
  return {
    name: 'sec-register:data-store',
    hooks: {
      'astro:config:setup': ({ updateConfig, config }) => {
        updateConfig({ vite: { plugins: [dataStoreFromDisk(config.cacheDir)] } });
      },
      // Only a build: `astro dev` keeps its content layer to sync again after each edit.
      'astro:build:start': async ({ logger }) => releaseSyncedStore(logger),
    },
  };
}
