/**
 * The register's second month. The invented December 2016 paper (`tests/fixtures/december-2016/`,
 * a test fixture, never published) is added to the real content, and the register built with
 * and without it: the as-of date moves, phases and counts change as the phase model says,
 * meetings and plans take the status the sources give them, the December report covers the
 * period after November's cut-off, and the November report does not change at all.
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildRegister } from '../../src/register/build';
import { monthlyReport, phaseSeries, reportingPeriod, reportMonths } from '../../src/register/reports';
import type { Register } from '../../src/register/types';
import { atomFeed } from '../../src/render/feed';
import { meetingView } from '../../src/render/pages/meeting';
import { modificationPage } from '../../src/render/pages/modification';
import { reportPage } from '../../src/render/pages/report';
import { lintContent } from '../../src/validate/lint';
import { withDecember } from '../fixtures/december-2016/december';
import { contentFiles } from '../support/content';

function built(files: ReadonlyMap<string, string>): Register {
  const result = lintContent(files);
  expect(result.problems).toEqual([]);
  return buildRegister(result.content);
}

const november = built(contentFiles());
const december = built(withDecember(contentFiles()));
const ids = (list: readonly { id: string }[]) => list.map((m) => m.id);

/**
 * Everything a month's report page is made from, as one string. Left out: the register view
 * and functions (how it is computed, not what it says), the modifications' narratives (a report
 * shows none, and a narrative records the line of its file it starts on, which moves when
 * events are added above it), and the neighbours (a later month adds a "next" link, which is
 * navigation, not the report). The built page is compared byte for byte in
 * `tests/build/december.test.ts`.
 */
function reportContent(register: Register, month: string): string {
  const { previous: _previous, next: _next, ...page } = reportPage(register, month);
  return JSON.stringify(page, (key, value: unknown) => (key === 'view' || key === 'narrative' || typeof value === 'function' ? undefined : value));
}

