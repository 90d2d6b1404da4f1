/**
 * A build whose inputs have not changed since the last successful build does nothing, and
 * says so; any change to the content makes it build again, and so does a published site that
 * is no longer whole (its search index deleted).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'register-up-to-date-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const content = join(work, 'content');
const out = join(work, 'site');
cpSync(join(root, 'content'), content, { recursive: true });

function build() {
  return spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, REGISTER_CONTENT_DIR: content, REGISTER_OUT_DIR: out, REGISTER_CACHE_DIR: join(work, 'cache') },
  });
}

describe('building again', () => {
  const first = build();
  const builtAt = statSync(join(out, 'index.html')).mtimeMs;
  const second = build();
  const afterSecond = statSync(join(out, 'index.html')).mtimeMs;
  const file = join(content, 'modifications/SECMP0023.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace('Correct Units of Measure', 'Correct the Units of Measure'));
  const third = build();
  rmSync(join(out, 'pagefind'), { recursive: true });
  const fourth = build();

  it('builds the first time', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('Built');
  });

  it('does nothing when nothing has changed, and says so', () => {
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('Nothing has changed since the last build');
    expect(afterSecond).toBe(builtAt);
  });

  it('builds again after the content changes', () => {
    expect(third.status, third.stderr).toBe(0);
    expect(third.stdout).toContain('Built');
    expect(readFileSync(join(out, 'modifications/secmp0023/index.html'), 'utf8')).toContain('Correct the Units of Measure');
  });

  it('builds again when the published site lost its search index', () => {
    expect(fourth.status, fourth.stderr).toBe(0);
    expect(fourth.stdout).not.toContain('Nothing has changed since the last build');
    expect(fourth.stdout).toMatch(/is not as it was published \(pagefind\/.* is missing/);
    expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
  });
});
