/**
 * The monthly status report is replayed from the event data, over its reporting period and from
 * what was known on its cut-off. The November 2016 counts must be the ones the published report
 * gives, and the modifications behind each count must be the ones whose own events place them
 * in that phase on that day. Months before the earliest paper are reconstructed, without counts.
 */
import { describe, expect, it } from 'vitest';
import { monthBounds, monthOf, monthsBetween } from '../../src/domain/dates';
import { lintContent } from '../../src/validate/lint';
import { phaseOn } from '../../src/domain/phases';
import { openPhases, refinementStages } from '../../src/domain/vocabulary';
import { buildRegister } from '../../src/register/build';
import type { Register } from '../../src/register/types';
import { monthlyReport, phaseSeries, progressionMonths, reportingPeriod, reportMonths } from '../../src/register/reports';
import { contentFiles, replaceIn } from '../support/content';
import { realRegister } from '../support/real-register';

const register = realRegister();
const asOfMonth = monthOf(register.asOf);
const ids = (list: readonly { id: string }[]) => list.map((m) => m.id);

/** A register built from the real content with one edit, to see how the report responds. */
function editedRegister(file: string, from: string, to: string): Register {
  const result = lintContent(replaceIn(contentFiles(), file, from, to));
  expect(result.problems).toEqual([]);
  return buildRegister(result.content);
}

describe('the report months', () => {
  it('run from the month of the earliest dated fact to the as-of month', () => {
    // The earliest day any fact certainly allows: events with a known earliest day, and
    // meetings that had taken place by the as-of date.
    const days = [
      ...register.modifications.flatMap((m) => m.events.flatMap((e) => (e.date.earliest ? [e.date.earliest] : []))),
      ...register.meetings.filter((m) => m.status === 'held' || m.status === 'not-held').flatMap((m) => (m.parsedDate.earliest ? [m.parsedDate.earliest] : [])),
    ].sort();
    const first = monthOf(days[0] as string);
    expect(reportMonths(register)).toEqual(monthsBetween(first, asOfMonth));
  });

  it('with today’s content, are September to November 2016', () => {
    expect(reportMonths(register)).toEqual(['2016-09', '2016-10', '2016-11']);
  });

  it('before the earliest paper are reconstructed calendar months, with no counts', () => {
    for (const month of ['2016-09', '2016-10']) {
      const period = reportingPeriod(register, month);
      expect(period).toMatchObject({ kind: 'reconstructed', from: monthBounds(month).first, to: monthBounds(month).last });
      expect(monthlyReport(register, month).status).toBeNull();
    }
  });

  it('from the earliest paper on, cover the period the status report states, to its date', () => {
    expect(reportingPeriod(register, '2016-11')).toMatchObject({
      kind: 'sourced',
      // "between the October 2016 and November 2016 SEC Panel meetings": the October meeting is
      // dated only to the month, so the period starts on its first day, an inference.
      from: '2016-10-01',
      start: 'stated',
      startInferred: true,
      to: '2016-11-09',
      cutOff: 'status-report',
    });
  });

  it('refuse a month the register has no facts for', () => {
    expect(() => monthlyReport(register, '2016-08')).toThrow(/No report for 2016-08/);
    expect(() => monthlyReport(register, '2016-12')).toThrow(/No report for 2016-12/);
  });
});

