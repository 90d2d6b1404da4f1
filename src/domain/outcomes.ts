/**
 * Whether a meeting or a planned step has happened, as far as the sources say. A date passing
 * is not an outcome: a meeting is held only when a source records it, and a plan is done only
 * when its event is on record. Until then, a meeting or plan whose date has passed has an
 * outcome not yet recorded, which the pages say in those words and the linter warns about.
 */
import type { Day, SourceDate } from './dates';

/** Where a meeting stands on a day. */
export type MeetingStatus = 'held' | 'not-held' | 'planned' | 'unrecorded';

/** Where a planned step stands on a day. */
export type PlanStatus = 'planned' | 'done' | 'unrecorded';

export const meetingStatusLabels: Readonly<Record<MeetingStatus, string>> = {
  held: 'Held',
  'not-held': 'Did not meet',
  planned: 'Planned',
  unrecorded: 'Outcome not yet recorded',
};

export const planStatusLabels: Readonly<Record<PlanStatus, string>> = {
  planned: 'Planned',
  done: 'Done',
  unrecorded: 'Outcome not yet recorded',
};

/** Whether a date had certainly passed by a day: its latest possible day is on or before it. */
export function hasPassed(date: SourceDate, day: Day): boolean {
  return date.latest <= day;
}

/** A meeting's status on a day, from what the sources record of it. */
export function meetingStatus(meeting: { readonly date: SourceDate; readonly notHeld: boolean; readonly recorded: boolean }, day: Day): MeetingStatus {
  if (meeting.notHeld) return 'not-held';
  if (meeting.recorded) return 'held';
  return hasPassed(meeting.date, day) ? 'unrecorded' : 'planned';
}

/** A plan's status on a day: done when its event is on record, otherwise by its date. */
export function planStatus(plan: { readonly date: SourceDate | null; readonly done: boolean }, day: Day): PlanStatus {
  if (plan.done) return 'done';
  return plan.date !== null && hasPassed(plan.date, day) ? 'unrecorded' : 'planned';
}

/** What matching a plan to its outcome needs to know of a plan. */
export interface PlanFacts {
  readonly kind: string;
  readonly meeting?: string | undefined;
  readonly date: SourceDate | null;
  /** The date of the newest source that states the plan. */
  readonly statedOn: Day | null;
}

/** What matching a plan to its outcome needs to know of an event. */
export interface EventFacts {
  readonly kind: string;
  readonly meeting?: string | undefined;
  readonly date: SourceDate;
  /** The date of the earliest source that states the event. */
  readonly firstStatedOn: Day | null;
}

/**
 * The event that carried a plan out, if any: of the plan's kind, at the plan's meeting where it
 * names one, dated no earlier than the plan allows, and first stated by a source newer than
 * every source of the plan. A paper states what is planned, and a later paper what came of it;
 * an event of the same kind in the same paper is what the plan follows (a progress update that
 * says what comes next), not its outcome.
 */
export function carriedOutBy<E extends EventFacts>(plan: PlanFacts, events: readonly E[]): E | null {
  return (
    events.find(
      (e) =>
        e.kind === plan.kind &&
        (!plan.meeting || e.meeting === plan.meeting) &&
        (plan.date === null || plan.date.earliest === null || e.date.latest >= plan.date.earliest) &&
        plan.statedOn !== null &&
        e.firstStatedOn !== null &&
        e.firstStatedOn > plan.statedOn,
    ) ?? null
  );
}

/** The date of the newest (`'last'`) or earliest (`'first'`) of the sources cited, by their dates. */
export function statedOn(sources: readonly { readonly source: string }[], dates: ReadonlyMap<string, Day>, which: 'first' | 'last'): Day | null {
  let found: Day | null = null;
  for (const c of sources) {
    const day = dates.get(c.source);
    if (day !== undefined && (found === null || (which === 'first' ? day < found : day > found))) found = day;
  }
  return found;
}
