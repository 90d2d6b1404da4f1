/**
 * The real content checked against the text of its sources: every thing the papers name is in
 * the register, and the figures the November 2016 status report publishes come out of the
 * event data.
 */
import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../src/domain/dates';
import { modificationId } from '../../src/domain/ids';
import { plannedFor } from '../../src/register/relations';
import { statusOn } from '../../src/register/status';
import { realRegister, sectionText, sourceText } from '../support/real-register';

const register = realRegister();
const PAPER = 'sec-update-2016-11-09';
const REPORT = 'modification-status-report-2016-11';
const seed = [...register.texts.values()].join('\n');
const ids = (list: readonly { id: string }[]) => list.map((m) => m.id);

describe('the as-of date', () => {
  it('is the date of the newest source, 9 November 2016, whatever day the site is built', () => {
    expect(register.asOf).toBe('2016-11-09');
    expect(register.asOf).not.toBe(new Date().toISOString().slice(0, 10));
  });
});

describe('the November 2016 status report, derived from events', () => {
  const status = statusOn(register, register.asOf);
  const report = sourceText(register, REPORT);
  const figure = (pattern: RegExp) => Number(pattern.exec(report)?.[1]);

  it('counts 21 open modifications, as the report publishes', () => {
    expect(status.open).toHaveLength(21);
    expect(status.open).toHaveLength(figure(/^(\d+)\s*$/m));
  });

  it('counts 2 / 17 / 2 / 0 / 0 / 0 by phase', () => {
    expect(status.byPhase['initial-modification-report']).toHaveLength(2);
    expect(status.byPhase.refinement).toHaveLength(17);
    expect(status.byPhase.refinement).toHaveLength(figure(/Modifications in refinement, (\d+)/));
    expect(status.byPhase['modification-report']).toHaveLength(2);
    expect(status.byPhase['change-board']).toHaveLength(0);
    expect(status.byPhase['awaiting-authority-decision']).toHaveLength(0);
    expect(status.byPhase['pending-implementation']).toHaveLength(0);
  });

  it('splits Refinement into 13 in Working Group and 4 in DCC Impact Assessment', () => {
    expect(status.byStage['working-group']).toHaveLength(figure(/Working Group, (\d+)/));
    expect(status.byStage['dcc-impact-assessment']).toHaveLength(figure(/DCC Impact\s*\n?\s*Assessment, (\d+)/));
    expect(figure(/Working Group, (\d+)/)).toBe(13);
    expect(ids(status.byStage['dcc-impact-assessment'])).toEqual(['SECMP0004', 'SECMP0008', 'SECMP0011', 'SECMP0016']);
  });

  it('puts the two new proposals at Initial Modification Report and the two consultations at Modification Report', () => {
    expect(ids(status.byPhase['initial-modification-report'])).toEqual(['SECMP0023', 'SECMP0024']);
    expect(ids(status.byPhase['modification-report'])).toEqual(['SECMP0020', 'SECMP0022']);
  });

  it('has in Refinement exactly the seventeen modifications of Table two', () => {
    const table = sectionText(register, PAPER, '4.3');
    const inTable = [...new Set([...table.matchAll(/SECMP(\d{4})/g)].map((m) => `SECMP${m[1]}`))].sort();
    expect(inTable).toHaveLength(17);
    expect(ids(status.byPhase.refinement)).toEqual(inTable);
  });

  it('counts SECMP0003 as open in refinement, on hold while it is being withdrawn (footnote 1)', () => {
    expect(ids(status.onHold)).toEqual(['SECMP0003']);
    expect(register.modification('SECMP0003').state).toEqual({ phase: 'refinement', stage: 'working-group', onHold: true });
  });

  it('records no Change Board or Authority decision in the month, as the report says', () => {
    const decisions = register.modifications.flatMap((m) =>
      m.events.filter((e) => /^(change-board|authority)-/.test(e.kind)),
    );
    expect(decisions).toEqual([]);
    expect(report).toContain('No approvals or rejections by the Change Board.');
  });
});

