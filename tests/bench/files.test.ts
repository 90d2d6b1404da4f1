/**
 * The benchmark generator writes every entry through one serialiser (`scripts/bench/generate/
 * files.ts`). These tests hold it to what the register's readers need: text that YAML would
 * take for a number, a boolean, null or a date stays text, under the linter's YAML 1.2 core
 * schema and under js-yaml's default schema, which Astro uses for frontmatter.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { entryPath, parseEntry, serialiseEntry, updateEntry } from '../../scripts/bench/generate/files';

const work = mkdtempSync(join(tmpdir(), 'register-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const tricky = {
  version: '5.0',
  version2: '4.10',
  day: '2016-10-27',
  month: '2016-10',
  interval: '../2016-11-09',
  section: '1',
  yes: 'yes',
  nothing: 'null',
  tilde: '~',
  octal: '0o17',
  colon: 'Note: this',
  hash: 'a #comment',
  quote: "it's",
  paragraphs: 'First paragraph.\n\nSecond paragraph.',
  long: 'word '.repeat(40).trim(),
  list: ['5.0', 'gbcs', 'a, b'],
  citation: { source: 'sec-update-2016-11-09', section: '4.1', locator: 'Table two, row 3' },
  empty: null,
  count: 3,
};

describe('the entry serialiser', () => {
  const text = serialiseEntry('documents', tricky);

  it('round-trips a record, whatever its text holds', () => {
    expect(parseEntry('documents', text)).toEqual(tricky);
  });

  it('round-trips frontmatter that YAML would read as something else, for the linter and for Astro', () => {
    const mdx = serialiseEntry('modifications', tricky);
    expect(parseEntry('modifications', mdx)).toEqual(tricky);
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '';
    expect(load(frontmatter, { schema: CORE_SCHEMA })).toEqual(tricky);
    expect(load(frontmatter)).toEqual(tricky);
  });

  it('writes citations on one line, as the real content does', () => {
    const record = serialiseEntry('documents', { sources: [{ source: 'sec-update-2016-11-09', section: '4.1', locator: 'Table two' }] });
    expect(record).toContain('"sources": [{ "source": "sec-update-2016-11-09", "section": "4.1", "locator": "Table two" }]');
    expect(serialiseEntry('modifications', tricky)).toContain("citation: { source: sec-update-2016-11-09, section: '4.1', locator: 'Table two, row 3' }");
  });

  it('changes one field of an entry on disk and nothing else', () => {
    mkdirSync(join(work, 'modifications'), { recursive: true });
    const path = join(work, entryPath('modifications', 'SECMP0001'));
    const issue = { text: 'The issue.', sources: [{ source: 'sec-update-2016-11-09', section: '4.1' }] };
    writeFileSync(path, serialiseEntry('modifications', { id: 'SECMP0001', shortTitle: 'Reset tariff', events: [], issue }));
    updateEntry(work, 'modifications', 'SECMP0001', (m) => ({ ...m, shortTitle: `${String(m['shortTitle'])} revised` }));
    expect(readFileSync(path, 'utf8')).toBe(serialiseEntry('modifications', { id: 'SECMP0001', shortTitle: 'Reset tariff revised', events: [], issue }));
  });
});
