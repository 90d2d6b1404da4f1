/**
 * Each integrity check alone, on a small invented register: what it accepts, and the problem
 * it reports for one defect, with the file and field. The end-to-end catalogue of bad content is
 * `tests/content/bad-input.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { checks, integrityContext, warningChecks } from '../../../src/validate/integrity';
import type { RawContent } from '../../../src/schemas/content';
import { content, document, event, meeting, modification, paper, release, version, workingGroup } from '../../support/fixtures';

/** The problems one check finds, as `file: field: message`. */
function run(check: keyof typeof checks, raw: RawContent): string[] {
  return [...checks[check]!(integrityContext(raw))].map((p) => `${p.file}: ${p.field.join('.')}: ${p.message}`);
}

const good = content({
  modifications: [
    modification('SECMP0001', {
      workingGroup: { group: 'wg1', allocation: 'allocated', sources: [{ source: 'paper', section: '1' }] },
      targetRelease: { release: '2018-02', status: 'earliest', impactedDocuments: ['gbcs'], impactedSystems: ['dcc'], sources: [{ source: 'paper', section: '2' }] },
      events: [event('2016-10-03', 'raised'), event('2016-10-20', 'refinement-started', { meeting: 'panel' })],
    }),
  ],
  workingGroups: [workingGroup()],
  releases: [release('2018-02', { statusNotes: [{ id: 'earliest', text: 'Earliest point', sources: [{ source: 'paper', section: '2' }] }] })],
  meetings: [meeting('panel')],
  documents: [document('gbcs'), document('dcc', { type: 'system' })],
  versions: [version('5.0')],
});

describe('every check', () => {
  it('finds nothing wrong with a sound register', () => {
    for (const name of Object.keys(checks) as (keyof typeof checks)[]) expect(run(name, good), name).toEqual([]);
  });
});

describe('ids', () => {
  it('must match the file name', () => {
    const m = modification('SECMP0002');
    const raw = content({ modifications: [{ ...m, file: 'content/modifications/SECMP0009.mdx' }] });
    expect(run('ids', raw)).toEqual(['content/modifications/SECMP0009.mdx: id: is "SECMP0002" but the file is named "SECMP0009"; they must match']);
  });

  it('may not differ only in case, since addresses are lowercase', () => {
    const a = document('gbcs');
    const b = { ...document('gbcs'), file: 'content/documents/GBCS.json', data: { ...document('gbcs').data, id: 'GBCS' } };
    expect(run('ids', content({ documents: [a, b] }))).toContain('content/documents/GBCS.json: id: "GBCS" is already used by content/documents/gbcs.json');
  });
});

describe('citations', () => {
  it('must name a source that exists', () => {
    const raw = content({ workingGroups: [workingGroup('wg1', { sources: [{ source: 'nowhere', section: '1' }] })] });
    expect(run('citations', raw)).toEqual(['content/working-groups/wg1.json: sources.0.source: "nowhere" is not a source in content/sources/']);
  });

  it('must name a section the source has', () => {
    const raw = content({ workingGroups: [workingGroup('wg1', { sources: [{ source: 'paper', section: '9' }] })] });
    expect(run('citations', raw)).toEqual(['content/working-groups/wg1.json: sources.0.section: source "paper" has no section "9" (it has 1, 2)']);
  });
});

describe('discrepancies', () => {
  it('must show the reading the entry holds', () => {
    const m = modification('SECMP0001', {
      discrepancies: [{ about: 'title', readings: [{ value: 'Other', sources: [{ source: 'paper', section: '1' }] }], shown: 0, why: 'Because.' }],
    });
    expect(run('discrepancies', content({ modifications: [m] }))).toEqual([
      'content/modifications/SECMP0001.mdx: discrepancies.0.shown: says the site shows "Other", but title is "Modification SECMP0001"',
    ]);
  });
});

