/**
 * The monthly Modification Status Report, generated from the register's event data.
 *
 * SECAS publishes a status report each month: open modifications by phase, what was raised,
 * decided and withdrawn, consultations, Working Group meetings, release contents and the
 * progression table. The register can rebuild such a report for any month it has facts for,
 * because every count is replayed from dated events by `src/domain/phases.ts`: nothing here is
 * typed in, so the November 2016 report cannot disagree with the November 2016 content.
 *
 * Plain TypeScript: this module never imports `astro:content`, so tests can run it directly.
 */
import { compareDates, earlierDay, monthBounds, monthOf, nextDay, sourceDate, spanOfMonths, type Day } from '../domain/dates';
import { memoize } from '../domain/memo';
import type { MeetingStatus } from '../domain/outcomes';
import { transitions } from '../domain/phases';
import { eventKinds, openPhases, refinementStages, type EventKind, type OpenPhase, type RefinementStage } from '../domain/vocabulary';
import { citationsIn } from '../schemas/citations';
import type { Citation } from '../schemas/common';
import { outcomesAt, type MeetingOutcome } from './meetings';
import { plannedFor, type PlannedModification } from './relations';
import { statusOn } from './status';
import type { Meeting, Modification, ModificationEvent, Register, Release, Source } from './types';

/** An event of one modification, listed in a monthly report. */
export interface ReportedEvent {
  readonly modification: Modification;
  readonly event: ModificationEvent;
  /**
   * Whether the sources date the event only to an interval that begins before the month (or
   * has an open start). Such an event is reported in the month of its latest possible day,
   * the first month by whose end it had certainly happened, and the page must say so.
   */
  readonly between: boolean;
}

/** A meeting whose date lies in the report's period, with its status and what it decided. */
export interface ReportedMeeting {
  readonly meeting: Meeting;
  readonly status: MeetingStatus;
  /** What each modification's history records of the meeting: events, and plans for it. */
  readonly outcomes: readonly MeetingOutcome[];
}

/** A release whose contents a source dated on or before the report's cut-off gives. */
export interface KnownRelease {
  readonly release: Release;
  readonly planned: readonly PlannedModification[];
  /** The day the release's contents were stated: the date of the newest source it cites. */
  readonly statedOn: Day;
}

/**
 * The event kinds a report lists as Change Board or Authority decisions: the events by which a
 * modification leaves the Change Board or Authority phase, read from the transition table.
 */
export const decisionKinds: readonly EventKind[] = eventKinds.filter((k) => {
  const t = transitions[k];
  return t.to !== undefined && t.from.some((p) => p === 'change-board' || p === 'awaiting-authority-decision');
});

/** The event kinds a report lists as withdrawals. */
export const withdrawalKinds: readonly EventKind[] = ['withdrawal-notified', 'withdrawn'];

/** The event kinds a report lists as consultations opened. */
export const consultationOpenedKinds: readonly EventKind[] = ['working-group-consultation-opened', 'modification-report-consultation-opened'];

/** The event kinds a report lists as consultations closed. */
export const consultationClosedKinds: readonly EventKind[] = ['working-group-consultation-closed', 'modification-report-consultation-closed'];

/**
 * The period a month's report covers.
 *
 * A **sourced** month is the month of a source paper or later. Its report covers the period
 * from the day after the previous report's cut-off to its own cut-off: the date of the status
 * report it stands for, or, with no status report that month, the month's end (the as-of date in
 * the as-of month). The first sourced report starts where its status report says its period
 * starts (`covers`), or at the start of its month. Its counts are taken on the cut-off, from
 * what the sources dated on or before the cut-off state.
 *
 * A **reconstructed** month lies before the earliest source paper. Nothing was written in it
 * that the register holds: what its page lists is what later papers say happened in it, it is
 * incomplete, and it gives no counts, because the later papers do not say what was open then.
 */
export interface ReportingPeriod {
  readonly month: string;
  readonly kind: 'sourced' | 'reconstructed';
  /** The first day the report covers. */
  readonly from: Day;
  /** The cut-off: the last day the report covers, and the day its counts are taken. */
  readonly to: Day;
  /** Where the start comes from: the previous report's cut-off, the status report's own words, or the month's start. */
  readonly start: 'previous-cut-off' | 'stated' | 'month';
  /**
   * Where the status report states its start less precisely than a day (e.g. "the October 2016
   * SEC Panel meeting", dated only to October), the register starts the period on the first day
   * it allows: an inference the page marks.
   */
  readonly startInferred: boolean;
  /** Where the cut-off comes from: the status report's date, the month's end, or the as-of date. */
  readonly cutOff: 'status-report' | 'month-end' | 'as-of';
  /** The status report the month stands for, where the register holds one. */
  readonly statusReport: Source | null;
}

/**
 * The months the register reports on, in order: from the month of the earliest dated fact
 * to the as-of month. The earliest fact is the earliest `earliest` day among modification
 * events (events with an open start say nothing of when they began, so they cannot start the
 * range) and meetings the sources record as held or not held.
 */
