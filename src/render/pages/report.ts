/**
 * What a monthly status report's page shows, and the index of reports: the report replayed from
 * the events (`monthlyReport`), with its neighbours, its tables written as rows, its meetings
 * and its progression chart.
 */
import { closedPhases, openPhases, refinementStages, phaseLabels, stageLabels } from '../../domain/vocabulary';
import { monthlyReport, phaseSeries, reportingPeriods, reportMonths, type MonthlyReport, type ReportingPeriod } from '../../register/reports';
import type { Register } from '../../register/types';
import { phaseSeriesChart, type PhaseSeriesChartView } from '../charts/phase-series';
import { progressionChart, type ProgressionChartView } from '../charts/progression-chart';
import { formatDay, formatMonth, formatSourceDate } from '../../domain/dates';
import { snapshotRowsHtml } from '../tables';
import { urls } from '../urls';
import { meetingTitle } from '../words';
import { meetingView, type MeetingView } from './meeting';

/** A table of the modifications behind one count, under its heading. */
export interface CountTable {
  readonly id: string;
  readonly level: 3 | 4;
  readonly heading: string;
  readonly count: number;
  /** The table's rows; `null` for a heading over the tables of its stages. */
  readonly rows: string | null;
  readonly caption: string;
}

export interface ReportPage {
  readonly report: MonthlyReport;
  readonly previous: string | undefined;
  readonly next: string | undefined;
  /** The tables behind the counts, open phases first (Refinement by stage), then closed ones. */
  readonly tables: readonly CountTable[];
  readonly closed: readonly { readonly phase: string; readonly label: string; readonly count: number }[];
  readonly meetings: readonly MeetingView[];
  /** Meetings still to come in the report's month after its cut-off. */
  readonly upcoming: readonly MeetingView[];
  readonly progression: ProgressionChartView | null;
  /** The register's pages the report links to, for the list printed at its end. */
  readonly links: readonly { readonly label: string; readonly path: string }[];
}

/** The words for a report's period: "1 October 2016 to 9 November 2016". */
export function periodWords(period: ReportingPeriod): string {
  return `${formatDay(period.from)} to ${formatDay(period.to)}`;
}

export function reportPage(register: Register, month: string): ReportPage {
  const report = monthlyReport(register, month);
  const { status, day, view } = report;
  const dayWords = formatDay(day);
  const months = reportMonths(register);
  const tables: CountTable[] = [];
  const closed = status ? closedPhases.filter((p) => status.closed[p].length > 0) : [];
  if (status) {
    const rows = (list: Parameters<typeof snapshotRowsHtml>[1]) => snapshotRowsHtml(view, list, status.states, day);
    for (const phase of openPhases) {
      tables.push({
        id: `phase-${phase}`,
        level: 3,
        heading: phaseLabels[phase],
        count: status.byPhase[phase].length,
        rows: phase === 'refinement' ? null : rows(status.byPhase[phase]),
        caption: `In ${phaseLabels[phase]} on ${dayWords}`,
      });
      if (phase !== 'refinement') continue;
      for (const stage of refinementStages) {
        tables.push({
          id: `stage-${stage}`,
          level: 4,
          heading: stageLabels[stage],
          count: status.byStage[stage].length,
          rows: rows(status.byStage[stage]),
          caption: `In Refinement (${stageLabels[stage]}) on ${dayWords}`,
        });
      }
    }
    for (const phase of closed) {
      tables.push({ id: `phase-${phase}`, level: 3, heading: phaseLabels[phase], count: status.closed[phase].length, rows: rows(status.closed[phase]), caption: `${phaseLabels[phase]} by ${dayWords}` });
    }
  }
  return {
    report,
    previous: months[months.indexOf(month) - 1],
    next: months[months.indexOf(month) + 1],
    tables,
    closed: status ? closed.map((phase) => ({ phase, label: phaseLabels[phase], count: status.closed[phase].length })) : [],
    meetings: report.meetings.map((r) => meetingView(view, r.meeting)),
    upcoming: report.upcoming.map((r) => meetingView(view, r.meeting)),
    progression:
      report.progression.length > 0 ? progressionChart(view, report.progression, 'progression-chart', `Planned progression of the modifications open on ${dayWords}`) : null,
    links: [
      ...view.modifications.map((m) => ({ label: `${m.id}: ${m.shortTitle}`, path: urls.modification(m.id) })),
      ...report.releases.map(({ release }) => ({ label: release.name, path: urls.release(release.id) })),
      ...view.workingGroups.map((g) => ({ label: g.name, path: urls.workingGroup(g.id) })),
      ...[...report.meetings, ...report.upcoming].map(({ meeting }) => ({ label: `${meetingTitle(meeting)}, ${formatSourceDate(meeting.parsedDate)}`, path: urls.meeting(meeting.id) })),
      ...report.sources.map((s) => ({ label: s.title, path: urls.source(s.id) })),
      { label: 'All monthly reports', path: urls.reports() },
    ],
  };
}

export interface ReportsIndex {
  /** "November 2016 to December 2016": the sourced months, which the chart counts. */
  readonly range: string;
  readonly chart: PhaseSeriesChartView;
  /** The sourced months, newest first, with their counts. */
  readonly months: readonly { readonly month: string; readonly open: number; readonly day: string; readonly from: string; readonly notOnRecord: number }[];
  /** The reconstructed months, newest first: before the earliest source paper, with no counts. */
  readonly reconstructed: readonly string[];
}

export function reportsIndex(register: Register): ReportsIndex {
  const points = phaseSeries(register);
  const periods = new Map(reportingPeriods(register).map((p) => [p.month, p]));
  const first = points[0];
  const last = points[points.length - 1];
  const range = first && last ? (first === last ? formatMonth(first.month) : `${formatMonth(first.month)} to ${formatMonth(last.month)}`) : 'no months';
  return {
    range,
    chart: phaseSeriesChart(points, 'phase-chart', `Open modifications by phase, ${range}`),
    months: [...points].reverse().map((p) => ({ month: p.month, open: p.open, day: p.day, from: periods.get(p.month)?.from ?? p.day, notOnRecord: p.notOnRecord })),
    reconstructed: reportingPeriods(register)
      .filter((p) => p.kind === 'reconstructed')
      .map((p) => p.month)
      .reverse(),
  };
}
