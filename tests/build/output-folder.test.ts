/**
 * The build refuses an output folder that publishing would wreck: the project itself (before,
 * `REGISTER_OUT_DIR=. npm run build` deleted the project), a folder holding it, one of its own
 * folders, or a folder of someone's files. It says why in one line, exits non-zero, and
 * touches nothing.
 *
 * These builds run in a copy of the project in a temporary folder, so that a build that failed
 * to refuse would wreck only the copy.
 */
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeSite } from '../../scripts/lib/test-hooks';
import { readTree, root, runScript } from '../support/scripts';

const work = mkdtempSync(join(tmpdir(), 'register-out-dir-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const copy = join(work, 'project');
mkdirSync(copy);
for (const name of ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts', 'src', 'content', 'public']) {
  cpSync(join(root, name), join(copy, name), { recursive: true });
}
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
mkdirSync(join(copy, '.git'));
writeFileSync(join(copy, '.git', 'HEAD'), 'ref: refs/heads/main\n');
symlinkSync(copy, join(work, 'link-to-project'));
symlinkSync(join(copy, 'src'), join(work, 'link-to-src'));

/** Every path under a folder with its size and modification time, not following links. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    const s = lstatSync(path);
    const line = `${path} ${s.size} ${s.mtimeMs}`;
    return item.isDirectory() ? [line, ...snapshot(path)] : [line];
  });
}

function build(outDir: string, cwd = copy) {
  return runScript(join(copy, 'scripts/build.ts'), { REGISTER_OUT_DIR: outDir, REGISTER_CACHE_DIR: join(work, 'cache'), REGISTER_TEST_FAKE_BUILD: 'copy' }, [], cwd);
}

describe('an output folder that publishing would wreck', () => {
  const cases: [string, string, string?][] = [
    ['the project folder', '.'],
    ['the project folder by its absolute path', copy],
    ['the folder holding the project', '..'],
    ['the root of the file system', '/'],
    ['a link to the project folder', join(work, 'link-to-project')],
    ['the content folder', 'content'],
    ['a folder inside content/', 'content/site'],
    ['a folder inside src/', 'src/site'],
    ['a folder inside src/ reached through a link', join(work, 'link-to-src', 'site')],
    ['public/', 'public'],
    ['a folder inside node_modules/', 'node_modules/.site'],
    ['a folder inside .git/', '.git/site'],
    ['the project folder, from inside src/', '..', 'src'],
  ];

  it.each(cases)('is refused: %s', (_name, outDir, from) => {
    const before = snapshot(work);
    const result = build(outDir, from ? join(copy, from) : copy);
    expect(result.status, result.stdout).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Refusing to publish the site into .+: .+\. Set REGISTER_OUT_DIR to a folder of its own, such as dist\.$/);
    expect(snapshot(work)).toEqual(before);
  });

  it('is refused when it holds files but no site, and the files stay', () => {
    const notes = join(work, 'notes');
    mkdirSync(notes, { recursive: true });
    writeFileSync(join(notes, 'todo.txt'), 'keep me');
    const result = build(notes);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Refusing to publish the site into .*notes: it holds files but no index\.html/);
    expect(readTree(notes)).toEqual(new Map([['todo.txt', 'keep me']]));
  });
});

describe('an output folder whose name only begins like a project folder', () => {
  it.each(['content-preview', 'srcsite', 'public.site'])('is accepted: %s', (outDir) => {
    const result = build(outDir);
    expect(result.status, result.stderr).toBe(0);
    expect(readTree(join(copy, outDir))).toEqual(fakeSite('copy'));
    expect(existsSync(join(copy, 'content', 'modifications'))).toBe(true);
  });
});
