/**
 * The up-to-date check trusts the inputs' digest only while the output folder is still what
 * the build published: a file deleted, changed or added since makes the next build rebuild.
 * Before, deleting `dist/pagefind/` left the build saying "up to date". `--force` still builds.
 *
 * The builds are fake (a six-file site); `up-to-date.test.ts` does the same with a real one.
 */
import { appendFileSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeSite } from '../../scripts/lib/test-hooks';
import { readTree, runScript, workFolder, type WorkFolder } from '../support/scripts';

const folders: WorkFolder[] = [];
afterAll(() => folders.forEach((f) => f.remove()));

let work: WorkFolder;
function build(...args: string[]) {
  return runScript('scripts/build.ts', { ...work.env, REGISTER_TEST_FAKE_BUILD: 'site' }, args);
}

beforeEach(() => {
  work = workFolder('published');
  folders.push(work);
  const first = build();
  expect(first.status, first.stderr).toBe(0);
  expect(build().stdout).toContain('Nothing has changed since the last build');
});

describe('a build whose inputs have not changed', () => {
  it('builds again when a folder of the site was deleted', () => {
    rmSync(join(work.out, 'pagefind'), { recursive: true });
    const again = build();
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('is not as it was published (pagefind/index/en_1.pf_index is missing, pagefind/pagefind.js is missing)');
    expect(again.stdout).toContain('Built');
    expect(readTree(work.out)).toEqual(fakeSite('site'));
  });

  it('builds again when a file was changed, even to the same size', () => {
    const home = join(work.out, 'index.html');
    const text = readFileSync(home, 'utf8');
    writeFileSync(home, text.replace('site site', 'site SITE'));
    expect(statSync(home).size).toBe(Buffer.byteLength(text));
    const again = build();
    expect(again.stdout).toContain('index.html has changed');
    expect(readTree(work.out)).toEqual(fakeSite('site'));
  });

  it('builds again when a file was added', () => {
    appendFileSync(join(work.out, 'stray.html'), '<p>not the build’s</p>');
    const again = build();
    expect(again.stdout).toContain('stray.html was added');
    expect(readTree(work.out)).toEqual(fakeSite('site'));
  });

  it('builds again when its record is gone', () => {
    rmSync(join(work.dir, 'cache'), { recursive: true });
    const again = build();
    expect(again.stdout).toContain('Built');
    expect(build().stdout).toContain('Nothing has changed since the last build');
  });

  it('builds with --force all the same', () => {
    const forced = build('--force');
    expect(forced.status, forced.stderr).toBe(0);
    expect(forced.stdout).toContain('Built');
    expect(forced.stdout).not.toContain('Nothing has changed');
  });
});