describe('histories', () => {
  it('refuse an event after the as-of date', () => {
    const m = modification('SECMP0001', { events: [event('2016-11-10', 'raised')] });
    expect(run('histories', content({ modifications: [m] }))[0]).toMatch(/events\.0\.date: 2016-11-10 may lie after the register's as-of date 2016-11-09/);
  });

  it('refuse events out of order', () => {
    const m = modification('SECMP0001', { events: [event('2016-10-20', 'raised'), event('2016-10-03', 'refinement-started')] });
    expect(run('histories', content({ modifications: [m] }))).toContain(
      'content/modifications/SECMP0001.mdx: events.1.date: 2016-10-03 is earlier than an event listed before it (2016-10-20); list events in the order they happened',
    );
  });

  it('refuse a transition the phase model forbids', () => {
    const m = modification('SECMP0001', { events: [event('2016-10-03', 'raised'), event('2016-10-04', 'change-board-approved')] });
    expect(run('histories', content({ modifications: [m] }))[0]).toMatch(/events\.1\.kind: "change-board-approved" cannot happen in Initial Modification Report/);
  });

  it('refuse an event dated away from its meeting', () => {
    const m = modification('SECMP0001', { events: [event('2016-10-03', 'raised', { meeting: 'panel' })] });
    expect(run('histories', content({ modifications: [m], meetings: [meeting('panel')] }))).toEqual([
      'content/modifications/SECMP0001.mdx: events.0.date: 2016-10-03 cannot be the date of meeting "panel" (2016-10-20)',
    ]);
  });

  it('refuse a withdrawn modification that still targets a release', () => {
    const m = modification('SECMP0001', {
      events: [event('2016-10-03', 'raised'), event('2016-10-04', 'withdrawn')],
      targetRelease: { release: '2018-02', status: 'earliest', impactedDocuments: ['gbcs'], impactedSystems: null, sources: [{ source: 'paper', section: '1' }] },
    });
    expect(run('histories', content({ modifications: [m] }))[0]).toMatch(/targetRelease: the modification is withdrawn/);
  });
});

describe('releases', () => {
  it('needs the status to be one of the release\'s notes', () => {
    const m = modification('SECMP0001', {
      targetRelease: { release: '2018-02', status: 'later', impactedDocuments: ['gbcs'], impactedSystems: null, sources: [{ source: 'paper', section: '1' }] },
    });
    const r = release('2018-02', { statusNotes: [{ id: 'earliest', text: 'Earliest point', sources: [{ source: 'paper', section: '1' }] }] });
    expect(run('releases', content({ modifications: [m], releases: [r] }))).toEqual([
      'content/modifications/SECMP0001.mdx: targetRelease.status: "later" is not a status note of content/releases/2018-02.json: its notes are "earliest"',
      'content/releases/2018-02.json: statusNotes.0.id: no modification gives "earliest" as its status in this release (targetRelease.status)',
    ]);
  });

  it('needs distinct note names', () => {
    const m = modification('SECMP0001', {
      targetRelease: { release: '2018-02', status: 'earliest', impactedDocuments: ['gbcs'], impactedSystems: null, sources: [{ source: 'paper', section: '1' }] },
    });
    const note = { id: 'earliest', text: 'Earliest point', sources: [{ source: 'paper', section: '1' }] };
    expect(run('releases', content({ modifications: [m], releases: [release('2018-02', { statusNotes: [note, note] })] }))).toEqual([
      'content/releases/2018-02.json: statusNotes.1.id: "earliest" names two notes; each note needs its own name',
    ]);
  });

  it('needs the release dated in its month', () => {
    expect(run('releases', content({ releases: [release('2018-02', { date: '2018-03-01' })] }))).toEqual([
      'content/releases/2018-02.json: date: 2018-03-01 is not in the month 2018-02 the release is named after',
    ]);
  });
});

describe('references', () => {
  it('report a working group that does not exist', () => {
    const m = modification('SECMP0001', { workingGroup: { group: 'wg9', allocation: 'allocated', sources: [{ source: 'paper', section: '1' }] } });
    expect(run('modificationReferences', content({ modifications: [m] }))).toEqual([
      'content/modifications/SECMP0001.mdx: workingGroup.group: "wg9" is not an entry of workingGroups (there is no content/working-groups/wg9.json)',
    ]);
  });

  it('report a system listed as a document', () => {
    const m = modification('SECMP0001', {
      targetRelease: { release: '2018-02', status: 'earliest', impactedDocuments: ['dcc'], impactedSystems: null, sources: [{ source: 'paper', section: '1' }] },
    });
    expect(run('modificationReferences', content({ modifications: [m], documents: [document('dcc', { type: 'system' })], releases: [release()] }))).toEqual([
      'content/modifications/SECMP0001.mdx: targetRelease.impactedDocuments.0: "dcc" is a system; list it under impactedSystems',
    ]);
  });

  it("report a modification that a meeting's agenda item names but the register does not hold", () => {
    const m = meeting('panel', { agenda: [{ item: 'The Final Modification Report for SECMP0009.', sources: [{ source: 'paper', section: '1' }] }] });
    expect(run('meetingReferences', content({ meetings: [m] }))).toEqual(['content/meetings/panel.json: agenda.0.item: names SECMP0009, which is not an entry of modifications']);
  });

  it('report a relation stated in both files', () => {
    const relation = (other: string) => ({ related: [{ modification: other, reason: 'Together.', sources: [{ source: 'paper', section: '1' }] }] });
    const both = content({ modifications: [modification('SECMP0001', relation('SECMP0002')), modification('SECMP0002', relation('SECMP0001'))] });
    expect(run('modificationReferences', both)).toEqual([
      'content/modifications/SECMP0002.mdx: related.0.modification: content/modifications/SECMP0001.mdx already relates SECMP0001 to SECMP0002, and a relation is shown on both pages: state it in one file only',
    ]);
  });
});

describe('meetings and designations', () => {
  it('cannot know a future meeting did not happen', () => {
    const m = meeting('panel', { date: '2016-12', notHeld: { reason: 'x', sources: [{ source: 'paper', section: '1' }] } });
    expect(run('meetingsHeld', content({ meetings: [m] }))[0]).toMatch(/notHeld: the meeting's date 2016-12 is after the as-of date 2016-11-09/);
  });

  it('cannot hold a designation not yet in effect', () => {
    expect(run('designationsInEffect', content({ versions: [version('5.1', { effective: '2016-12-01' })] }))[0]).toMatch(/effective: 2016-12-01 is after the register's as-of date/);
  });
});

describe('sources', () => {
  it('need their text file', () => {
    expect(run('sources', content({ sources: [paper({ text: { file: 'missing.txt', lines: [1, 4] } })] }))).toEqual([
      'content/sources/paper.json: text.file: content/sources/text/missing.txt does not exist',
    ]);
  });

  it('keep their sections within their lines', () => {
    const raw = content({ sources: [paper({ sections: [{ id: '1', title: 'One', lines: [1, 9] }] })] });
    expect(run('sources', raw)).toContain('content/sources/paper.json: sections.0.lines: lines 1-9 lie outside the source\'s lines 1-4');
  });

  it('must exist, for the register to have an as-of date', () => {
    expect(run('sources', content({ sources: [] }))).toEqual(['content/sources: : there are no sources, so the register has no as-of date']);
  });
});

describe('warnings: outcomes not yet recorded', () => {
  const warn = (raw: RawContent) => [...warningChecks['unrecordedOutcomes']!(integrityContext(raw))].map((p) => `${p.file}: ${p.field.join('.')}: ${p.message}`);
  const later = paper({ id: 'later', date: '2016-12-07' });

  it('name a past meeting that no source records and no event is at', () => {
    const quiet = meeting('quiet', { date: '2016-11-01' });
    const noted = meeting('noted', { date: '2016-11-02', held: { sources: [{ source: 'paper', section: '1' }] } });
    const future = meeting('future', { date: '2016-12' });
    expect(warn(content({ meetings: [quiet, noted, future] }))).toEqual([
      expect.stringMatching(/^content\/meetings\/quiet\.json: date: the meeting's date 2016-11-01 has passed by the as-of date 2016-11-09, but no source records that it met/),
    ]);
  });

  it('name a past plan with no outcome on record, but not one carried out in a later paper', () => {
    const plans = [
      { date: '2016-11-04', kind: 'progress-update', detail: 'Feedback by 4 November.', sources: [{ source: 'paper', section: '1' }] },
      { date: '2016-11-11', kind: 'progress-update', detail: 'More on 11 November.', sources: [{ source: 'paper', section: '1' }] },
    ];
    const before = modification('SECMP0001', { plans });
    expect(warn(content({ modifications: [before] }))).toEqual([
      expect.stringMatching(/^content\/modifications\/SECMP0001\.mdx: plans\.0\.date: the plan's date 2016-11-04 has passed/),
    ]);
    // December's paper reports both outcomes: no warning remains.
    const after = modification('SECMP0001', {
      plans,
      events: [
        event('2016-10-03', 'raised'),
        event('2016-11-04', 'progress-update', { sources: [{ source: 'later', section: '1' }] }),
        event('2016-11-11', 'progress-update', { sources: [{ source: 'later', section: '1' }] }),
      ],
    });
    expect(warn(content({ modifications: [after], sources: [paper(), later] }))).toEqual([]);
  });

  it('never count an event the plan itself follows, in the same paper, as its outcome', () => {
    const m = modification('SECMP0001', {
      events: [event('2016-10-03', 'raised'), event('2016-10/2016-11-09', 'progress-update')],
      plans: [{ date: '../2016-11-04', kind: 'progress-update', detail: 'Feedback by 4 November.', sources: [{ source: 'paper', section: '1' }] }],
    });
    expect(warn(content({ modifications: [m] }))).toHaveLength(1);
  });
});
