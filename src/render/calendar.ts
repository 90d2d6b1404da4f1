/**
 * The register's calendars (iCalendar, RFC 5545): every dated meeting, consultation window,
 * planned step and release date, as all-day events. The events are worked out here as plain
 * data (`CalendarItem`); `icsCalendar` writes them with `ical-generator`, which folds long lines
 * and escapes text as RFC 5545 requires.
 *
 * - A meeting a source records as held, a planned step whose event is on record, and a
 *   consultation window the histories record are CONFIRMED; a meeting still to come or whose
 *   outcome is not yet recorded, a plan not yet done and a release date are TENTATIVE; a
 *   meeting the sources say did not take place is CANCELLED.
 * - A date the sources give only as a month (or as an interval) spans all its possible days,
 *   is marked free time (TRANSPARENT), and says so in its title: the calendar never invents a day.
 * - Every event cites its sources and gives the address of its page, and has a UID made from
 *   what it is (`stable-id.ts`), so it stays the same event in a reader's calendar from build
 *   to build.
 */
import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { formatSourceDate, nextDay, type Day, type SourceDate } from '../domain/dates';
import { meetingStatusLabels, planStatusLabels, type MeetingStatus } from '../domain/outcomes';
import { transitions } from '../domain/phases';
import { meetingsOf, outcomesAt } from '../register/meetings';
import { allocatedTo, targeting } from '../register/relations';
import type { CitedSource, Meeting, Modification, ModificationEvent, ModificationPlan, Register, Release } from '../register/types';
import type { EventKind } from '../domain/vocabulary';
import { addressOn, absoluteOn } from './address';
import { nameUuid, numberedKeys } from './stable-id';
import { eventAddress, urls } from './urls';
import { meetingTitle } from './words';

/** How sure the sources are that a calendar event happens (or happened) as shown. */
export type CalendarStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';

/** One all-day event of a calendar. */
export interface CalendarItem {
  /** Stable across builds: made from what the event is. */
  readonly uid: string;
  readonly summary: string;
  /** The first day. */
  readonly start: Day;
  /** The day after the last day (iCalendar's all-day events end there). */
  readonly end: Day;
  /** Whether the sources give the exact day (otherwise the event spans every possible day). */
  readonly exact: boolean;
  readonly status: CalendarStatus;
  /** What the event is, in lines: details, then its sources. */
  readonly details: readonly string[];
  readonly sources: readonly CitedSource[];
  /** The root-relative address of its page. */
  readonly page: string;
}

/** The days a source date may fall on: an exact day, or every day it allows. */
function span(date: SourceDate): { start: Day; end: Day; exact: boolean } {
  if (date.precision === 'day') return { start: date.latest, end: nextDay(date.latest), exact: true };
  // An open start ("by 9 November") gives no first day: the event is shown on its latest day.
  return { start: date.earliest ?? date.latest, end: nextDay(date.latest), exact: false };
}