describe('the November 2016 report', () => {
  const report = monthlyReport(register, '2016-11');
  const status = report.status as NonNullable<typeof report.status>;

  it('is taken on the as-of date, 9 November 2016', () => {
    expect(report.day).toBe('2016-11-09');
    expect(report.day).toBe(register.asOf);
  });

  it('gives the published counts: 21 open, 2 IMR, 17 Refinement (13 WG, 4 DCC IA), 2 MR, 0 CB, 0 AAD, 0 PI', () => {
    const counts = {
      open: status.open.length,
      ...Object.fromEntries(openPhases.map((p) => [p, status.byPhase[p].length])),
      ...Object.fromEntries(refinementStages.map((s) => [s, status.byStage[s].length])),
    };
    expect(counts).toEqual({
      open: 21,
      'initial-modification-report': 2,
      refinement: 17,
      'working-group': 13,
      'dcc-impact-assessment': 4,
      'modification-report': 2,
      'change-board': 0,
      'awaiting-authority-decision': 0,
      'pending-implementation': 0,
    });
    expect(status.notOnRecord).toEqual([]);
  });

  it('names the modifications behind each count', () => {
    expect(ids(status.byPhase['initial-modification-report'])).toEqual(['SECMP0023', 'SECMP0024']);
    expect(ids(status.byStage['dcc-impact-assessment'])).toEqual(['SECMP0004', 'SECMP0008', 'SECMP0011', 'SECMP0016']);
    expect(ids(status.byStage['working-group'])).toEqual([
      'SECMP0002', 'SECMP0003', 'SECMP0005', 'SECMP0006', 'SECMP0007', 'SECMP0009', 'SECMP0010',
      'SECMP0012', 'SECMP0013', 'SECMP0015', 'SECMP0018', 'SECMP0019', 'SECMP0021',
    ]);
    expect(ids(status.byPhase['modification-report'])).toEqual(['SECMP0020', 'SECMP0022']);
    expect(ids(status.onHold)).toEqual(['SECMP0003']);
  });

  it('puts each modification where its own events place it on that day', () => {
    for (const m of register.modifications) {
      const state = phaseOn({ events: m.events }, report.day);
      expect(state, m.id).not.toBeNull();
      if (!state) continue;
      const list = state.stage ? status.byStage[state.stage] : status.byPhase[state.phase as (typeof openPhases)[number]];
      expect(ids(list), `${m.id} in ${state.phase}`).toContain(m.id);
    }
  });

  it('follows the events: a Change Board approval on record moves the count', () => {
    const edited = editedRegister(
      'content/modifications/SECMP0020.mdx',
      'kind: modification-report-consultation-closed',
      'kind: modification-report-consultation-closed\n    detail: x\n    sources:\n      - { source: sec-update-2016-11-09, section: \'4.1\' }\n  - date: \'2016-11-08\'\n    kind: final-modification-report-presented',
    );
    const s = monthlyReport(edited, '2016-11').status as NonNullable<ReturnType<typeof monthlyReport>['status']>;
    expect(ids(s.byPhase['modification-report'])).toEqual(['SECMP0022']);
    expect(ids(s.byPhase['change-board'])).toEqual(['SECMP0020']);
  });

  it('lists SECMP0023 and SECMP0024 as raised in its period, between October 2016 and 9 November 2016', () => {
    expect(report.raised.map((r) => [r.modification.id, r.event.date.text, r.between])).toEqual([
      ['SECMP0023', '2016-10/2016-11-09', false],
      ['SECMP0024', '2016-10/2016-11-09', false],
    ]);
  });

  it('leads, as the status report does, with the 28 October withdrawal notice of SECMP0003', () => {
    expect(report.withdrawals.map((r) => [r.modification.id, r.event.kind, r.event.date.text])).toEqual([['SECMP0003', 'withdrawal-notified', '2016-10-28']]);
    expect(report.decisions).toEqual([]);
  });

  it('lists the consultations of the period, including those that closed on 7 November', () => {
    expect(report.consultationsOpened.map((r) => [r.modification.id, r.event.date.text])).toEqual([
      ['SECMP0016', '2016-10-05'],
      ['SECMP0020', '2016-10-17'],
      ['SECMP0022', '2016-10-17'],
    ]);
    expect(report.consultationsClosed.map((r) => [r.modification.id, r.event.kind, r.event.date.text])).toEqual([
      ['SECMP0016', 'working-group-consultation-closed', '2016-10-21'],
      ['SECMP0020', 'modification-report-consultation-closed', '2016-11-07'],
      ['SECMP0022', 'modification-report-consultation-closed', '2016-11-07'],
    ]);
  });

  it('lists the October Working Group meetings as part of its period, held where a source records it', () => {
    expect(report.meetings.map((m) => [m.meeting.id, m.status])).toEqual([
      ['wg2-2016-10-18', 'held'],
      ['wg1-2016-10-27', 'held'],
      ['wg5-2016-10-28', 'held'],
      ['dcusa-panel-2016-10', 'held'],
      ['sec-panel-2016-10', 'held'],
      ['wg3-2016-10', 'not-held'],
      ['wg4-2016-10', 'not-held'],
    ]);
  });

  it('lists the meetings still to come in November after its cut-off, with their planned outcomes', () => {
    expect(report.upcoming.map((m) => [m.meeting.id, m.status])).toEqual([
      ['sec-panel-2016-11-11', 'planned'],
      ['dcusa-panel-2016-11-16', 'planned'],
      ['engagement-day-2016-11-25', 'planned'],
      ['wg1-2016-11', 'planned'],
    ]);
    const panel = report.upcoming.find((m) => m.meeting.id === 'sec-panel-2016-11-11');
    expect(panel?.outcomes.map((o) => o.modification.id)).toContain('SECMP0016');
  });

  it('knows every release’s contents, from the status report dated on or before that day', () => {
    expect(report.releases.map((r) => r.release.id)).toEqual(register.releases.map((r) => r.id));
    expect(report.releases.find((r) => r.release.id === '2018-02')?.planned.map((p) => p.modification.id)).toEqual([
      'SECMP0002', 'SECMP0004', 'SECMP0005', 'SECMP0008', 'SECMP0011', 'SECMP0012',
    ]);
  });

  it('draws the progression rows of the open modifications that have one', () => {
    expect(ids(report.progression)).toEqual(ids(status.open.filter((m) => m.progression !== null)));
    expect(ids(report.withoutProgression)).toEqual(['SECMP0023', 'SECMP0024']);
  });
});

