/**
 * Each modification's data files as the build writes them beside Astro: every file of every
 * modification, with the text the site's endpoints make; addresses that would leave the folder
 * or name an unsafe file refused; and the move into the built site, which never writes over a
 * file Astro made.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataFilesWrittenByBuild, DATA_FILES_VARIABLE, fileFor, mergeInto, writeModificationDataFiles, WRITTEN_BY_BUILD } from '../../src/integrations/data-files';
import { modificationDataFiles } from '../../src/render/data-files';
import { realRegister } from '../support/real-register';

const work = mkdtempSync(join(tmpdir(), 'register-data-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under a folder, as paths relative to it with `/`, sorted. */
function filesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(at, entry.name));
      else found.push(relative(dir, join(at, entry.name)).split(sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

describe("each modification's data files", () => {
  const register = realRegister();
  const folder = join(work, 'written');
  const written = writeModificationDataFiles(register, folder, 'https://register.example.org');

  it('are three for every modification, at the addresses the site links to, and nothing else', () => {
    const expected = register.modifications.flatMap((m) => Object.values(modificationDataFiles).map((kind) => kind.address(m.id).slice(1)));
    expect(written).toBe(register.modifications.length * 3);
    expect(filesUnder(folder)).toEqual(expected.sort());
  });

  it('hold the text the endpoints of `astro dev` make, for the origin given', () => {
    for (const m of register.modifications) {
      for (const kind of Object.values(modificationDataFiles)) {
        expect(readFileSync(fileFor(folder, kind.address(m.id)), 'utf8'), kind.address(m.id)).toBe(kind.text(register, m.id, 'https://register.example.org'));
      }
    }
    expect(readFileSync(join(folder, 'modifications/secmp0023/feed.xml'), 'utf8')).toContain('https://register.example.org/modifications/secmp0023/');
  });

  it('are never written over a file that is there already', () => {
    expect(() => writeModificationDataFiles(register, folder, null)).toThrow(/EEXIST/);
  });

  it('call the crash hook once, half way through', () => {
    let called = 0;
    const at = join(work, 'hooked');
    writeModificationDataFiles(register, at, null, () => {
      called++;
      // Half of the modifications are written when it is called, and none of the rest.
      expect(readdirSync(join(at, 'api/v1/modifications'))).toHaveLength(Math.floor(register.modifications.length / 2));
    });
    expect(called).toBe(1);
  });
});

describe('the file of a data address', () => {
  const folder = join(work, 'site');

  it('is inside the folder, at the address', () => {
    expect(fileFor(folder, '/api/v1/modifications/secmp0023.json')).toBe(join(folder, 'api', 'v1', 'modifications', 'secmp0023.json'));
  });

  it.each([
    ['a parent folder', '/modifications/../../etc/passwd'],
    ['dots inside a name', '/modifications/secmp0023/..feed.xml'],
    ['an empty segment', '/modifications//feed.xml'],
    ['a folder of its own', '/modifications/./feed.xml'],
    ['capital letters', '/modifications/SECMP0023/feed.xml'],
    ['an encoded slash', '/modifications/a%2fb/feed.xml'],
    ['a space', '/modifications/secmp 0023/feed.xml'],
    ['a backslash', '/modifications/..\\..\\x/feed.xml'],
    ['a trailing slash', '/modifications/secmp0023/'],
  ])('is refused for %s', (_, address) => {
    expect(() => fileFor(folder, address)).toThrow(/refusing to write the data file/);
  });
});

describe('moving the data files into the built site', () => {
  /** A folder holding the given files, each containing its own path. */
  function tree(name: string, paths: readonly string[]): string {
    const dir = join(work, name);
    for (const path of paths) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), path);
    }
    return dir;
  }

  it('moves a folder the site lacks whole, merges one it has, and leaves the site its own files', () => {
    const site = tree('merge-site', ['index.html', 'modifications/secmp0023/index.html']);
    const data = tree('merge-data', ['api/v1/modifications/secmp0023.json', 'modifications/secmp0023/feed.xml', 'modifications/secmp0023/feed.xml.br']);
    // One rename for `api/`, two for the files inside the folder both have.
    expect(mergeInto(data, site)).toBe(3);
    expect(filesUnder(site)).toEqual(['api/v1/modifications/secmp0023.json', 'index.html', 'modifications/secmp0023/feed.xml', 'modifications/secmp0023/feed.xml.br', 'modifications/secmp0023/index.html']);
    expect(readFileSync(join(site, 'modifications/secmp0023/index.html'), 'utf8')).toBe('modifications/secmp0023/index.html');
    expect(filesUnder(data)).toEqual([]);
  });

  it('refuses to write over a file the site has, naming it', () => {
    const site = tree('clash-site', ['modifications/secmp0023/feed.xml']);
    const data = tree('clash-data', ['modifications/secmp0023/feed.xml']);
    expect(() => mergeInto(data, site)).toThrow('both Astro and the data file writer made modifications/secmp0023/feed.xml');
    expect(readFileSync(join(site, 'modifications/secmp0023/feed.xml'), 'utf8')).toBe('modifications/secmp0023/feed.xml');
    expect(existsSync(join(data, 'modifications/secmp0023/feed.xml'))).toBe(true);
  });
});

describe('whether Astro leaves the data files to the build', () => {
  it('is so only when the build says so, in the one word it uses', () => {
    expect(dataFilesWrittenByBuild({ [DATA_FILES_VARIABLE]: WRITTEN_BY_BUILD })).toBe(true);
    expect(dataFilesWrittenByBuild({})).toBe(false);
    expect(dataFilesWrittenByBuild({ [DATA_FILES_VARIABLE]: '1' })).toBe(false);
  });
});
