/**
 * Dates a history: turns the kinds of event a route chose into dated events, tied where they
 * can be to a meeting of the body the event happens at.
 *
 * The dates must read as the sources' dates do (days, months, "by" and "between"), never go
 * back along a history (the phase model reads a history in order) and never pass the as-of
 * date, after which everything is a plan.
 */
import { addDays, daysBetween, earlierDay, formatDay, laterDay, monthBounds, monthOf, nextDay, sourceDate, type Day } from '../../../src/domain/dates';
import { transitions } from '../../../src/domain/phases';
import { phaseLabels, type EventKind, type Phase } from '../../../src/domain/vocabulary';
import type { Slot } from './calendar';
import { groupName, type Context, type EventInput } from './context';
import type { Step } from './histories';
import { eventDetail } from './words';

/** Which body an event happens at, so it can be tied to one of that body's meetings. */
export type Venue = 'working-group' | 'sec-panel' | 'change-board';

/** The events that happen at a meeting; the rest happen between meetings. */
const VENUES: Partial<Record<EventKind, Venue>> = {
  'working-group-meeting': 'working-group',
  'initial-modification-report-presented': 'sec-panel',
  'refinement-started': 'sec-panel',
  'draft-modification-report-presented': 'sec-panel',
  'final-modification-report-presented': 'sec-panel',
  'change-board-considered': 'change-board',
  'change-board-approved': 'change-board',
  'change-board-rejected': 'change-board',
  'change-board-voted-for-authority': 'change-board',
};

/** The body whose meeting an event happens at, if any: a Working Group, the Panel or the Change Board. */
export function venueOf(kind: EventKind, group: string): string | undefined {
  const venue = VENUES[kind];
  return venue === 'working-group' ? group : venue;
}

/**
 * The fewest days an event follows the one before it, where the process needs time: a
 * consultation that closes the day it opens, or an assessment delivered the day it was asked
 * for, would look wrong on a timeline. The as-of date caps the gap, so it never pushes an
 * event into the future.
 */
const MIN_GAP: Partial<Record<EventKind, number>> = {
  'working-group-consultation-closed': 14,
  'modification-report-consultation-closed': 14,
  'preliminary-assessment-delivered': 20,
  'impact-assessment-delivered': 30,
  'adoption-window-closed': 10,
  'authority-approved': 20,
  'authority-rejected': 20,
  implemented: 30,
};

/** What the history is of. */
export interface Subject {
  readonly id: string;
  /** The thing the modification changes, for the events' details. */
  readonly object: string;
  /** The working group it is allocated to. */
  readonly group: string;
  /** The day it was raised, which the first event falls on. */
  readonly raise: Day;
  /** Whether it is still open on the as-of date, which lets its history run nearer to it. */
  readonly open: boolean;
}

/**
 * Dates a history: spreads the events between the day raised and an end day, then walks them
 * in order, snapping meeting events to the body's next held meeting and never going back. A
 * Working Group meeting with no meeting left before the as-of date becomes a progress update.
 */
export function dateHistory(ctx: Context, subject: Subject, steps: readonly Step[]): EventInput[] {
  const { rng, asOf, start, calendar } = ctx;
  const { id, raise, group } = subject;
  const end = subject.open ? laterDay(raise, addDays(asOf, -rng.int(0, 120))) : earlierDay(asOf, addDays(raise, rng.int(120, 1100)));
  const span = daysBetween(raise, end);
  const targets = [raise, ...Array.from({ length: steps.length - 1 }, () => addDays(raise, Math.round(rng.float() * span)))].sort();
  const name = groupName(ctx, group);
  let cursor = raise;
  // The day after the last meeting used, so two events never land on the same meeting.
  let afterMeeting = raise;
  const events = steps.map((step, k): EventInput => {
    const base = laterDay(targets[k] as Day, earlierDay(asOf, addDays(cursor, MIN_GAP[step.kind] ?? 0)));
    let kind = step.kind;
    let slot: Slot | undefined;
    const venue = VENUES[kind];
    if (venue === 'working-group') {
      slot = calendar.firstHeld(group, laterDay(base, afterMeeting), asOf);
      if (!slot) kind = 'progress-update';
    } else if (venue && rng.chance(venue === 'sec-panel' ? 0.6 : 0.75)) {
      slot = calendar.firstHeld(venue, laterDay(base, afterMeeting), earlierDay(asOf, addDays(base, 62)));
    }
    let date: string;
    let inferred: string | undefined;
    if (slot) {
      date = slot.date;
      cursor = slot.latest;
      afterMeeting = nextDay(slot.latest);
      calendar.book(slot, transitions[kind].label, id);
    } else {
      // A mix of the precisions the sources use: days, months, "by" and "between".
      const form = rng.float();
      const monthEnd = monthBounds(monthOf(base)).last;
      cursor = base;
      if (form < 0.12 && monthEnd <= asOf) {
        date = monthOf(base);
        cursor = monthEnd;
      } else if (form < 0.22) {
        date = `../${base}`;
        inferred = `The sources say only that this had happened by ${formatDay(base)}; they do not say when.`;
      } else if (form < 0.28 && addDays(base, -20) >= start) {
        date = `${monthOf(addDays(base, -rng.int(20, 60)))}/${base}`;
      } else {
        date = base;
      }
    }
    if (k === 0 && kind !== 'raised') {
      const phase = phaseLabels[transitions[kind].to as Phase];
      inferred = `The sources pick the modification up in ${phase}; they do not say when it was raised or how it got there.`;
    }
    return {
      date,
      kind,
      detail: eventDetail(rng, kind, { id, object: subject.object, group: name }),
      ...(slot ? { meeting: slot.id } : {}),
      ...((kind === 'withdrawn' || kind === 'draft-modification-report-presented') && rng.chance(0.3) ? { documents: [rng.pick(ctx.nonSystems).id] } : {}),
      ...(inferred ? { inferred } : {}),
      sources: ctx.citations.cite('modification', slot && venue === 'working-group' ? name : undefined),
    };
  });
  let last = '';
  for (const e of events) {
    const latest = sourceDate(String(e.date)).latest;
    if (latest < last || latest > asOf) throw new Error(`${id}: generated event dates out of order or after the as-of date`);
    last = latest;
  }
  return events;
}
