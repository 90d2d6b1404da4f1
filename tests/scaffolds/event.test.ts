/**
 * `npm run new -- event`: an event added at its place in date order, with only the frontmatter
 * touched, and every refusal, on a temporary copy of the content.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addEvent, insertionIndex, type NewEvent } from '../../scripts/new/event';
import { sourceDate } from '../../src/domain/dates';
import { kindsFrom } from '../../src/domain/phases';
import { eventKinds } from '../../src/domain/vocabulary';
import { parseMdx } from '../../src/validate/mdx';
import { copyContent, refusal, runNew, type ContentCopy } from '../support/scaffolds';

let copy: ContentCopy;
beforeEach(() => (copy = copyContent()));
afterEach(() => copy.remove());

const MOD16 = 'modifications/SECMP0016.mdx';
const cite = { source: 'sec-update-2016-11-09', section: '4.1' };
const base: NewEvent = { modification: 'SECMP0016', kind: 'progress-update', date: '2016-10-25', ...cite, detail: 'Progress was reported.' };


/** The kinds and dates of a modification's events in the copy. */
function history(path: string): string[] {
  const parts = parseMdx(copy.read(path), path);
  if (!parts.frontmatter.ok) throw new Error(parts.frontmatter.message);
  return (parts.frontmatter.data as { events: { date: string; kind: string }[] }).events.map((e) => `${e.date} ${e.kind}`);
}

describe('an added event', () => {
  it('lands in date order, edits only the frontmatter, keeps its comments, and lints clean', () => {
    // An editor's comment in the frontmatter, which must survive the edit.
    const original = copy.read(MOD16).replace('events:\n', 'events:\n  # Checked against Table two.\n');
    writeFileSync(join(copy.dir, MOD16), original);
    const added = addEvent(copy, base);
    expect(history(MOD16)).toEqual([
      '../2016-10-05 refinement-started',
      '2016-10-05 working-group-consultation-opened',
      '2016-10-21 working-group-consultation-closed',
      '2016-10-25 progress-update',
      '2016-10-28 working-group-meeting',
      '../2016-11-09 impact-assessment-requested',
    ]);
    expect(added).toMatchObject({ id: 'SECMP0016', index: 3, count: 6, address: '/modifications/secmp0016/#event-4' });
    expect(copy.problems()).toEqual([]);

    const after = copy.read(MOD16);
    expect(after).toContain('  # Checked against Table two.\n');
    // The body is kept byte for byte, and the only change is the event's lines.
    expect(after.slice(after.indexOf('\n---\n'))).toBe(original.slice(original.indexOf('\n---\n')));
    const inserted = [
      "  - date: '2016-10-25'",
      '    kind: progress-update',
      '    detail: Progress was reported.',
      '    sources:',
      "      - { source: sec-update-2016-11-09, section: '4.1' }",
    ].join('\n');
    const at = original.indexOf("  - date: '2016-10-28'");
    expect(after).toBe(`${original.slice(0, at)}${inserted}\n${original.slice(at)}`);
  });

  it('takes a meeting, a locator, the kind\'s label as its detail by default, and any spelling of the number', () => {
    addEvent(copy, { modification: '16', kind: 'working-group-meeting', date: '2016-10-27', source: 'sec-update-2016-11-09', section: '4.3', locator: 'Table two', meeting: 'wg1-2016-10-27' });
    expect(copy.read(MOD16)).toContain(
      "  - date: '2016-10-27'\n    kind: working-group-meeting\n    meeting: wg1-2016-10-27\n    detail: Working Group meeting.\n    sources:\n      - { source: sec-update-2016-11-09, section: '4.3', locator: Table two }\n  - date: '2016-10-28'",
    );
    expect(copy.problems()).toEqual([]);
  });

  it('goes after every event whose earliest day is on or before its own', () => {
    const dates = ['../2016-10-05', '2016-10-05', '2016-10-21', '2016-10-28', '../2016-11-09'].map(sourceDate);
    expect(insertionIndex(dates, sourceDate('2016-10-05'))).toBe(2);
    expect(insertionIndex(dates, sourceDate('2016-10'))).toBe(1);
    expect(insertionIndex(dates, sourceDate('2016-11-01'))).toBe(5);
    // An open start happened no earlier than the events before it; a new one is placed by its latest day.
    expect(insertionIndex(dates, sourceDate('../2016-10-25'))).toBe(3);
    expect(insertionIndex([], sourceDate('2016-10-25'))).toBe(0);
  });
});