describe('the October 2016 report, before the earliest paper', () => {
  const report = monthlyReport(register, '2016-10');

  it('is reconstructed from later papers and gives no counts, progression or release contents', () => {
    expect(report.period.kind).toBe('reconstructed');
    expect(report.status).toBeNull();
    expect(report.progression).toEqual([]);
    expect(report.releases).toEqual([]);
    expect(report.sources.map((s) => s.id)).toEqual(register.sources.map((s) => s.id));
  });

  it('lists what the later papers say happened in October', () => {
    expect(report.withdrawals.map((r) => [r.modification.id, r.event.kind, r.between])).toEqual([['SECMP0003', 'withdrawal-notified', false]]);
    expect(report.consultationsOpened.map((r) => r.modification.id)).toEqual(['SECMP0016', 'SECMP0020', 'SECMP0022']);
    expect(report.consultationsClosed.map((r) => r.modification.id)).toEqual(['SECMP0016']);
    expect(report.raised).toEqual([]);
  });

  it('marks the meetings that did not take place', () => {
    const statuses = Object.fromEntries(report.meetings.map((m) => [m.meeting.id, m.status]));
    expect(statuses['wg3-2016-10']).toBe('not-held');
    expect(statuses['wg2-2016-10-18']).toBe('held');
  });
});

describe('an event dated to an interval that starts before the period', () => {
  it('is listed in the period of its latest day, with the "between" mark', () => {
    const edited = editedRegister('content/modifications/SECMP0023.mdx', '2016-10/2016-11-09', "'2016-09/2016-11-09'");
    const raised = monthlyReport(edited, '2016-11').raised;
    expect(raised.map((r) => [r.modification.id, r.between])).toEqual([
      ['SECMP0023', true],
      ['SECMP0024', false],
    ]);
  });
});

describe('the phase series', () => {
  const series = phaseSeries(register);

  it('has one point per sourced report month, with the counts of that month’s report', () => {
    expect(series.map((p) => p.month)).toEqual(['2016-11']);
    for (const point of series) {
      const report = monthlyReport(register, point.month);
      const { day } = report;
      const status = report.status as NonNullable<typeof report.status>;
      expect(point.day).toBe(day);
      expect(point.open).toBe(status.open.length);
      expect(point.notOnRecord).toBe(status.notOnRecord.length);
      for (const p of openPhases) expect(point.phases[p], `${point.month} ${p}`).toBe(status.byPhase[p].length);
      for (const s of refinementStages) expect(point.stages[s]).toBe(status.byStage[s].length);
      expect(openPhases.reduce((n, p) => n + point.phases[p], 0)).toBe(point.open);
      expect(point.stages['working-group'] + point.stages['dcc-impact-assessment']).toBe(point.phases.refinement);
    }
  });

  it('ends on the November 2016 counts', () => {
    const last = series[series.length - 1];
    expect(last?.open).toBe(21);
    expect(last?.phases.refinement).toBe(17);
  });
});

describe('the progression months', () => {
  it("span the printed table's columns, every placed month and the as-of month", () => {
    const months = register.modifications.flatMap((m) => m.progression?.placements.flatMap((p) => p.months) ?? []);
    months.push(asOfMonth);
    for (const s of register.sources) if (s.progressionColumns) months.push(s.progressionColumns.first, s.progressionColumns.last);
    months.sort();
    expect(progressionMonths(register)).toEqual(monthsBetween(months[0] as string, months[months.length - 1] as string));
    // The status report's table runs from March 2016 to June 2017.
    expect(progressionMonths(register)[0]).toBe('2016-03');
    expect(progressionMonths(register).at(-1)).toBe('2017-06');
  });
});