describe('everything the sources name is in the register', () => {
  it('holds every modification number the sources name, and no other', () => {
    const numbers = new Set([...seed.matchAll(/SECMP-?0*(\d{1,4})\b/g)].map((m) => modificationId(Number(m[1]))));
    expect(ids(register.modifications)).toEqual([...numbers].sort());
    // SECMP0002 to SECMP0013, SECMP0015, SECMP0016 and SECMP0018 to SECMP0024: 21 numbers.
    // The sources never name SECMP0001, SECMP0014 or SECMP0017.
    const expected = [...Array.from({ length: 12 }, (_, i) => i + 2), 15, 16, 18, 19, 20, 21, 22, 23, 24].map(modificationId);
    expect(ids(register.modifications)).toEqual(expected);
  });

  it('holds the three designations', () => {
    const named = [...seed.matchAll(/SEC Version (\d+\.\d+) Designation/g)].map((m) => m[1]);
    expect(named).toEqual(['4.16', '4.17', '5.0']);
    expect(ids(register.versions).sort()).toEqual([...named].sort());
    expect(register.version('4.16').effective).toBe('2016-10-20');
    expect(register.version('4.17').effective).toBe('2016-10-27');
    expect(register.version('5.0').effective).toBe('2016-11-08');
  });

  it('holds the four releases with their dates', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const named = [...seed.matchAll(/(\w+) (\d{4}) Release \((\d+)\w\w (\w+) (\d{4})\)/g)].map(
      (m) => `${m[5]}-${String(months.indexOf(m[4] as string) + 1).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`,
    );
    expect(register.releases.map((r) => r.date)).toEqual(named);
    expect(register.releases.map((r) => r.name)).toEqual([
      'June 2017 SEC Release',
      'November 2017 SEC Release',
      'February 2018 SEC Release',
      'June 2018 SEC Release',
    ]);
  });

  it("lists each release's modifications as the Release Contents table does", () => {
    const contents = sectionText(register, REPORT, '4');
    const [, feb = '', june = ''] = contents.split(/February 2018 Release|June 2018 Release/);
    const refs = (text: string) => [...text.matchAll(/^\s*(00\d\d)\b/gm)].map((m) => `SECMP${m[1]}`);
    const ids = (release: string) => plannedFor(register, register.release(release)).map((p) => p.modification.id);
    expect(ids('2018-02')).toEqual(refs(feb));
    expect(ids('2018-06')).toEqual(refs(june));
    expect(ids('2017-06')).toEqual([]);
    expect(ids('2017-11')).toEqual([]);
    // The report gives SECMP0012 its own note, about the Dual-Band Communications Hub changes.
    const statuses = plannedFor(register, register.release('2018-02')).map((p) => [p.modification.id, p.status.includes('Dual-Band')]);
    expect(statuses.filter(([, dualBand]) => dualBand).map(([id]) => id)).toEqual(['SECMP0012']);
  });

  it('holds the five working groups with the remits the report gives them', () => {
    for (const wg of register.workingGroups) {
      expect(seed).toContain(`${wg.name}: ${wg.remit.split(' ').slice(0, 3).join(' ')}`);
    }
    expect(ids(register.workingGroups)).toEqual(['wg1', 'wg2', 'wg3', 'wg4', 'wg5']);
  });

  it('holds every working-group meeting and non-meeting the sources date', () => {
    const months = { September: '09', October: '10', November: '11' } as Record<string, string>;
    const met = [...seed.matchAll(/Working Group (\d) met(?: via teleconference)?\s+on (\d+)\w\w\s+(\w+)\s+(\d{4})/g)].map(
      (m) => `wg${m[1]}-${m[4]}-${months[m[3] as string]}-${(m[2] as string).padStart(2, '0')}`,
    );
    const known = new Set(ids(register.meetings));
    // The report's "28th November 2016" for Working Group 5 is kept as a reading of the 28 October meeting.
    for (const id of met) expect(known.has(id) || id === 'wg5-2016-11-28').toBe(true);
    expect(register.meeting('wg5-2016-10-28').discrepancies[0]?.readings.map((r) => r.value)).toEqual(['2016-10-28', '2016-11-28']);
    for (const m of seed.matchAll(/Working Group (\d) did not meet in (\w+) (\d{4})/g)) {
      expect(register.meeting(`wg${m[1]}-${m[3]}-10`).notHeld).toBeDefined();
    }
  });

  it('holds the Panel, Change Board and DCUSA meetings and the engagement day', () => {
    expect(ids(register.meetings)).toEqual(
      expect.arrayContaining([
        'sec-panel-2016-09',
        'sec-panel-2016-10',
        'sec-panel-2016-11-11',
        'sec-panel-2016-12',
        'change-board-2017-01',
        'dcusa-panel-2016-10',
        'dcusa-panel-2016-11-16',
        'engagement-day-2016-11-25',
      ]),
    );
  });

  it('holds every document and system the release contents name as an impact', () => {
    const contents = sectionText(register, REPORT, '4');
    const named = new Set(
      [...contents.matchAll(/\b(SMETS2|GBCS|DUIS|MMC|TADP|CHTS|DUGIS|CHIMSM|DCC Users|DCC|SMS|SEC)\b/g)].map((m) => m[1]),
    );
    const names = new Set(register.documents.map((d) => ('abbreviation' in d ? d.abbreviation : d.name)));
    for (const name of named) {
      if (name === 'SEC') expect(register.document('sec')).toBeDefined();
      else expect(names.has(name as string), name).toBe(true);
    }
  });

  it('holds the SEC sections and appendices the paper names, with their names', () => {
    for (const [id, words] of [
      ['section-d5-4', 'SEC Section D5.4, Adoption of Withdrawn Proposals'],
      ['section-f2', 'SEC Section F2 - Certified Products List (CPL)'],
      ['appendix-r', 'SEC Appendix R - Common Test Scenarios'],
      ['appendix-z', 'SEC Appendix Z - CPL Requirements Document'],
    ] as const) {
      const doc = register.document(id);
      expect(seed).toContain(words);
      expect(words).toContain(`${doc.name}`);
      expect(words.replace(/\s+/g, ' ')).toContain((doc.fullName as string).split(' ')[0]);
    }
  });

  it('keeps every address printed in the sources', () => {
    const printed = new Set([...seed.matchAll(/(?:https?|mailto):[^\s]+/g)].map((m) => m[0]));
    const kept = new Set(
      [
        ...register.sources.flatMap((s) => s.links),
        ...register.versions.flatMap((v) => v.links),
        ...register.modifications.flatMap((m) => m.links),
      ].map((l) => l.url),
    );
    for (const url of printed) expect(kept.has(url), url).toBe(true);
  });
});