describe('refusals, each leaving the file as it was', () => {
  const refinement = kindsFrom('refinement').join(', ');
  it.each<[string, Partial<NewEvent>, string | RegExp]>([
    ['an unknown modification', { modification: 'SECMP0099' }, /^there is no modification "SECMP0099" \(no .*\/modifications\/SECMP0099\.mdx\); the modifications are: SECMP0002, SECMP0003, .*, SECMP0024$/],
    ['a kind outside the vocabulary, listing the kinds', { kind: 'wg-meeting' }, `--kind "wg-meeting" is not an event kind; use one of: ${eventKinds.join(', ')}`],
    [
      'a transition the phase model forbids, saying which kinds can happen there',
      { kind: 'change-board-approved' },
      `On 2016-10-25, after its event of 2016-10-21 ("working-group-consultation-closed"), SECMP0016 is in Refinement (Working Group), where "change-board-approved" cannot happen (it can happen in Change Board); the kinds that can happen in Refinement (Working Group) are: ${refinement}`,
    ],
    [
      'an event that would make a later one impossible',
      { kind: 'withdrawn' },
      /^On 2016-10-25, .* SECMP0016 is in Refinement \(Working Group\); "withdrawn" could happen there, but then its later event of 2016-10-28 \("working-group-meeting", events\[3\]\) could not \("working-group-meeting" cannot happen in Withdrawn; .*\); the kinds that can happen at that point without breaking the later events are: working-group-meeting, .*, adopted$/,
    ],
    [
      'an event before a history\'s first, where only an opening event can happen',
      { modification: 'SECMP0023', kind: 'working-group-meeting', date: '2016-09-20' },
      'On 2016-09-20, before its first event, SECMP0023 has no phase yet, where "working-group-meeting" cannot happen (it can happen in Refinement); only an event that begins a history can happen there: raised, refinement-started, modification-report-consultation-opened',
    ],
    ['a date after the as-of date, pointing to plans', { date: '2016-11-10' }, /^--date 2016-11-10 may lie after the register's as-of date 2016-11-09; an event is a fact, so add what is still to come as a plan, under "plans" in .*\/modifications\/SECMP0016\.mdx$/],
    ['a date that is not one', { date: '2016-13' }, '--date "2016-13" is not a real month; write a day "2016-10-27", a month "2016-10", or an interval "../2016-11-09" or "2016-10/2016-11-09"'],
    ['a source that does not exist', { source: 'sec-update' }, /^there is no source "sec-update" in .*; the sources are: modification-status-report-2016-11, sec-update-2016-11-09$/],
    ['a section that does not exist', { section: '6' }, 'source "sec-update-2016-11-09" has no section "6"; its sections are: 1, 2, 2.1, 2.2, 2.3, 3, 3.1, 4, 4.1, 4.2, 4.3, 5'],
    ['a meeting that does not exist', { meeting: 'wg1-2016-10-26' }, /^there is no meeting "wg1-2016-10-26" in .*\/meetings\/; the meetings are: change-board-2017-01, .*$/],
  ])('%s', (_name, change, message) => {
    const before = copy.read(MOD16);
    const other = copy.read('modifications/SECMP0023.mdx');
    expect(refusal(() => addEvent(copy, { ...base, ...change })).message).toMatch(message instanceof RegExp ? message : new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    expect(copy.read(MOD16)).toBe(before);
    expect(copy.read('modifications/SECMP0023.mdx')).toBe(other);
  });

  it('restores the file when the linter finds a problem, and gives the problem with its line', () => {
    const before = copy.read(MOD16);
    const error = refusal(() => addEvent(copy, { ...base, kind: 'working-group-meeting', meeting: 'wg1-2016-10-27' }));
    expect(error.message).toMatch(/SECMP0016\.mdx would leave 1 problem in .*, so nothing was written:$/);
    expect(error.problems).toEqual([`${copy.root}/modifications/SECMP0016.mdx:42: events[3].date: 2016-10-25 cannot be the date of meeting "wg1-2016-10-27" (2016-10-27)`]);
    expect(copy.read(MOD16)).toBe(before);
  });
});

describe('npm run new -- event', () => {
  it('adds the event and prints the file and the event\'s address', () => {
    const run = runNew(['event', 'SECMP0016', '--kind', 'progress-update', '--date', '2016-10-25', '--source', 'sec-update-2016-11-09', '--section', '4.1'], copy.dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Added a "progress-update" event of 2016-10-25 to ${copy.dir}/modifications/SECMP0016.mdx, as event 4 of 6`);
    expect(run.stdout).toContain('/modifications/secmp0016/#event-4');
    expect(copy.problems()).toEqual([]);
  });

  it('exits 1 with the reason on a refusal', () => {
    const run = runNew(['event', 'SECMP0016', '--kind', 'implemented', '--date', '2016-10-25', '--source', 'sec-update-2016-11-09', '--section', '4.1'], copy.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: On 2016-10-25, .* where "implemented" cannot happen \(it can happen in Pending Implementation\); the kinds that can happen in Refinement \(Working Group\) are: /);
  });
});