export function reportMonths(register: Register): string[] {
  return reportingPeriods(register).map((p) => p.month);
}

/** Every report month's period, worked out once per register. */
export const reportingPeriods = memoize((register: Register): readonly ReportingPeriod[] => {
  const starts = [
    ...register.modifications.flatMap((m) => m.events.flatMap((e) => (e.date.earliest !== null ? [e.date.earliest] : []))),
    ...register.meetings.flatMap((meeting) =>
      (meeting.status === 'held' || meeting.status === 'not-held') && meeting.parsedDate.earliest !== null ? [meeting.parsedDate.earliest] : [],
    ),
  ];
  const asOfMonth = monthOf(register.asOf);
  const months = spanOfMonths([asOfMonth, ...starts.map(monthOf)].filter((month) => month <= asOfMonth));
  const firstSourced = monthOf(register.sources.reduce((first, s) => (s.parsedDate.latest < first ? s.parsedDate.latest : first), register.asOf));
  const periods: ReportingPeriod[] = [];
  let previous: ReportingPeriod | undefined;
  for (const month of months) {
    const { first, last } = monthBounds(month);
    if (month < firstSourced) {
      periods.push({ month, kind: 'reconstructed', from: first, to: last, start: 'month', startInferred: false, cutOff: 'month-end', statusReport: null });
      continue;
    }
    const statusReport = register.sources.filter((s) => s.kind === 'report' && monthOf(s.parsedDate.latest) === month).at(-1) ?? null;
    const to = statusReport ? statusReport.parsedDate.latest : earlierDay(last, register.asOf);
    const cutOff = statusReport ? 'status-report' : to < last ? 'as-of' : 'month-end';
    const stated = statusReport?.covers ? sourceDate(statusReport.covers.from) : null;
    const period: ReportingPeriod = previous
      ? { month, kind: 'sourced', from: nextDay(previous.to), to, start: 'previous-cut-off', startInferred: false, cutOff, statusReport }
      : stated
        ? { month, kind: 'sourced', from: stated.earliest ?? first, to, start: 'stated', startInferred: stated.precision !== 'day', cutOff, statusReport }
        : { month, kind: 'sourced', from: first, to, start: 'month', startInferred: false, cutOff, statusReport };
    periods.push(period);
    previous = period;
  }
  return periods;
});

/** A month's reporting period; throws for a month the register does not report on. */
export function reportingPeriod(register: Register, month: string): ReportingPeriod {
  const periods = reportingPeriods(register);
  const period = periods.find((p) => p.month === month);
  if (!period) {
    const range = periods.length > 0 ? `${periods[0]?.month} to ${periods[periods.length - 1]?.month}` : 'no month';
    throw new Error(`No report for ${month}: the register reports on ${range}`);
  }
  return period;
}

/** The date of the newest source among citations: the day the cited facts were stated. */
function newestStatedOn(register: Register, citations: Iterable<Citation>): Day | null {
  let newest: Day | null = null;
  for (const c of citations) {
    const latest = register.source(c.source).parsedDate.latest;
    if (newest === null || latest > newest) newest = latest;
  }
  return newest;
}

/** Every citation inside a value (a release, with its notes, scope and sources). */
function citationsOf(value: unknown): Citation[] {
  return [...citationsIn(value)].map((c) => c.citation);
}

/**
 * The events of every modification with a kind in `kinds` whose latest possible day lies in
 * the period, in date order. An event is reported in the period by whose end it had certainly
 * happened; where its interval begins before the period (or has an open start), it is marked.
 */
function eventsIn(register: Register, period: ReportingPeriod, kinds: readonly EventKind[]): ReportedEvent[] {
  return register.modifications
    .flatMap((modification) =>
      modification.events
        .filter((event) => kinds.includes(event.kind) && event.date.latest >= period.from && event.date.latest <= period.to)
        .map((event) => ({ modification, event, between: event.date.earliest === null || event.date.earliest < period.from })),
    )
    .sort((a, b) => compareDates(a.event.date, b.event.date) || a.modification.number - b.modification.number);
}

/**
 * A month's status report. A sourced month is built from the register as it stood on its
 * cut-off (`register.knownOn`), so a later paper cannot change it; a reconstructed month lists
 * what the register knows now of the events and meetings in it, and has no counts. Throws for a
 * month outside `reportMonths`.
 */
export function monthlyReport(register: Register, month: string): MonthlyReport {
  const cache = reportsOf(register);
  let report = cache.get(month);
  if (!report) cache.set(month, (report = reportOn(register, month)));
  return report;
}

/** The monthly report of each month, worked out once per register: pages, CSV and API all ask. */
const reportsOf = memoize((_: Register) => new Map<string, MonthlyReport>());

/** Everything a monthly status report shows, computed from content. */
export type MonthlyReport = ReturnType<typeof reportOn>;

