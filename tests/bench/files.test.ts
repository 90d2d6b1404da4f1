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
import type { Passage } from '../../scripts/bench/generate/context';
import { narrativeNodes, narrativeText, parseNarrative } from '../../src/schemas/narrative';

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
    const issue = [{ paragraph: [{ text: 'The issue.' }, { cite: { source: 'sec-update-2016-11-09', section: '4.1' } }] }];
    writeFileSync(path, serialiseEntry('modifications', { id: 'SECMP0001', shortTitle: 'Reset tariff', events: [], issue }));
    updateEntry(work, 'modifications', 'SECMP0001', (m) => ({ ...m, shortTitle: `${String(m['shortTitle'])} revised` }));
    expect(readFileSync(path, 'utf8')).toBe(serialiseEntry('modifications', { id: 'SECMP0001', shortTitle: 'Reset tariff revised', events: [], issue }));
  });
});

describe('a modification body', () => {
  const cite = { source: 'sec-update-2016-11-09', section: '4.2', locator: 'Table "one" & two' };
  const issue: Passage = [
    { paragraph: [{ text: 'Markup-like words: a_b *c* {d} <e> [f](g) `h` \\i & j.' }, { cite }, { text: 'Then' }, { strong: 'bold' }, { text: 'and' }, { emphasis: 'stressed' }, { text: 'words.' }] },
  ];
  const solution: Passage = [
    { paragraph: [{ text: 'See' }, { link: 'the page', url: 'https://example.org/a_b' }, { text: ', and' }, { mod: 24 }, { text: '.' }, { inferred: 'A guess.', basis: 'Nothing says it.' }] },
    { list: [[{ text: 'First;' }], [{ text: 'second.' }]] },
  ];
  const mdx = serialiseEntry('modifications', { id: 'SECMP0001', summary: null, issue, solution });
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const { narrative, problems } = parseNarrative(body);

  it('is MDX the narrative parser accepts, with each passage under its heading', () => {
    expect(problems).toEqual([]);
    expect(narrative.map((s) => s.key)).toEqual(['issue', 'solution']);
    expect(parseEntry('modifications', mdx)).toEqual({ id: 'SECMP0001' });
  });

  it('keeps words that look like markup as words, and writes each run as its node', () => {
    expect(narrativeText(narrative, 'issue')).toBe('Markup-like words: a_b *c* {d} <e> [f](g) `h` \\i & j. Then bold and stressed words.');
    const types = [...narrativeNodes(narrative)].map((n) => n.type);
    for (const type of ['cite', 'strong', 'emphasis', 'link', 'mod', 'inferred', 'list', 'listItem'] as const) expect(types).toContain(type);
    const cited = [...narrativeNodes(narrative)].find((n) => n.type === 'cite');
    expect(cited).toMatchObject({ citation: cite });
    expect(narrativeText(narrative, 'solution')).toBe('See the page, and SECMP0024. A guess.\n\nFirst;\n\nsecond.');
  });
});
