/**
 * `npm run new -- source`: the sections found from a text's headings, counted as the register's
 * own sources count them; a new source that lints clean; and every refusal, on a temporary copy
 * of the content.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeChecked } from '../../scripts/new/folder';
import { findSections, textLines } from '../../scripts/new/sections';
import { newSource, type NewSource } from '../../scripts/new/source';
import { copyContent, refusal, runNew, type ContentCopy } from '../support/scaffolds';

const content = resolve(import.meta.dirname, '../../content');
const seedText = readFileSync(join(content, 'sources/text/000_9edbd0117171751f.txt'), 'utf8');
type Record_ = { sections: unknown[]; text: { lines: [number, number] } };
const seed = JSON.parse(readFileSync(join(content, 'sources/sec-update-2016-11-09.json'), 'utf8')) as Record_;
const report = JSON.parse(readFileSync(join(content, 'sources/modification-status-report-2016-11.json'), 'utf8')) as Record_;

describe('finding sections from headings', () => {
  it("gives the SEC Update's sections exactly as its record counts them, from the seed text's lines 1-384", () => {
    const [first, last] = seed.text.lines;
    expect([first, last]).toEqual([1, 384]);
    expect(findSections(textLines(seedText).slice(first - 1, last), first)).toEqual(seed.sections);
  });

  it("gives the status report's sections exactly too, from the rest of the same text, in the file's line numbers", () => {
    const [first, last] = report.text.lines;
    expect([first, last]).toEqual([385, 1067]);
    expect(textLines(seedText)).toHaveLength(last);
    expect(findSections(textLines(seedText).slice(first - 1, last), first)).toEqual(report.sections);
  });

  it('runs a section to the line before the next heading at its level or higher, without empty lines at its end', () => {
    const lines = ['Title', '', '1. Intro', 'text', '', '1.1 Detail', 'more', '   ', '', '1.1.1 Deeper', 'x', '', '1.2 Next', 'y', '', '2. End', 'z', ''];
    expect(findSections(lines)).toEqual([
      { id: '1', title: 'Intro', lines: [3, 14] },
      { id: '1.1', title: 'Detail', lines: [6, 11] },
      { id: '1.1.1', title: 'Deeper', lines: [10, 11] },
      { id: '1.2', title: 'Next', lines: [13, 14] },
      { id: '2', title: 'End', lines: [16, 17] },
    ]);
    // A line holding only spaces is not empty: the sources' ranges keep it.
    expect(findSections(['1. Only', 'text', '  ', '']).map((s) => s.lines)).toEqual([[1, 3]]);
  });

  it('skips numbered lines that are not the next heading the numbering allows', () => {
    const lines = [
      '1. Purpose',
      '2016 SEC Panel meeting. The FMR will then be added',
      '1 SECMP0003 has a footnote',
      '4.17 and SEC 5.0.',
      '3. Out of order',
      '2. The Panel agreed to the following:',
      '1.1 First part',
      '2 Without its dot',
      '2. Second',
    ];
    expect(findSections(lines).map((s) => `${s.id} ${s.title}`)).toEqual(['1 Purpose', '1.1 First part', '2 Second']);
  });

  it('drops the empty line after a final newline', () => {
    expect(textLines('a\nb\n')).toEqual(['a', 'b']);
    expect(textLines('a\nb')).toEqual(['a', 'b']);
  });
});

let copy: ContentCopy;
let work: string;
beforeAll(() => (work = mkdtempSync(join(tmpdir(), 'register-paper-'))));
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeEach(() => (copy = copyContent()));
afterEach(() => copy.remove());

/** A text file to add, in the work folder. */
function paper(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

const PAPER = '  An Update Paper\n\n1. Purpose\n\nWhy.\n\n2. Modifications\n\n2.1 New Proposals\n\nSome.\n\n2.2 Refinement\n\nMore.\n\n3. Next Meeting\n\nSoon.\n';

const base = (file: string): NewSource => ({
  file,
  id: 'sec-update-2016-11-02',
  date: '2016-11-02',
  title: 'Smart Energy Code (SEC) Update',
  author: 'Smart Energy Code Administration and Secretariat (SECAS)',
  description: 'A paper for the tests.',
});


describe('a new source', () => {
  it('copies the text, writes its record with its sections and null for what is not given, and lints clean', () => {
    const written = newSource(copy, base(paper('update-2016-11-02.txt', PAPER)));
    expect(written.files).toEqual([`${copy.root}/sources/text/update-2016-11-02.txt`, `${copy.root}/sources/sec-update-2016-11-02.json`]);
    expect(written.address).toBe('/sources/sec-update-2016-11-02/');
    expect(written.asOf).toBeUndefined();
    expect(copy.read('sources/text/update-2016-11-02.txt')).toBe(PAPER);
    const text = copy.read('sources/sec-update-2016-11-02.json');
    expect(text.startsWith('{\n  "$schema": "../../src/schemas/json/sources.schema.json",\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({
      $schema: '../../src/schemas/json/sources.schema.json',
      id: 'sec-update-2016-11-02',
      title: 'Smart Energy Code (SEC) Update',
      shortTitle: 'Smart Energy Code (SEC) Update',
      kind: 'paper',
      author: 'Smart Energy Code Administration and Secretariat (SECAS)',
      signedBy: null,
      audience: null,
      date: '2016-11-02',
      description: 'A paper for the tests.',
      text: { file: 'update-2016-11-02.txt', lines: [1, 19] },
      sections: [
        { id: '1', title: 'Purpose', lines: [3, 5] },
        { id: '2', title: 'Modifications', lines: [7, 15] },
        { id: '2.1', title: 'New Proposals', lines: [9, 11] },
        { id: '2.2', title: 'Refinement', lines: [13, 15] },
        { id: '3', title: 'Next Meeting', lines: [17, 19] },
      ],
    });
    expect(copy.problems()).toEqual([]);
  });

  it('keeps what it is given, reuses an identical text, and says when the as-of date moves', () => {
    const file = paper('000_9edbd0117171751f.txt', seedText);
    const written = newSource(copy, { ...base(file), id: 'sec-update-2016-12-07', date: '2016-12-07', shortTitle: 'SEC Update', kind: 'report', signedBy: 'SECAS Team', audience: 'The DCUSA Panel' });
    expect(written.files).toEqual([`${copy.root}/sources/sec-update-2016-12-07.json`]);
    expect(written.asOf).toEqual({ from: '2016-11-09', to: '2016-12-07' });
    expect(JSON.parse(copy.read('sources/sec-update-2016-12-07.json'))).toMatchObject({ shortTitle: 'SEC Update', kind: 'report', signedBy: 'SECAS Team', audience: 'The DCUSA Panel', text: { lines: [1, 1067] } });
    expect(copy.problems()).toEqual([]);
  });
});

describe('refusals, each writing nothing', () => {
  const files = () => readdirSync(join(copy.dir, 'sources'), { recursive: true }).map(String).sort();

  it.each<[string, (file: string) => Partial<NewSource>, RegExp]>([
    ['an id already used', () => ({ id: 'sec-update-2016-11-09' }), /^there is already a source "sec-update-2016-11-09": .*\/sources\/sec-update-2016-11-09\.json$/],
    ['an id that is not lowercase words and hyphens', () => ({ id: 'SEC Update' }), /^--id "SEC Update" must be lowercase words joined by hyphens/],
    ['a kind the schema does not know', () => ({ kind: 'letter' }), /^--kind "letter" is not a kind of source; use one of: paper, report$/],
    ['a date that is not one', () => ({ date: '2016-11-31' }), /^--date "2016-11-31" is not a real calendar day/],
    ['a file that does not exist', () => ({ file: join(work, 'missing.txt') }), /^--file .*missing\.txt does not exist$/],
    ['a text that is not a .txt file', () => ({ file: paper('paper.md', PAPER) }), /a source's text must be a \.txt file/],
    ['a text with no numbered headings', () => ({ file: paper('plain.txt', 'Just words.\n\nNo headings.\n') }), /^found no numbered section headings in .*plain\.txt \(lines such as "1\. Purpose"/],
    ['an empty author', () => ({ author: ' ' }), /^--author must not be empty$/],
    ['a different text of the same name', () => ({ file: paper('000_9edbd0117171751f.txt', PAPER) }), /^.*\/sources\/text\/000_9edbd0117171751f\.txt already exists and differs from .*000_9edbd0117171751f\.txt; rename your file and run this again$/],
  ])('%s', (_name, change, message) => {
    const before = files();
    const seedBefore = copy.read('sources/text/000_9edbd0117171751f.txt');
    expect(refusal(() => newSource(copy, { ...base(paper('update.txt', PAPER)), ...change(work) })).message).toMatch(message);
    expect(files()).toEqual(before);
    expect(copy.read('sources/text/000_9edbd0117171751f.txt')).toBe(seedBefore);
  });

  it('removes a new text and record, and restores a changed file, when the linter finds a problem', () => {
    const record = copy.read('sources/sec-update-2016-11-09.json');
    const error = refusal(() =>
      writeChecked(copy, [
        { path: 'sources/text/update.txt', text: PAPER },
        { path: 'sources/update.json', text: '{ "id": "update" }\n' },
        { path: 'sources/sec-update-2016-11-09.json', text: record.replace('"SEC Update"', '""') },
      ]),
    );
    expect(error.problems).toContain(`${copy.root}/sources/update.json:1: $schema: must be "../../src/schemas/json/sources.schema.json", so that editors check the file against its schema`);
    expect(error.problems.some((p) => p.startsWith(`${copy.root}/sources/sec-update-2016-11-09.json:5: shortTitle: `))).toBe(true);
    expect(existsSync(join(copy.dir, 'sources/text/update.txt'))).toBe(false);
    expect(existsSync(join(copy.dir, 'sources/update.json'))).toBe(false);
    expect(copy.read('sources/sec-update-2016-11-09.json')).toBe(record);
  });
});

describe('npm run new -- source', () => {
  it('writes the source, lists its sections, and prints its page address', () => {
    const run = runNew(['source', '--file', paper('update-2016-11-02.txt', PAPER), '--id', 'sec-update-2016-11-02', '--date', '2016-11-02', '--title', 'SEC Update', '--author', 'SECAS', '--description', 'A paper.'], copy.dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Wrote ${copy.dir}/sources/text/update-2016-11-02.txt, ${copy.dir}/sources/sec-update-2016-11-02.json`);
    expect(run.stdout).toContain('  2.1 New Proposals (lines 9-11)');
    expect(run.stdout).toContain('/sources/sec-update-2016-11-02/');
    expect(copy.problems()).toEqual([]);
  });

  it('without a terminal, names every missing required value', () => {
    const run = runNew(['source', '--file', paper('update.txt', PAPER)], copy.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('error: missing --id <id>');
    expect(run.stderr).toMatch(/--date <date> \(its date\), --title <title> \(its title as printed\), --author <who> \(who wrote it\), --description <text> \(what it is and what it covers\); stdin is not a terminal/);
  });
});
