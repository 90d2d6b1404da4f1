/**
 * Each class of bad content an editor can write: how to write it into a copy of the real
 * content, and the problems the linter must report for it. `bad-input.test.ts` runs them, and
 * the README's catalogue of bad input lists each one with what the editor sees.
 */
import { edit, editJson, replaceIn } from '../support/content';

export const MOD = 'content/modifications/SECMP0002.mdx';
const MOD16 = 'content/modifications/SECMP0016.mdx';
/** A modification whose body has sections, for problems in a body. */
const MOD23 = 'content/modifications/SECMP0023.mdx';

export interface Case {
  /** The class of bad input. */
  readonly name: string;
  /** Breaks a fresh copy of the real content. */
  readonly breakIt: (files: Map<string, string>) => void;
  /** Each expected problem: the file, the field, and part of the message. */
  readonly expect: readonly { file: string; field: string; message: string }[];
}

export const cases: Case[] = [
  {
    name: 'a YAML syntax error in frontmatter',
    breakIt: (f) => replaceIn(f, MOD, 'shortTitle: Add New', 'shortTitle: [Add New'),
    expect: [{ file: MOD, field: '(frontmatter)', message: '' }],
  },
  {
    name: 'a key written twice in frontmatter',
    breakIt: (f) => replaceIn(f, MOD, 'proposer: null', 'proposer: null\nproposer: null'),
    expect: [{ file: MOD, field: '(frontmatter)', message: 'duplicated mapping key' }],
  },
  {
    name: 'a missing required field',
    breakIt: (f) => replaceIn(f, MOD, 'shortTitle: Add New Command to Reset Debt Registers\n', ''),
    expect: [{ file: MOD, field: 'shortTitle', message: 'is required but missing' }],
  },
  {
    name: 'a misspelt field',
    breakIt: (f) => replaceIn(f, MOD, 'proposer: null', 'proposer: null\nworkinggroup: wg1'),
    expect: [{ file: MOD, field: 'workinggroup', message: 'is not a field' }],
  },
  {
    name: 'an unquoted version number read as a number',
    breakIt: (f) => replaceIn(f, 'content/versions/5.0.json', '"id": "5.0"', '"id": 5.0'),
    expect: [{ file: 'content/versions/5.0.json', field: 'id', message: 'quote the value' }],
  },
  {
    name: 'an impossible calendar date',
    breakIt: (f) => replaceIn(f, MOD, "date: '2016-10-27'", "date: '2016-10-32'"),
    expect: [{ file: MOD, field: 'events[1].date', message: 'not a real calendar day' }],
  },
  {
    name: 'a date in the wrong format',
    breakIt: (f) => replaceIn(f, MOD, "date: '2016-10-27'", 'date: 27/10/2016'),
    expect: [{ file: MOD, field: 'events[1].date', message: 'did you mean "2016-10-27"' }],
  },
  {
    name: 'an interval that ends before it starts',
    breakIt: (f) => replaceIn(f, 'content/modifications/SECMP0023.mdx', 'date: 2016-10/2016-11-09', 'date: 2016-11-09/2016-10'),
    expect: [{ file: 'content/modifications/SECMP0023.mdx', field: 'events[0].date', message: 'ends before it starts' }],
  },
  {
    name: 'an event kind outside the vocabulary',
    breakIt: (f) => replaceIn(f, MOD, 'kind: working-group-meeting', 'kind: wg-meeting'),
    expect: [{ file: MOD, field: 'events[1].kind', message: '"wg-meeting" is not an event kind' }],
  },
  {
    name: 'an id that does not match the file name',
    breakIt: (f) => replaceIn(f, MOD, 'id: SECMP0002', 'id: SECMP0012'),
    expect: [
      { file: MOD, field: 'id', message: 'the file is named "SECMP0002"' },
      { file: 'content/modifications/SECMP0012.mdx', field: 'id', message: 'already used by content/modifications/SECMP0002.mdx' },
    ],
  },
  {
    name: 'a malformed modification number',
    breakIt: (f) => {
      f.set('content/modifications/SECMP23.mdx', (f.get('content/modifications/SECMP0023.mdx') as string).replace('id: SECMP0023', 'id: SECMP23'));
    },
    expect: [{ file: 'content/modifications/SECMP23.mdx', field: 'id', message: 'must be "SECMP" followed by four digits' }],
  },
  {
    name: 'a reference to an entry that does not exist',
    breakIt: (f) => replaceIn(f, MOD, 'group: wg1', 'group: wg9'),
    expect: [{ file: MOD, field: 'workingGroup.group', message: '"wg9" is not an entry of workingGroups' }],
  },
  {
    name: 'a reference to a missing meeting',
    breakIt: (f) => replaceIn(f, MOD, 'meeting: wg1-2016-10-27', 'meeting: wg1-2016-10-28'),
    expect: [{ file: MOD, field: 'events[1].meeting', message: '"wg1-2016-10-28" is not an entry of meetings' }],
  },
  {
    name: 'a target release whose status is not one of the release\'s notes',
    breakIt: (f) => replaceIn(f, MOD, "release: '2018-02'", "release: '2018-06'"),
    expect: [
      { file: MOD, field: 'targetRelease.status', message: '"earliest-point" is not a status note of content/releases/2018-06.json: its notes are "first-enduring-releases"' },
    ],
  },
  {
    name: 'a release status note that no modification gives',
    breakIt: (f) =>
      editJson(f, 'content/releases/2018-06.json', (r) => {
        const notes = (r as { statusNotes: { id: string }[] }).statusNotes;
        notes.push({ ...(notes[0] as { id: string }), id: 'unused' });
      }),
    expect: [{ file: 'content/releases/2018-06.json', field: 'statusNotes[1].id', message: 'no modification gives "unused" as its status' }],
  },
  {
    name: 'a document listed twice',
    breakIt: (f) => replaceIn(f, MOD, 'impactedDocuments: [ smets2, gbcs, duis, mmc ]', 'impactedDocuments: [ smets2, gbcs, duis, gbcs ]'),
    expect: [{ file: MOD, field: 'targetRelease.impactedDocuments[3]', message: '"gbcs" is listed twice' }],
  },
  {
    name: 'a document given as an impacted system',
    breakIt: (f) => replaceIn(f, MOD, 'impactedSystems: [ dcc ]', 'impactedSystems: [ gbcs ]'),
    expect: [{ file: MOD, field: 'targetRelease.impactedSystems[0]', message: 'not a system' }],
  },
  {
    name: 'events out of date order',
    breakIt: (f) => replaceIn(f, MOD16, "date: '2016-10-21'", "date: '2016-10-04'"),
    expect: [{ file: MOD16, field: 'events[2].date', message: 'earlier than an event listed before it' }],
  },
  {
    name: 'an illegal transition',
    breakIt: (f) => replaceIn(f, MOD16, 'kind: working-group-consultation-closed', 'kind: modification-report-consultation-closed'),
    expect: [{ file: MOD16, field: 'events[2].kind', message: 'cannot happen in Refinement' }],
  },
  {
    name: 'a history that begins without a phase',
    breakIt: (f) => replaceIn(f, MOD, 'kind: refinement-started', 'kind: progress-update'),
    expect: [{ file: MOD, field: 'events[0].kind', message: 'a history cannot begin with "progress-update"' }],
  },
  {
    name: 'an event after the as-of date',
    breakIt: (f) => replaceIn(f, MOD, "date: '2016-10-27'\n    kind: working-group-meeting", "date: '2016-11-28'\n    kind: working-group-meeting"),
    expect: [{ file: MOD, field: 'events[1].date', message: "after the register's as-of date 2016-11-09" }],
  },
  {
    name: 'an event dated away from its meeting',
    breakIt: (f) => replaceIn(f, MOD, "date: '2016-10-27'\n    kind: working-group-meeting", "date: '2016-10-28'\n    kind: working-group-meeting"),
    expect: [{ file: MOD, field: 'events[1].date', message: 'cannot be the date of meeting "wg1-2016-10-27"' }],
  },
  {
    name: 'a citation of a section the source does not have',
    breakIt: (f) => replaceIn(f, MOD, "section: '4.3', locator: Table two }", "section: '4.9', locator: Table two }"),
    expect: [{ file: MOD, field: 'titleSources[0].section', message: 'has no section "4.9"' }],
  },
  {
    name: 'a citation of a source that does not exist',
    breakIt: (f) => replaceIn(f, MOD, 'source: sec-update-2016-11-09', 'source: sec-update-2016-10'),
    expect: [{ file: MOD, field: 'titleSources[0].source', message: '"sec-update-2016-10" is not a source' }],
  },
  {
    name: 'a fact without a source',
    breakIt: (f) => editJson(f, 'content/working-groups/wg3.json', (w) => (w.sources = [])),
    expect: [{ file: 'content/working-groups/wg3.json', field: 'sources', message: 'must cite at least one source section' }],
  },
  {
    name: 'a discrepancy whose shown reading is not what the site shows',
    breakIt: (f) => replaceIn(f, 'content/meetings/wg5-2016-10-28.json', '"shown": 0', '"shown": 1'),
    expect: [{ file: 'content/meetings/wg5-2016-10-28.json', field: 'discrepancies[0].shown', message: 'says the site shows "2016-11-28"' }],
  },
  {
    name: 'a meeting in the future recorded as not held',
    breakIt: (f) =>
      editJson(f, 'content/meetings/wg1-2016-11.json', (m) => (m.notHeld = { reason: 'Cancelled.', sources: [{ source: 'modification-status-report-2016-11', section: '2' }] })),
    expect: [{ file: 'content/meetings/wg1-2016-11.json', field: 'notHeld', message: 'cannot be known not to have happened' }],
  },
  {
    name: 'a meeting recorded as held after the as-of date',
    breakIt: (f) => editJson(f, 'content/meetings/wg1-2016-11.json', (m) => (m.held = { sources: [{ source: 'modification-status-report-2016-11', section: '2' }] })),
    expect: [{ file: 'content/meetings/wg1-2016-11.json', field: 'held', message: 'cannot be known to have happened' }],
  },
  {
    name: 'an agenda item that names a modification the register does not hold',
    breakIt: (f) => replaceIn(f, 'content/meetings/wg1-2016-11.json', 'the solution for SECMP0005', 'the solution for SECMP0095'),
    expect: [{ file: 'content/meetings/wg1-2016-11.json', field: 'agenda[0].item', message: 'names SECMP0095, which is not an entry of modifications' }],
  },
  {
    name: 'a relation between two modifications stated in both files',
    breakIt: (f) =>
      replaceIn(f, 'content/modifications/SECMP0022.mdx', 'discrepancies:', "related:\n  - modification: SECMP0020\n    reason: Together.\n    sources:\n      - { source: sec-update-2016-11-09, section: '4.1' }\ndiscrepancies:"),
    expect: [{ file: 'content/modifications/SECMP0022.mdx', field: 'related[0].modification', message: 'already relates SECMP0020 to SECMP0022' }],
  },
  {
    name: 'a release dated outside the month it is named after',
    breakIt: (f) => replaceIn(f, 'content/releases/2018-02.json', '"date": "2018-02-22"', '"date": "2018-03-22"'),
    expect: [{ file: 'content/releases/2018-02.json', field: 'date', message: 'not in the month 2018-02' }],
  },
  {
    name: 'a source section outside the source text',
    breakIt: (f) => replaceIn(f, 'content/sources/sec-update-2016-11-09.json', '"lines": [369, 384]', '"lines": [369, 400]'),
    expect: [{ file: 'content/sources/sec-update-2016-11-09.json', field: 'sections[11].lines', message: 'outside the source' }],
  },
  {
    name: 'a missing source text file',
    breakIt: (f) => f.delete('content/sources/text/000_9edbd0117171751f.txt'),
    expect: [{ file: 'content/sources/sec-update-2016-11-09.json', field: 'text.file', message: 'does not exist' }],
  },
  {
    name: 'a file with the wrong extension',
    breakIt: (f) => f.set('content/releases/2019-02.yaml', "id: '2019-02'\n"),
    expect: [{ file: 'content/releases/2019-02.yaml', field: '(file)', message: 'releases are JSON records ending in ".json"' }],
  },
  {
    name: 'a file outside any collection',
    breakIt: (f) => f.set('content/modification/SECMP0030.mdx', '---\nid: SECMP0030\n---\n'),
    expect: [{ file: 'content/modification/SECMP0030.mdx', field: '(file)', message: 'is not where content lives' }],
  },
  {
    name: 'a file that is not a mapping',
    breakIt: (f) => f.set('content/documents/empty.json', '["just", "a list"]\n'),
    expect: [{ file: 'content/documents/empty.json', field: '(file)', message: 'must hold a JSON object' }],
  },
  {
    name: 'an unknown document type',
    breakIt: (f) => replaceIn(f, 'content/documents/gbcs.json', '"type": "technical-document"', '"type": "specification"'),
    expect: [{ file: 'content/documents/gbcs.json', field: 'type', message: 'must be one of: code, sec-section' }],
  },
  {
    name: 'a discrepancy that points past its readings',
    breakIt: (f) => replaceIn(f, 'content/meetings/wg5-2016-10-28.json', '"shown": 0', '"shown": 2'),
    expect: [{ file: 'content/meetings/wg5-2016-10-28.json', field: 'discrepancies[0].shown', message: 'only 2 readings' }],
  },
  {
    name: 'a working-group-meeting event at a meeting that is not a working group',
    breakIt: (f) => replaceIn(f, MOD, 'meeting: wg1-2016-10-27', 'meeting: sec-panel-2016-10'),
    expect: [{ file: MOD, field: 'events[1].meeting', message: 'is a sec-panel meeting, not a working-group meeting' }],
  },
  {
    name: 'an outcome recorded at a meeting that did not take place',
    breakIt: (f) => replaceIn(f, 'content/modifications/SECMP0010.mdx', 'kind: progress-update', 'kind: working-group-meeting'),
    expect: [{ file: 'content/modifications/SECMP0010.mdx', field: 'events[1].kind', message: 'did not take place' }],
  },
  {
    name: 'a plan dated away from its meeting',
    breakIt: (f) => replaceIn(f, 'content/modifications/SECMP0016.mdx', "date: '2016-11-11'", "date: '2016-11-18'"),
    expect: [{ file: 'content/modifications/SECMP0016.mdx', field: 'plans[0].date', message: 'cannot be the date of meeting "sec-panel-2016-11-11"' }],
  },
  {
    name: 'a discrepancy about a field that does not exist',
    breakIt: (f) => replaceIn(f, 'content/modifications/SECMP0004.mdx', 'about: title', 'about: titel'),
    expect: [{ file: 'content/modifications/SECMP0004.mdx', field: 'discrepancies[0].about', message: '"titel" names no field' }],
  },
  {
    name: 'a designation that has not yet taken effect',
    breakIt: (f) => replaceIn(f, 'content/versions/5.0.json', '"effective": "2016-11-08"', '"effective": "2016-12-08"'),
    expect: [{ file: 'content/versions/5.0.json', field: 'effective', message: "after the register's as-of date" }],
  },
  {
    name: 'a related modification listed twice',
    breakIt: (f) => edit(f, 'content/modifications/SECMP0020.mdx', (t) => t.replace(/related:\n((?:  .*\n)+)/, (all, body: string) => `${all}${body}`)),
    expect: [{ file: 'content/modifications/SECMP0020.mdx', field: 'related[1].modification', message: 'is listed twice' }],
  },
  {
    name: 'a withdrawn modification still planned for a release',
    breakIt: (f) =>
      edit(f, MOD, (t) =>
        t.replace(
          /^plans:/m,
          `  - date: '2016-11-01'\n    kind: withdrawn\n    detail: Withdrawn.\n    sources:\n      - { source: sec-update-2016-11-09, section: '4.1' }\nplans:`,
        ),
      ),
    expect: [{ file: MOD, field: 'targetRelease', message: 'is withdrawn, so it cannot be planned for a release' }],
  },
  {
    name: 'a modification related to itself',
    breakIt: (f) => replaceIn(f, 'content/modifications/SECMP0020.mdx', 'modification: SECMP0022', 'modification: SECMP0020'),
    expect: [{ file: 'content/modifications/SECMP0020.mdx', field: 'related[0].modification', message: 'cannot be related to itself' }],
  },
  {
    name: 'a JSON syntax error, with its line and column',
    breakIt: (f) => replaceIn(f, 'content/working-groups/wg3.json', '"name": "Working Group 3",', '"name": "Working Group 3"'),
    expect: [{ file: 'content/working-groups/wg3.json', field: '(json)', message: 'is not valid JSON: CommaExpected at column' }],
  },
  {
    name: 'a key written twice in a JSON record',
    breakIt: (f) => replaceIn(f, 'content/working-groups/wg3.json', '"name": "Working Group 3",', '"name": "Working Group 3",\n  "name": "Working Group Three",'),
    expect: [{ file: 'content/working-groups/wg3.json', field: 'name', message: 'is written twice' }],
  },
  {
    name: 'a record whose $schema points elsewhere',
    breakIt: (f) => replaceIn(f, 'content/working-groups/wg3.json', 'working-groups.schema.json', 'releases.schema.json'),
    expect: [{ file: 'content/working-groups/wg3.json', field: '$schema', message: 'must be "../../src/schemas/json/working-groups.schema.json"' }],
  },
  {
    name: 'a modification without frontmatter',
    breakIt: (f) => f.set('content/modifications/SECMP0030.mdx', '## Issue\n\nNo frontmatter.\n'),
    expect: [{ file: 'content/modifications/SECMP0030.mdx', field: '(frontmatter)', message: 'must begin with frontmatter' }],
  },
  {
    name: 'malformed MDX in a body',
    breakIt: (f) => edit(f, MOD23, (t) => `${t}\nThe <b>tag is never closed.\n`),
    expect: [{ file: MOD23, field: '(body)', message: 'is not valid MDX' }],
  },
  {
    name: 'a component the register does not provide',
    breakIt: (f) => edit(f, MOD23, (t) => `${t}\n<Chart kind="bar" />\n`),
    expect: [{ file: MOD23, field: '(body)', message: '<Chart> is not a component the register provides' }],
  },
  {
    name: 'a citation component naming a source that does not exist',
    breakIt: (f) => edit(f, MOD23, (t) => `${t}\nMore. <Cite source="sec-update-2016-12" section="4.1" />\n`),
    expect: [{ file: MOD23, field: '(body)', message: '<Cite source="sec-update-2016-12">: "sec-update-2016-12" is not a source' }],
  },
  {
    name: 'a citation component naming a section the source lacks',
    breakIt: (f) => edit(f, MOD23, (t) => `${t}\nMore. <Cite source="sec-update-2016-11-09" section="9.9" />\n`),
    expect: [{ file: MOD23, field: '(body)', message: 'source "sec-update-2016-11-09" has no section "9.9"' }],
  },
  {
    name: 'a citation component missing its section',
    breakIt: (f) => edit(f, MOD23, (t) => `${t}\nMore. <Cite source="sec-update-2016-11-09" />\n`),
    expect: [{ file: MOD23, field: '(body)', message: '<Cite> needs section="…"' }],
  },
  {
    name: 'a link to a modification that does not exist',
    breakIt: (f) => edit(f, MOD23, (t) => `${t}\nSee <Mod n="99" />.\n`),
    expect: [{ file: MOD23, field: '(body)', message: '<Mod> links to SECMP0099, which is not an entry of modifications' }],
  },
  {
    name: 'narrative written in the frontmatter instead of the body (a frontmatter/body mismatch)',
    breakIt: (f) => replaceIn(f, MOD, 'proposer: null', "proposer: null\nissue:\n  text: The issue.\n  sources:\n    - { source: sec-update-2016-11-09, section: '4.3' }"),
    expect: [{ file: MOD, field: 'issue', message: 'is narrative: write it in the body, under "## Issue"' }],
  },
  {
    name: 'a body section the narrative does not have',
    breakIt: (f) => edit(f, MOD23, (t) => `${t}\n## Costs\n\nUnknown.\n`),
    expect: [{ file: MOD23, field: '(body)', message: '"## Costs" is not a section' }],
  },
  {
    name: 'a body section given twice',
    breakIt: (f) => edit(f, MOD23, (t) => `${t}\n## Issue\n\nAgain.\n`),
    expect: [{ file: MOD23, field: '(body)', message: '"## Issue" is given twice' }],
  },
  {
    name: 'code in a body: an import, an expression',
    breakIt: (f) => edit(f, MOD23, (t) => `${t}\nimport fs from 'node:fs'\n\n{fs.rmSync('/')}\n`),
    expect: [
      { file: MOD23, field: '(body)', message: 'imports and exports are not allowed' },
      { file: MOD23, field: '(body)', message: '{expressions} are not allowed' },
    ],
  },
  {
    name: 'a script link in a body',
    breakIt: (f) => edit(f, MOD23, (t) => `${t}\nA [link](javascript:alert(1)).\n`),
    expect: [{ file: MOD23, field: '(body)', message: 'a link must be an https: or mailto: address' }],
  },
  {
    name: 'text in a body before its first section',
    breakIt: (f) => edit(f, MOD, (t) => `${t}\nSome words with no heading above them.\n`),
    expect: [{ file: MOD, field: '(body)', message: 'text before the first section' }],
  },
  {
    name: 'a component attribute written as an expression',
    breakIt: (f) => edit(f, MOD23, (t) => `${t}\nSee <Mod n={23} />.\n`),
    expect: [{ file: MOD23, field: '(body)', message: '<Mod> takes only quoted text attributes' }],
  },
  {
    name: 'a YAML anchor or alias in frontmatter',
    breakIt: (f) => replaceIn(f, MOD, 'proposer: null', 'proposer: null\nmentions: &docs [gbcs]\notherTitles: *docs'),
    expect: [{ file: MOD, field: '(frontmatter)', message: 'anchor' }],
  },
];
