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
import { compareDates, earlierDay, monthBounds, monthOf, spanOfMonths, type Day } from '../domain/dates';
import { memoize } from '../domain/memo';
import { transitions } from '../domain/phases';
import { eventKinds, openPhases, refinementStages, type EventKind, type OpenPhase, type RefinementStage } from '../domain/vocabulary';
import { citationsIn } from '../schemas/citations';
import type { Citation } from '../schemas/common';
import { outcomesAt, type MeetingOutcome } from './meetings';
import { plannedFor, type PlannedModification } from './relations';
import { statusOn } from './status';
import type { Meeting, Modification, ModificationEvent, Register, Release } from './types';

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

/** Whether a meeting in the month met, did not meet, or was still to come on the report's day. */
export type MeetingStatus = 'held' | 'not-held' | 'planned';

/** A meeting whose latest possible day lies in the report's month, with what it decided. */
export interface ReportedMeeting {
  readonly meeting: Meeting;
  readonly status: MeetingStatus;
  /** What each modification's history records of the meeting: events, and plans for it. */
  readonly outcomes: readonly MeetingOutcome[];
}

/** A release whose contents a source dated on or before the report's day gives. */
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
 * The months the register can report on, in order: from the month of the earliest dated fact
 * to the as-of month. The earliest fact is the earliest `earliest` day among modification
 * events (events with an open start say nothing of when they began, so they cannot start the
 * range) and meetings that had taken place by the as-of date (a planned meeting is not a fact).
 */
export function reportMonths(register: Register): string[] {
  return [...monthsOfReports(register)];
}

/** `reportMonths`, worked out once per register: every report page and chart asks for it. */
const monthsOfReports = memoize((register: Register): readonly string[] => {
  const starts = [
    ...register.modifications.flatMap((m) => m.events.flatMap((e) => (e.date.earliest !== null ? [e.date.earliest] : []))),
    ...register.meetings.flatMap((meeting) => (!meeting.planned && meeting.parsedDate.earliest !== null ? [meeting.parsedDate.earliest] : [])),
  ];
  return spanOfMonths([monthOf(register.asOf), ...starts.map(monthOf)].filter((month) => month <= monthOf(register.asOf)));
});

/**
 * The day a month's report is taken: the month's last day, except in the as-of month, where
 * the register knows nothing after the as-of date, so the report is taken on that date.
 */
export function reportDay(register: Register, month: string): Day {
  return earlierDay(monthBounds(month).last, register.asOf);
}

/** The date of the newest source among citations: the day the cited facts were stated. */
export function statedOn(register: Register, citations: Iterable<Citation>): Day | null {
  let newest: Day | null = null;
  for (const c of citations) {
    const latest = register.source(c.source).parsedDate.latest;
    if (newest === null || latest > newest) newest = latest;
  }
  return newest;
}

/** Every citation inside a value (a release, with its groups, scope and notes). */
function citationsOf(value: unknown): Citation[] {
  return [...citationsIn(value)].map((c) => c.citation);
}

/** Every modification event, by the month of its latest possible day, worked out once per register. */
const eventsByMonth = memoize((register: Register): ReadonlyMap<string, readonly { modification: Modification; event: ModificationEvent }[]> => {
  const byMonth = new Map<string, { modification: Modification; event: ModificationEvent }[]>();
  for (const modification of register.modifications) {
    for (const event of modification.events) {
      const month = monthOf(event.date.latest);
      const list = byMonth.get(month);
      if (list) list.push({ modification, event });
      else byMonth.set(month, [{ modification, event }]);
    }
  }
  return byMonth;
});

/** The events of every modification with a kind in `kinds` whose latest possible day lies in `month`. */
function eventsIn(register: Register, month: string, kinds: readonly EventKind[]): ReportedEvent[] {
  const { first } = monthBounds(month);
  return (eventsByMonth(register).get(month) ?? [])
    .filter(({ event }) => kinds.includes(event.kind))
    .map(({ modification, event }) => ({ modification, event, between: event.date.earliest === null || event.date.earliest < first }))
    .sort((a, b) => compareDates(a.event.date, b.event.date) || a.modification.number - b.modification.number);
}

