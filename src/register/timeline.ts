/**
 * The register over time: the newest events across all modifications, and everything planned
 * after the as-of date.
 */
import { compareDates, type SourceDate } from '../domain/dates';
import type { Meeting, Modification, ModificationEvent, ModificationPlan, Register, Release } from './types';

/** The last event of a modification's history. */
export function lastEvent(m: Modification): ModificationEvent {
  return m.events[m.events.length - 1] as ModificationEvent;
}

/** One event on the register's timeline. */
export interface TimelineEntry {
  readonly modification: Modification;
  readonly event: ModificationEvent;
  /** The event's place in its modification's history, from 0. */
  readonly index: number;
}

/** Every event of every modification, newest first. */
export function allEvents(register: Register): TimelineEntry[] {
  return register.modifications
    .flatMap((modification) => modification.events.map((event, index) => ({ modification, event, index })))
    .sort((a, b) => compareDates(b.event.date, a.event.date) || a.modification.number - b.modification.number);
}

/** The newest events across all modifications, newest first. */
export function latestEvents(register: Register, count: number): TimelineEntry[] {
  return allEvents(register).slice(0, count);
}

/** A dated thing still to come after the as-of date. */
export type Upcoming =
  | { readonly type: 'meeting'; readonly date: SourceDate; readonly meeting: Meeting }
  | { readonly type: 'release'; readonly date: SourceDate; readonly release: Release }
  | { readonly type: 'plan'; readonly date: SourceDate; readonly modification: Modification; readonly plan: ModificationPlan };

/**
 * Everything planned after the as-of date: meetings, releases, and modification plans that are
 * not already shown through a planned meeting. In date order.
 */
export function upcoming(register: Register): Upcoming[] {
  const items: Upcoming[] = [
    ...register.meetings.filter((m) => m.status === 'planned').map((meeting) => ({ type: 'meeting' as const, date: meeting.parsedDate, meeting })),
    ...register.releases
      .filter((r) => r.date > register.asOf)
      .map((release) => ({ type: 'release' as const, date: { text: release.date, precision: 'day' as const, earliest: release.date, latest: release.date }, release })),
    ...register.modifications.flatMap((modification) =>
      modification.plans
        .filter((plan) => plan.status === 'planned' && plan.date && plan.date.latest > register.asOf && !plan.meeting)
        .map((plan) => ({ type: 'plan' as const, date: plan.date as SourceDate, modification, plan })),
    ),
  ];
  return items.sort((a, b) => compareDates(a.date, b.date));
}