function reportOn(register: Register, month: string) {
  const period = reportingPeriod(register, month);
  const sourced = period.kind === 'sourced';
  const view = sourced ? register.knownOn(period.to) : register;
  const status = sourced ? statusOn(view, period.to) : null;
  const meetings = view.meetings
    .filter((meeting) => meeting.parsedDate.latest >= period.from && meeting.parsedDate.latest <= period.to)
    .map((meeting): ReportedMeeting => ({ meeting, status: meeting.status, outcomes: outcomesAt(view, meeting.id) }));
  // Meetings still to come in the report's month, as known on the cut-off: the Panel reads a
  // report just before its meeting, and wants to see what that meeting will take.
  const { last } = monthBounds(month);
  const upcoming = sourced
    ? view.meetings
        .filter((meeting) => meeting.status === 'planned' && meeting.parsedDate.latest > period.to && (meeting.parsedDate.earliest ?? meeting.parsedDate.latest) <= last)
        .map((meeting): ReportedMeeting => ({ meeting, status: meeting.status, outcomes: outcomesAt(view, meeting.id) }))
    : [];
  const releases = sourced
    ? view.releases.flatMap((release): KnownRelease[] => {
        const stated = newestStatedOn(view, citationsOf(release));
        return stated !== null ? [{ release, planned: plannedFor(view, release), statedOn: stated }] : [];
      })
    : [];
  const progression = status ? status.open.filter((m) => m.progression !== null) : [];
  const drawn = new Set(progression);
  return {
    /** The month, `YYYY-MM`. */
    month,
    /** The period the report covers, its cut-off, and whether it is sourced or reconstructed. */
    period,
    /** The day the counts are taken: the period's cut-off. */
    day: period.to,
    /** The register as it stood on the cut-off (for a reconstructed month, as it stands now). */
    view,
    /** Every modification's phase replayed to the cut-off; `null` for a reconstructed month, which gives no counts. */
    status,
    /** Modifications raised in the period. */
    raised: eventsIn(view, period, ['raised']),
    /** Change Board and Authority decisions in the period. */
    decisions: eventsIn(view, period, decisionKinds),
    /** Withdrawal notices and withdrawals in the period. */
    withdrawals: eventsIn(view, period, withdrawalKinds),
    /** Working Group and industry consultations opened in the period. */
    consultationsOpened: eventsIn(view, period, consultationOpenedKinds),
    /** Working Group and industry consultations closed in the period. */
    consultationsClosed: eventsIn(view, period, consultationClosedKinds),
    /** Meetings whose latest possible day lies in the period, in date order. */
    meetings,
    /** Meetings after the cut-off but in the report's month, still to come on the cut-off. */
    upcoming,
    /** Releases whose contents were known on the cut-off, in date order. */
    releases,
    /** Open modifications on the cut-off whose progression row was known then: the timeline's rows. */
    progression,
    /** Open modifications on the cut-off that have no progression row known then. */
    withoutProgression: status ? status.open.filter((m) => !drawn.has(m)) : [],
    /** The sources the report rests on: for a sourced month, those dated on or before the cut-off. */
    sources: sourced ? view.sources : register.sources,
  };
}

/** One month of the open-modifications-by-phase series. */
export interface PhaseSeriesPoint {
  readonly month: string;
  /** The day the month's counts are taken: its report's cut-off. */
  readonly day: Day;
  /** How many modifications were open in each phase. */
  readonly phases: Readonly<Record<OpenPhase, number>>;
  /** Refinement split into its two stages. */
  readonly stages: Readonly<Record<RefinementStage, number>>;
  /** How many were open in all. */
  readonly open: number;
  /** How many the sources do not place in any phase on that day. */
  readonly notOnRecord: number;
}

/**
 * Open modifications by phase for every sourced report month: the data of the stacked-bar
 * chart. Reconstructed months are left out: their counts would only show what is missing.
 */
export function phaseSeries(register: Register): PhaseSeriesPoint[] {
  return reportingPeriods(register)
    .filter((period) => period.kind === 'sourced')
    .map(({ month, to: day }) => {
      const status = statusOn(register.knownOn(day), day);
      return {
        month,
        day,
        phases: Object.fromEntries(openPhases.map((p) => [p, status.byPhase[p].length])) as Record<OpenPhase, number>,
        stages: Object.fromEntries(refinementStages.map((s) => [s, status.byStage[s].length])) as Record<RefinementStage, number>,
        open: status.open.length,
        notOnRecord: status.notOnRecord.length,
      };
    });
}

/**
 * The months of the progression timeline: the month columns of the source's progression
 * table, every month any modification's progression row places an activity in or marks with
 * an original date, and the as-of month, so that the as-of marker always falls on the chart.
 * Every chart of the register uses the same months, so a modification's one-row chart lines up
 * with the report's chart. Computed once per register, because each modification page asks.
 */
export const progressionMonths = memoize((register: Register): readonly string[] =>
  spanOfMonths([
    monthOf(register.asOf),
    ...register.sources.flatMap((s) => (s.progressionColumns ? [s.progressionColumns.first, s.progressionColumns.last] : [])),
    ...register.modifications.flatMap((m) => {
      const p = m.progression;
      if (!p) return [];
      return [...p.placements.flatMap((placement) => placement.months), p.originalDecisionDate, p.originalAssessmentDueDate].filter((x): x is string => x !== null);
    }),
  ]),
);