describe('traceability', () => {
  it("starts each source section at its printed heading", () => {
    for (const source of register.sources) {
      for (const section of source.sections) {
        const first = sectionText(register, source.id, section.id).split('\n')[0] as string;
        expect(first, `${source.id} §${section.id}`).toContain(`${section.id}. ${section.title}`.replace(/^(\d+\.\d+)\. /, '$1 '));
      }
    }
  });

  it('cites, for every event of a modification, a section that names the modification', () => {
    for (const m of register.modifications) {
      const spellings = [m.id, `SECMP${String(m.number).padStart(2, '0')}`, String(m.number).padStart(4, '0')];
      for (const event of m.events) {
        const texts = event.sources.map((c) => sectionText(register, c.source, c.section));
        expect(
          texts.some((t) => spellings.some((s) => t.includes(s))),
          `${m.id} ${event.kind} ${event.date.text}`,
        ).toBe(true);
      }
    }
  });

  it("dates SECMP0003's adoption window 10 Working Days after the withdrawal notice, as Section D5.4 sets", () => {
    const m = register.modification('SECMP0003');
    const notice = m.events.find((e) => e.kind === 'withdrawal-notified');
    const window = m.plans.find((p) => p.kind === 'adoption-window-closed');
    expect(notice?.date.text).toBe('2016-10-28');
    expect(window?.date?.text).toBe(addWorkingDays('2016-10-28', 10));
    expect(window?.documents).toEqual(['section-d5-4']);
  });

  it('keeps both titles of SECMP0004, as the task describes them', () => {
    const m = register.modification('SECMP0004');
    expect(m.title).toBe('Inclusion of Meter Serial Number data item in the Smart Metering Inventory');
    expect(m.shortTitle).toBe('Add MSN data item in SMI');
  });

  it('records as unknown what the sources do not say', () => {
    for (const m of register.modifications) {
      expect(m.proposer).toBeNull();
      expect(m.governance).toBeNull();
    }
    expect(register.modification('SECMP0020').title).toBeNull();
    expect(register.modification('SECMP0020').workingGroup).toBeNull();
    expect(register.document('gbcs').fullName).toBeNull();
  });
});
