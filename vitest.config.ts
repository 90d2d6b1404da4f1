/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * One test run for everything: unit tests of `src/lib/`, tests of the content against its
 * sources, tests over the built site in `dist/` (which `npm test` builds first), and browser
 * tests in headless Chromium. Browser and build tests start processes, so files run one at a
 * time to keep a 2-core machine responsive.
 */
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});
