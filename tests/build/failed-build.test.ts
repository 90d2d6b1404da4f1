/**
 * A build from bad content fails with every problem listed and a non-zero exit, and leaves the
 * previous site exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'register-bad-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function breakFile(dir: string, file: string, from: string, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} lacks ${from}`);
  writeFileSync(path, text.replace(from, to));
}

describe('a build from bad content', () => {
  const content = join(work, 'content');
  const out = join(work, 'site');
  cpSync(join(root, 'content'), content, { recursive: true });
  breakFile(content, 'modifications/SECMP0016.mdx', "date: '2016-10-21'", "date: '2016-10-04'");
  breakFile(content, 'releases/2018-02.json', '"date": "2018-02-22"', '"date": "2018-02-30"');
  breakFile(content, 'working-groups/wg2.json', '"remit":', '"remmit":');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), '<p>the last good site</p>');

  const result = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, REGISTER_CONTENT_DIR: content, REGISTER_OUT_DIR: out, REGISTER_CACHE_DIR: join(work, 'cache') },
  });
  const output = `${result.stdout}\n${result.stderr}`;

  it('exits non-zero', () => expect(result.status).not.toBe(0));

  it('lists every problem at once, each with its file and field', () => {
    expect(output).toMatch(/modifications\/SECMP0016\.mdx:\d+: events\[2\]\.date: .*earlier than an event listed before it/);
    expect(output).toMatch(/releases\/2018-02\.json:\d+: date: "2018-02-30" is not a real calendar day/);
    expect(output).toMatch(/working-groups\/wg2\.json:\d+: remmit: is not a field/);
    expect(output).toMatch(/working-groups\/wg2\.json(:\d+)?: remit: is required but missing/);
  });

  it('leaves the previous site untouched', () => {
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>the last good site</p>');
    expect(existsSync(join(work, '.site-staging'))).toBe(false);
    expect(existsSync(join(work, '.site-data'))).toBe(false);
  });

  it("lists each problem once: the data files' writer, which reads the same content, leaves the telling to Astro", () => {
    expect(output.match(/releases\/2018-02\.json:\d+: date: "2018-02-30" is not a real calendar day/g)?.length).toBe(1);
    expect(output).not.toContain('data files failed');
  });
});

describe("a build whose writer of each modification's data files dies half way", () => {
  const out = join(work, 'crash-site');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), '<p>the last good site</p>');

  const result = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, REGISTER_OUT_DIR: out, REGISTER_CACHE_DIR: join(work, 'crash-cache'), REGISTER_TEST_CRASH_AT: 'data-files' },
  });
  const output = `${result.stdout}\n${result.stderr}`;

  it('fails, and says which part failed', () => {
    expect(result.status).not.toBe(0);
    expect(output).toContain("Writing each modification's data files failed");
    expect(output).toMatch(/Build failed; the previous crash-site\/ is untouched/);
  });

  it('leaves the previous site untouched, and neither the unfinished build nor the half-written data files', () => {
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>the last good site</p>');
    expect(existsSync(join(work, '.crash-site-staging'))).toBe(false);
    expect(existsSync(join(work, '.crash-site-data'))).toBe(false);
  });
});
