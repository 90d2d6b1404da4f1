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
  const text = serialiseEntry(tricky);

  it('round-trips text that YAML would read as something else', () => {
    expect(parseEntry(text)).toEqual(tricky);
  });

  it('is read the same by the linter (YAML 1.2 core) and by Astro frontmatter (js-yaml default)', () => {
    expect(load(text, { schema: CORE_SCHEMA })).toEqual(tricky);
    expect(load(text)).toEqual(tricky);
  });

  it('writes citations on one line and wraps long text at 100 columns, as the real content does', () => {
    expect(text).toContain("citation: { source: sec-update-2016-11-09, section: '4.1', locator: 'Table two, row 3' }");
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(100);
  });

  it('changes one field of an entry on disk and nothing else', () => {
    mkdirSync(join(work, 'modifications'), { recursive: true });
    const path = join(work, entryPath('modifications', 'SECMP0001'));
    writeFileSync(path, serialiseEntry({ id: 'SECMP0001', shortTitle: 'Reset tariff', events: [] }));
    updateEntry(work, 'modifications', 'SECMP0001', (m) => ({ ...m, shortTitle: `${String(m['shortTitle'])} revised` }));
    expect(readFileSync(path, 'utf8')).toBe(serialiseEntry({ id: 'SECMP0001', shortTitle: 'Reset tariff revised', events: [] }));
  });
});