describe('adding the December 2016 paper', () => {
  it('moves the as-of date to the paper’s date', () => {
    expect(november.asOf).toBe('2016-11-09');
    expect(december.asOf).toBe('2016-12-07');
  });

  it('adds a December report, covering 10 November to its cut-off, the paper’s date', () => {
    expect(reportMonths(december)).toEqual([...reportMonths(november), '2016-12']);
    expect(reportingPeriod(december, '2016-12')).toMatchObject({
      kind: 'sourced',
      from: '2016-11-10',
      to: '2016-12-07',
      start: 'previous-cut-off',
      cutOff: 'status-report',
    });
  });

  it('leaves the November report exactly as it was', () => {
    expect(reportContent(december, '2016-11')).toBe(reportContent(november, '2016-11'));
    expect(reportingPeriod(december, '2016-11')).toEqual(reportingPeriod(november, '2016-11'));
    expect(phaseSeries(december)[0]).toEqual(phaseSeries(november)[0]);
  });

  it('changes phases and counts as the phase model says', () => {
    const report = monthlyReport(december, '2016-12');
    const status = report.status as NonNullable<typeof report.status>;
    expect(status.open).toHaveLength(21);
    expect(ids(status.byPhase['initial-modification-report'])).toEqual(['SECMP0025']);
    expect(ids(status.byStage['working-group'])).toEqual([
      'SECMP0002', 'SECMP0005', 'SECMP0006', 'SECMP0007', 'SECMP0009', 'SECMP0010', 'SECMP0012',
      'SECMP0013', 'SECMP0015', 'SECMP0018', 'SECMP0019', 'SECMP0021', 'SECMP0023', 'SECMP0024',
    ]);
    expect(ids(status.byStage['dcc-impact-assessment'])).toEqual(['SECMP0004', 'SECMP0008', 'SECMP0011']);
    expect(ids(status.byPhase['modification-report'])).toEqual(['SECMP0016', 'SECMP0020', 'SECMP0022']);
    expect(ids(status.closed.withdrawn)).toEqual(['SECMP0003']);
    expect(status.onHold).toEqual([]);
    expect(december.modification('SECMP0003').state.phase).toBe('withdrawn');
  });

  it('confirms the proposed allocations of SECMP0023 and SECMP0024, and November still reads "proposed"', () => {
    expect(december.modification('SECMP0023').workingGroup?.allocation).toBe('allocated');
    expect(december.modification('SECMP0024').workingGroup?.allocation).toBe('allocated');
    expect(november.modification('SECMP0023').workingGroup?.allocation).toBe('proposed');
    expect(december.knownOn('2016-11-09').modification('SECMP0023').workingGroup?.allocation).toBe('proposed');
  });

  it('lists the period’s news in the December report', () => {
    const report = monthlyReport(december, '2016-12');
    expect(report.raised.map((r) => r.modification.id)).toEqual(['SECMP0025']);
    expect(report.withdrawals.map((r) => [r.modification.id, r.event.kind])).toEqual([['SECMP0003', 'withdrawn']]);
    expect(report.consultationsOpened.map((r) => r.modification.id)).toEqual(['SECMP0016']);
    expect(report.meetings.map((m) => [m.meeting.id, m.status])).toEqual([
      ['sec-panel-2016-11-11', 'held'],
      ['dcusa-panel-2016-11-16', 'unrecorded'],
      ['wg2-2016-11-22', 'held'],
      ['engagement-day-2016-11-25', 'unrecorded'],
      ['wg1-2016-11', 'unrecorded'],
    ]);
    expect(report.upcoming.map((m) => m.meeting.id)).toEqual(['sec-panel-2016-12']);
  });

  it('shows a meeting as held only where a source records it, and a past one without a record as "outcome not yet recorded"', () => {
    const status = (register: Register, id: string) => meetingView(register, register.meeting(id)).status;
    expect(status(november, 'sec-panel-2016-11-11')).toBe('Planned');
    expect(status(december, 'sec-panel-2016-11-11')).toBe('Held');
    expect(status(december, 'wg2-2016-11-22')).toBe('Held');
    expect(status(december, 'dcusa-panel-2016-11-16')).toBe('Outcome not yet recorded');
    expect(status(december, 'engagement-day-2016-11-25')).toBe('Outcome not yet recorded');
    expect(status(december, 'wg1-2016-11')).toBe('Outcome not yet recorded');
    expect(status(december, 'sec-panel-2016-12')).toBe('Planned');
  });

  it('marks plans done when a later paper records their outcome, and passed plans without one as not yet recorded', () => {
    const plans = (register: Register, id: string) => register.modification(id).plans.map((p) => [p.kind, p.status]);
    expect(plans(december, 'SECMP0016')).toEqual([['draft-modification-report-presented', 'done']]);
    expect(plans(december, 'SECMP0003')).toEqual([['adoption-window-closed', 'done'], ['withdrawn', 'done']]);
    expect(plans(december, 'SECMP0023')).toEqual([['initial-modification-report-presented', 'done']]);
    expect(plans(december, 'SECMP0005')).toEqual([['working-group-meeting', 'unrecorded']]);
    expect(plans(november, 'SECMP0005')).toEqual([['working-group-meeting', 'planned']]);
    // The page's next steps leave out what is done and say what is unrecorded.
    const next = parse(modificationPage(december, 'SECMP0005').plansHtml);
    expect(next.querySelector('.tag')?.textContent).toBe('Outcome not yet recorded');
    expect(modificationPage(december, 'SECMP0016').plansHtml).toBe('');
  });

  it('adds the paper’s events to the feed, keeping every November entry', () => {
    const entries = (register: Register) => parse(atomFeed(register, 'https://register.example/')).querySelectorAll('entry').map((e) => e.querySelector('id')?.textContent ?? '');
    const before = entries(november);
    const after = entries(december);
    expect(after).toEqual(expect.arrayContaining(before));
    const added = after.filter((id) => !before.includes(id));
    expect(added.length).toBeGreaterThanOrEqual(10);
    expect(added.some((id) => id.includes('secmp0025'))).toBe(true);
    expect(added.some((id) => id.includes('secmp0003'))).toBe(true);
  });
});
