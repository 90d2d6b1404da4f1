/**
 * Content as a careful attacker or an unlucky editor would write it: script links, addresses
 * that would write outside the site or into `_redirects`, control characters, bad encodings,
 * symbolic links, huge files and typos that explode. Each is a problem naming the file, never a
 * stack trace, and nothing is written where it should not be.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redirectFolder } from '../../src/integrations/redirects';
import { redirectsFile } from '../../src/render/redirect-page';
import { lintContentFolder, MAX_ENTRY_BYTES } from '../../src/validate/files';
import { MAX_PROBLEMS_PER_FILE } from '../../src/validate/lint';
import { formatProblem } from '../../src/validate/problems';
import { contentFiles, editJson, lintMessages, replaceIn } from '../support/content';

const VERSION = 'content/versions/5.0.json';

/** The lint messages after one of 5.0's links is given another address. */
function withVersionLink(url: string): string[] {
  const files = contentFiles();
  editJson(files, VERSION, (v) => ((v.links as { url: string }[])[0]!.url = url));
  return lintMessages(files);
}

describe('script links', () => {
  for (const url of ['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'java\tscript:alert(1)', 'JAVASCRIPT:alert(1)']) {
    it(`refuses ${JSON.stringify(url)} as a link, naming the file and field`, () => {
      expect(withVersionLink(url).some((m) => m.startsWith(`${VERSION}:`) && m.includes('links[0].url:'))).toBe(true);
    });
  }

  it('refuses an http: address no cited source prints', () => {
    expect(withVersionLink('http://example.org/paper.pdf').join('\n')).toMatch(/links\[0\]\.url: is http:, which a link may use only where a cited source prints the address/);
  });

  it('accepts the mailto: address the source prints', () => {
    expect(lintMessages(contentFiles())).toEqual([]);
  });
});

describe('old addresses of the SEC website, which become redirect pages and _redirects lines', () => {
  const sec = 'https://www.smartenergycodecompany.co.uk';
  const cases: [string, string][] = [
    [`${sec}/..%2F..%2Fescaped`, 'encoded slash'],
    [`${sec}/docs/..%5C..%5Cescaped`, 'encoded slash or a backslash'],
    [`${sec}/x%0A/*%20https://evil.example/%20302`, 'space, newline or control character'],
    [`${sec}/`, "site's root"],
    [`${sec}/versions/5.0`, 'is a page of this site'],
    [`${sec}/mp23`, 'is a page of this site'],
    [`${sec}/%E0%A4%A`, 'does not decode'],
  ];
  for (const [url, why] of cases) {
    it(`refuses ${url} (${why}) as a problem of the file, not a crash`, () => {
      const messages = withVersionLink(url);
      expect(messages.find((m) => m.startsWith(`${VERSION}:`) && m.includes('links[0].url:') && m.includes(why)), messages.join('\n')).toBeDefined();
    });
  }

  it('writes redirect pages only inside the output folder', () => {
    expect(redirectFolder('/site', '/mp23/')).toBe('/site/mp23');
    expect(() => redirectFolder('/site', '/../escaped/')).toThrow(/outside/);
    expect(() => redirectFolder('/site', '/')).toThrow(/outside/);
  });

  it('never writes a line of its own into _redirects', () => {
    expect(() => redirectsFile([{ from: '/x\n/* https://evil.example/ 302', to: '/', title: 'x' }])).toThrow(/space or line break/);
  });
});

describe('characters', () => {
  for (const [name, character] of [['U+0001', '\u0001'], ['U+000B', '\u000b'], ['U+001B', '\u001b'], ['U+FFFE', '\ufffe'], ['U+1FFFF', '\u{1ffff}']] as const) {
    it(`refuses ${name} in a text field`, () => {
      const files = contentFiles();
      replaceIn(files, 'content/working-groups/wg1.json', '"Working Group 1"', `"Working Group ${character}1"`);
      expect(lintMessages(files)).toContain(`content/working-groups/wg1.json:4: (text): holds ${name}, a ${name.startsWith('U+F') || name === 'U+1FFFF' ? 'Unicode non-character' : 'control character'}, at column 26; remove it`);
    });
  }
});

describe('files on disk', () => {
  const work = mkdtempSync(join(tmpdir(), 'register-hostile-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  /** A content folder with the real files, plus a change made on disk. */
  const folder = (name: string, change: (dir: string) => void): string[] => {
    const dir = join(work, name);
    for (const [file, text] of contentFiles()) {
      const path = join(dir, file.slice('content/'.length));
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, text);
    }
    change(dir);
    return lintContentFolder(dir, 'content').problems.map(formatProblem);
  };

  it('refuses text that is not UTF-8 (Latin-1), naming the file and line', () => {
    const messages = folder('latin1', (dir) => writeFileSync(join(dir, 'documents/latin.json'), Buffer.from('{\n  "name": "Caf\xe9"\n}\n', 'latin1')));
    expect(messages).toContain('content/documents/latin.json:2: (file): is not valid UTF-8 (byte 16, 0xe9); save it as UTF-8');
  });

  it('refuses a symbolic link to a file outside the repository', () => {
    const messages = folder('link', (dir) => symlinkSync('/etc/hostname', join(dir, 'documents/outside.json')));
    expect(messages).toContain('content/documents/outside.json: (file): is a symbolic link; content must be a real file inside the content folder, so copy it in instead');
  });

  it('refuses a symbolic link to a folder, and a loop, without following them', () => {
    const messages = folder('loops', (dir) => {
      symlinkSync(join(dir, 'documents'), join(dir, 'documents/again'));
      symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
      symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
    });
    expect(messages.filter((m) => m.includes('is a symbolic link'))).toHaveLength(3);
  });

  it('refuses a file larger than the limit unread', () => {
    const messages = folder('huge', (dir) => writeFileSync(join(dir, 'documents/huge.json'), `"${'x'.repeat(MAX_ENTRY_BYTES)}"`));
    expect(messages.find((m) => m.startsWith('content/documents/huge.json: (file): is 1,000,002 bytes'))).toBeDefined();
  });
});

describe('slow and huge input', () => {
  it('lists at most a screenful of problems for a file of 100,000 unknown keys, and says how many more', () => {
    const files = contentFiles();
    const keys = Array.from({ length: 100_000 }, (_, i) => `"k${i}": 1`).join(',\n  ');
    files.set('content/working-groups/wg9.json', `{\n  "$schema": "../../src/schemas/json/working-groups.schema.json",\n  "id": "wg9",\n  ${keys}\n}\n`);
    const messages = lintMessages(files).filter((m) => m.startsWith('content/working-groups/wg9.json'));
    expect(messages).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
    expect(messages.at(-1)).toMatch(/and 99,98\d more problems in this file, not listed/);
  });

  it('refuses YAML aliases, which can make a few bytes expand into a huge page', () => {
    const files = contentFiles();
    replaceIn(files, 'content/modifications/SECMP0023.mdx', 'proposer: null', 'proposer: null\nx: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\ny: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]');
    expect(lintMessages(files).join('\n')).toMatch(/SECMP0023\.mdx:\d+: \(frontmatter\): uses a YAML anchor/);
  });

  it('refuses a year typed wrong, which would otherwise report on a thousand years of months', () => {
    const files = contentFiles();
    replaceIn(files, 'content/modifications/SECMP0023.mdx', 'date: 2016-10/2016-11-09', 'date: 1016-10/2016-11-09');
    expect(lintMessages(files).join('\n')).toMatch(/SECMP0023\.mdx:\d+: events\[0\]\.date: 1016-10\/2016-11-09 lies more than 25 years from the sources' dates/);
  });
});
