/**
 * `npm run new -- modification`: a new modification that lints clean, numbered after the
 * highest in use, and every refusal, on a temporary copy of the content.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeChecked } from '../../scripts/new/folder';
import { newModification, nextNumber, type NewModification } from '../../scripts/new/modification';
import { parseMdx } from '../../src/validate/mdx';
import { copyContent, refusal, runNew, type ContentCopy } from '../support/scaffolds';

let copy: ContentCopy;
beforeEach(() => (copy = copyContent()));
afterEach(() => copy.remove());

const base: NewModification = { title: 'Correct the Units of Something', source: 'sec-update-2016-11-09', section: '4.2' };


const modificationFiles = () => readdirSync(join(copy.dir, 'modifications')).sort();

describe('a new modification', () => {
  it('takes the next number after the highest in use, and lints clean', () => {
    const written = newModification(copy, { ...base, locator: 'Table one' });
    expect(written.id).toBe('SECMP0025');
    expect(written.files).toEqual([`${copy.root}/modifications/SECMP0025.mdx`]);
    expect(written.address).toBe('/modifications/secmp0025/');
    expect(copy.problems()).toEqual([]);

    const parts = parseMdx(copy.read('modifications/SECMP0025.mdx'), 'SECMP0025.mdx');
    const cite = { source: 'sec-update-2016-11-09', section: '4.2', locator: 'Table one' };
    expect(parts.frontmatter).toEqual({
      ok: true,
      data: {
        id: 'SECMP0025',
        title: base.title,
        shortTitle: base.title,
        titleSources: [cite],
        proposer: null,
        workingGroup: null,
        governance: null,
        targetRelease: null,
        // The source's date, since none was given.
        events: [{ date: '2016-11-09', kind: 'raised', detail: 'Raised.', sources: [cite] }],
        plans: [],
      },
    });
    // The body has the headings to fill in, each holding only a comment: empty, so "not described".
    expect(parts.bodyProblems).toEqual([]);
    expect(parts.narrative.map((s) => [s.title, s.children.length])).toEqual([
      ['Issue', 0],
      ['Proposed solution', 0],
    ]);
    expect(parts.body).toMatch(/## Issue\n\n\{\/\*\n[\s\S]*<Cite source="sec-update-2016-11-09" section="4.2" \/>[\s\S]*\*\/\}\n/);
  });

  it('takes the number, short title and date it is given', () => {
    const written = newModification(copy, { ...base, number: '14', shortTitle: 'Units', date: '2016-10/2016-11-09', source: 'modification-status-report-2016-11', section: '1' });
    expect(written.id).toBe('SECMP0014');
    const data = load(copy.read('modifications/SECMP0014.mdx').split('---\n')[1] as string) as Record<string, unknown>;
    expect(data).toMatchObject({ shortTitle: 'Units', events: [{ date: '2016-10/2016-11-09' }] });
    expect(copy.problems()).toEqual([]);
    // The next free number is still counted from the highest.
    expect(nextNumber(copy)).toBe(25);
  });

  it('defaults to the citing source\'s own date', () => {
    newModification(copy, { ...base, source: 'modification-status-report-2016-11', section: '1' });
    expect(copy.read('modifications/SECMP0025.mdx')).toContain('date: 2016-11/2016-11-09');
  });
});

describe('refusals, each writing nothing', () => {
  it.each<[string, Partial<NewModification>, RegExp]>([
    ['a number already used, naming its file', { number: 'SECMP0023' }, /^SECMP0023 is already used: .*\/content\/modifications\/SECMP0023\.mdx exists/],
    ['a number that is not one', { number: 'twenty' }, /--number "twenty" is not a modification number/],
    ['a source that does not exist, listing those that do', { source: 'sec-update-2016-12' }, /there is no source "sec-update-2016-12" in .*; the sources are: modification-status-report-2016-11, sec-update-2016-11-09$/],
    ['a section that does not exist, listing those that do', { section: '4.9' }, /source "sec-update-2016-11-09" has no section "4.9"; its sections are: 1, 2, 2.1, 2.2, 2.3, 3, 3.1, 4, 4.1, 4.2, 4.3, 5$/],
    ['a date that is not one', { date: '9/11/2016' }, /--date "9\/11\/2016" is not a day written YYYY-MM-DD; did you mean "2016-11-09"\?/],
    ['a date after the as-of date', { date: '2016-12-01' }, /--date 2016-12-01 may lie after the register's as-of date 2016-11-09/],
    ['an empty title', { title: '  ' }, /--title must not be empty/],
  ])('%s', (_name, change, message) => {
    const before = modificationFiles();
    expect(refusal(() => newModification(copy, { ...base, ...change })).message).toMatch(message);
    expect(modificationFiles()).toEqual(before);
  });

  it('removes a file that leaves the content with a problem, and gives the problems', () => {
    const error = refusal(() => writeChecked(copy, [{ path: 'modifications/SECMP0025.mdx', text: '---\nid: SECMP0025\n---\n' }]));
    expect(error.message).toMatch(/SECMP0025\.mdx would leave \d+ problems in .*, so nothing was written:$/);
    expect(error.problems).toContain(`${copy.root}/modifications/SECMP0025.mdx:2: title: is required but missing`);
    expect(existsSync(join(copy.dir, 'modifications/SECMP0025.mdx'))).toBe(false);
  });
});

describe('npm run new -- modification', () => {
  it('writes the file and prints it and its page address', () => {
    const run = runNew(['modification', '--title', 'A new one', '--source', 'sec-update-2016-11-09', '--section', '4.2'], copy.dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Wrote ${copy.dir}/modifications/SECMP0025.mdx`);
    expect(run.stdout).toContain('/modifications/secmp0025/');
    expect(copy.problems()).toEqual([]);
  });

  it('without a terminal, refuses a missing required value by name and exits 1', () => {
    const run = runNew(['modification', '--source', 'sec-update-2016-11-09'], copy.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("error: missing --title <title> (the modification's full title), --section <id> (the section of that source); stdin is not a terminal");
    expect(modificationFiles()).not.toContain('SECMP0025.mdx');
  });
});