/** Whether a modification's progression-table row comes from sources dated on or before `day`. */
export function progressionKnownOn(register: Register, modification: Modification, day: Day): boolean {
  const p = modification.progression;
  if (!p) return false;
  const stated = statedOn(register, p.sources);
  return stated !== null && stated <= day;
}

/**
 * The status report for a month, replayed from the event data. Throws if the month lies
 * outside `reportMonths`, because the register holds no facts to report there.
 */
export function monthlyReport(register: Register, month: string) {
  const months = monthsOfReports(register);
  if (!months.includes(month)) {
    throw new Error(`No report for ${month}: the register reports on ${months[0]} to ${months[months.length - 1]}`);
  }
  const day = reportDay(register, month);
  const status = statusOn(register, day);
  const meetings = register.meetings
    .filter((meeting) => monthOf(meeting.parsedDate.latest) === month)
    .map((meeting): ReportedMeeting => ({
      meeting,
      // A meeting the sources say did not take place stays "not held"; otherwise a meeting whose
      // latest possible day is after the report's day may not have happened yet.
      status: meeting.notHeld ? 'not-held' : meeting.parsedDate.latest > day ? 'planned' : 'held',
      outcomes: outcomesAt(register, meeting.id),
    }));
  const releases = register.releases.flatMap((release): KnownRelease[] => {
    const stated = statedOn(register, citationsOf(release));
    return stated !== null && stated <= day ? [{ release, planned: plannedFor(register, release), statedOn: stated }] : [];
  });
  const progression = status.open.filter((m) => progressionKnownOn(register, m, day));
  const drawn = new Set(progression);
  return {
    /** The month, `YYYY-MM`. */
    month,
    /** The day the snapshot is taken: the month's last day, or the as-of date in the as-of month. */
    day,
    /** Whether the month is the register's as-of month, so that the snapshot is part-way through it. */
    partial: day < monthBounds(month).last,
    /** Every modification's phase replayed to `day`. */
    status,
    /** Modifications raised in the month. */
    raised: eventsIn(register, month, ['raised']),
    /** Change Board and Authority decisions in the month. */
    decisions: eventsIn(register, month, decisionKinds),
    /** Withdrawal notices and withdrawals in the month. */
    withdrawals: eventsIn(register, month, withdrawalKinds),
    /** Working Group and industry consultations opened in the month. */
    consultationsOpened: eventsIn(register, month, consultationOpenedKinds),
    /** Working Group and industry consultations closed in the month. */
    consultationsClosed: eventsIn(register, month, consultationClosedKinds),
    /** Meetings whose latest possible day lies in the month, in date order. */
    meetings,
    /** Releases whose contents were known on `day`, in date order. */
    releases,
    /** Open modifications on `day` whose progression row was known on `day`: the timeline's rows. */
    progression,
    /** Open modifications on `day` that have no progression row known on `day`. */
    withoutProgression: status.open.filter((m) => !drawn.has(m)),
    /** The sources dated on or before `day`: what the report can rest on. */
    sources: register.sources.filter((s) => s.parsedDate.latest <= day),
  };
}

/** Everything a monthly status report shows, computed from content. */
export type MonthlyReport = ReturnType<typeof monthlyReport>;

/** One month of the open-modifications-by-phase series. */
export interface PhaseSeriesPoint {
  readonly month: string;
  /** The day the month's snapshot is taken (see `reportDay`). */
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

/** Open modifications by phase for every report month: the data of the stacked-bar chart. */
export function phaseSeries(register: Register): PhaseSeriesPoint[] {
  return monthsOfReports(register).map((month) => {
    const day = reportDay(register, month);
    const status = statusOn(register, day);
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