/** A title with the date in words where the sources give no exact day. */
function titled(summary: string, date: SourceDate): string {
  return date.precision === 'day' ? summary : `${summary} (${formatSourceDate(date)}, day not given)`;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** A planned step in words: "SECMP0023: Initial Modification Report presented". */
function planWords(m: Modification, kind: EventKind): string {
  return `${m.id}: ${transitions[kind].label}`;
}

/**
 * What a meeting's status is in a calendar. Only a meeting a source records as held is
 * CONFIRMED; one whose date has passed with no outcome on record stays TENTATIVE, as a date
 * passing is not an outcome.
 */
export const meetingCalendarStatus: Readonly<Record<MeetingStatus, CalendarStatus>> = {
  held: 'CONFIRMED',
  'not-held': 'CANCELLED',
  planned: 'TENTATIVE',
  unrecorded: 'TENTATIVE',
};

function meetingStatusWords(meeting: Meeting): string {
  switch (meeting.status) {
    case 'held':
      return 'Met.';
    case 'not-held':
      return `Did not meet${meeting.notHeld ? `: ${meeting.notHeld.reason}` : '.'}`;
    case 'planned':
      return 'Planned.';
    case 'unrecorded':
      return `${meetingStatusLabels.unrecorded}: its date has passed and no source on the register says whether it met.`;
  }
}

/** A meeting: confirmed once a source records it held, cancelled when it did not meet, otherwise tentative. */
export function meetingItem(register: Register, meeting: Meeting): CalendarItem {
  const title = meetingTitle(meeting);
  const status = meetingCalendarStatus[meeting.status];
  const outcomes = outcomesAt(register, meeting.id);
  const details = [
    meetingStatusWords(meeting),
    ...(meeting.mode ? [`Held ${meeting.mode === 'teleconference' ? 'by teleconference' : 'in person'}.`] : []),
    ...meeting.agenda.map((a) => `Agenda: ${a.item}`),
    ...outcomes.flatMap((o) => o.events.map((e) => `${o.modification.id}: ${transitions[e.kind].label}. ${e.detail}`)),
    ...outcomes.flatMap((o) => o.plans.map((p) => `Planned: ${planWords(o.modification, p.kind)}. ${p.detail}`)),
  ];
  const sources = unique([
    ...meeting.sources,
    ...(meeting.notHeld?.sources ?? []),
    ...meeting.agenda.flatMap((a) => a.sources),
    ...outcomes.flatMap((o) => [...o.events.flatMap((e) => e.sources), ...o.plans.flatMap((p) => p.sources)]),
  ]);
  return {
    uid: nameUuid(`meeting:${meeting.id}`),
    summary: titled(meeting.status === 'not-held' ? `${title} (did not meet)` : title, meeting.parsedDate),
    ...span(meeting.parsedDate),
    status,
    details,
    sources,
    page: urls.meeting(meeting.id),
  };
}

/** The consultation a modification event opens or closes, if any. */
const consultations: Partial<Record<EventKind, { family: string; name: string; end: EventKind }>> = {
  'working-group-consultation-opened': { family: 'working-group', name: 'Working Group consultation', end: 'working-group-consultation-closed' },
  'modification-report-consultation-opened': { family: 'modification-report', name: 'Industry consultation', end: 'modification-report-consultation-closed' },
};

/**
 * A modification's consultation windows, from its history: each opening event with the first
 * closing event of the same consultation after it. A window whose closing the sources do not
 * record is shown on its opening day only, and says so.
 */
export function consultationItems(m: Modification): CalendarItem[] {
  const items: CalendarItem[] = [];
  m.events.forEach((opened, index) => {
    const consultation = consultations[opened.kind];
    if (!consultation) return;
    const closedAt = m.events.findIndex((e, i) => i > index && e.kind === consultation.end);
    const closed: ModificationEvent | undefined = m.events[closedAt];
    const from = span(opened.date);
    const to = closed ? span(closed.date) : null;
    const exact = from.exact && (to?.exact ?? true);
    const summary = closed
      ? `${m.id}: ${consultation.name}${exact ? '' : ` (${formatSourceDate(opened.date)} to ${formatSourceDate(closed.date)})`}`
      : `${m.id}: ${consultation.name} opened${from.exact ? '' : ` (${formatSourceDate(opened.date)}, day not given)`}`;
    items.push({
      uid: nameUuid(`consultation:${m.id}:${consultation.family}:${opened.date.text}`),
      summary,
      start: from.start,
      end: to ? to.end : from.end,
      exact,
      status: 'CONFIRMED',
      details: [
        `${m.shortTitle}.`,
        `Opened ${formatSourceDate(opened.date)}: ${opened.detail}`,
        closed ? `Closed ${formatSourceDate(closed.date)}: ${closed.detail}` : 'The sources do not record when it closes.',
      ],
      sources: unique([...opened.sources, ...(closed?.sources ?? [])]),
      page: eventAddress(m.id, index),
    });
  });
  return items;
}

/**
 * A modification's dated plans, each tentative until its event is on record, less those `listedElsewhere` says a
 * calendar already shows: a plan at a meeting is listed by that meeting's event.
 */
export function planItems(m: Modification, listedElsewhere: (plan: ModificationPlan) => boolean = () => false): CalendarItem[] {
  const keys = numberedKeys(m.plans.map((p) => `plan:${m.id}:${p.kind}:${p.date?.text ?? ''}`));
  return m.plans.flatMap((plan, index): CalendarItem[] => {
    if (!plan.date || listedElsewhere(plan)) return [];
    return [
      {
        uid: nameUuid(keys[index] as string),
        summary: titled(planWords(m, plan.kind), plan.date),
        ...span(plan.date),
        status: plan.status === 'done' ? 'CONFIRMED' : 'TENTATIVE',
        details: [
          `Planned: ${plan.detail}`,
          plan.status === 'done' && plan.doneBy
            ? `Done: ${formatSourceDate(plan.doneBy.date)}, ${plan.doneBy.detail}`
            : plan.status === 'unrecorded'
              ? `${planStatusLabels.unrecorded}: its date has passed and no source on the register records it done.`
              : 'Still planned.',
          `${m.id}: ${m.shortTitle}.`,
        ],
        sources: plan.sources,
        page: urls.modification(m.id),
      },
    ];
  });
}

/** A release's date: tentative, since a release is scheduled, not yet made. */
export function releaseItem(register: Register, release: Release): CalendarItem {
  const modifications = targeting(register, release.id);
  return {
    uid: nameUuid(`release:${release.id}`),
    summary: release.name,
    ...span({ text: release.date, precision: 'day', earliest: release.date, latest: release.date }),
    status: 'TENTATIVE',
    details: [
      `Scheduled date of the ${release.name}.`,
      modifications.length > 0 ? `Targeted for it: ${modifications.map((m) => m.id).join(', ')}.` : 'No modification is targeted for it.',
      ...release.scope.map((s) => s.text),
    ],
    sources: release.sources,
    page: urls.release(release.id),
  };
}

function byStart(items: readonly CalendarItem[]): CalendarItem[] {
  return [...items].sort((a, b) => (a.start !== b.start ? (a.start < b.start ? -1 : 1) : a.summary.localeCompare(b.summary, 'en-GB')));
}

/** A calendar: its name, what it holds, its own address and page, and its events. */
export interface Calendar {
  readonly name: string;
  readonly description: string;
  /** The calendar's own root-relative address. */
  readonly self: string;
  readonly page: string;
  readonly items: readonly CalendarItem[];
}

/** Every dated meeting, consultation window, planned step and release date. */
export function siteCalendar(register: Register): Calendar {
  return {
    name: 'SEC Register',
    description: `Meetings, consultation windows, planned steps of SEC modifications and SEC Release dates, as of ${formatSourceDate(register.asOf)}.`,
    self: urls.calendar(),
    page: urls.meetings(),
    items: byStart([
      ...register.meetings.map((m) => meetingItem(register, m)),
      ...register.modifications.flatMap((m) => [...consultationItems(m), ...planItems(m, (plan) => plan.meeting !== undefined)]),
      ...register.releases.map((r) => releaseItem(register, r)),
    ]),
  };
}

/** A working group's meetings, and the consultations and plans of its modifications. */
export function workingGroupCalendar(register: Register, id: string): Calendar {
  const group = register.workingGroup(id);
  const own = new Set(meetingsOf(register, group.id).map((m) => m.id));
  const modifications = allocatedTo(register, group.id);
  return {
    name: `SEC Register: ${group.name}`,
    description: `${group.name}'s meetings, and the consultation windows and planned steps of its modifications, as of ${formatSourceDate(register.asOf)}.`,
    self: urls.workingGroupCalendar(group.id),
    page: urls.workingGroup(group.id),
    items: byStart([
      ...meetingsOf(register, group.id).map((m) => meetingItem(register, m)),
      ...modifications.flatMap((m) => [
        ...consultationItems(m),
        ...planItems(m, (plan) => plan.meeting !== undefined && own.has(plan.meeting)),
      ]),
    ]),
  };
}

/** A modification's planned dates. */
export function modificationCalendar(register: Register, id: string): Calendar {
  const m = register.modification(id);
  return {
    name: `SEC Register: ${m.id}`,
    description: `The planned steps of ${m.id} ${m.shortTitle}, as of ${formatSourceDate(register.asOf)}.`,
    self: urls.modificationCalendar(m.id),
    page: urls.modification(m.id),
    items: byStart(planItems(m)),
  };
}

/** The text of an event's description: its details, its sources, and its page's address. */
export function itemDescription(item: CalendarItem, origin: string | null): string {
  const sources = item.sources.map((s) => `${s.label} (${addressOn(origin, urls.sourceSection(s.source, s.section))})`);
  return [...item.details, `${sources.length > 1 ? 'Sources' : 'Source'}: ${sources.join('; ')}`, `Page: ${addressOn(origin, item.page)}`].join('\n');
}

const statuses: Record<CalendarStatus, ICalEventStatus> = {
  CONFIRMED: ICalEventStatus.CONFIRMED,
  TENTATIVE: ICalEventStatus.TENTATIVE,
  CANCELLED: ICalEventStatus.CANCELLED,
};

/**
 * The calendar as an iCalendar file. `stamp` (the register's as-of date) is every event's
 * DTSTAMP, so two builds of the same content write the same file. An event's `URL` is an
 * absolute address, so a preview build (no origin) leaves it out; its description still gives
 * the page's path.
 */
export function icsCalendar(calendar: Calendar, origin: string | null, stamp: Day): string {
  const cal = ical({
    prodId: { company: 'SEC Register', product: 'Calendar', language: 'EN' },
    name: calendar.name,
    description: calendar.description,
    ...(origin ? { url: addressOn(origin, calendar.page) } : {}),
  });
  const stampDate = new Date(`${stamp}T00:00:00Z`);
  const uids = new Set<string>();
  for (const item of calendar.items) {
    if (uids.has(item.uid)) throw new Error(`the calendar ${calendar.self} would hold the UID ${item.uid} twice (${item.summary})`);
    uids.add(item.uid);
    const url = absoluteOn(origin, item.page);
    cal.createEvent({
      id: item.uid,
      start: item.start,
      end: item.end,
      allDay: true,
      stamp: stampDate,
      summary: item.summary,
      description: itemDescription(item, origin),
      status: statuses[item.status],
      transparency: item.exact ? ICalEventTransparency.OPAQUE : ICalEventTransparency.TRANSPARENT,
      ...(url ? { url } : {}),
    });
  }
  // RFC 5545 ends every content line, the last one included, with CRLF.
  const text = cal.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
