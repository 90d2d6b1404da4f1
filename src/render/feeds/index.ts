/**
 * The register's feeds: the site's feed of every modification event, one feed per
 * modification, and one per working group. An entry is an event of a modification's history;
 * its title says what changed ("SECMP0003: Refinement → Withdrawn") and the same event has the
 * same entry, id included, in every feed that carries it.
 */
import { earlierDay, formatSourceDate, type Day } from '../../domain/dates';
import { stateChanged, transitions } from '../../domain/phases';
import { meetingsOf, outcomesAt } from '../../register/meetings';
import { allocatedTo } from '../../register/relations';
import type { Meeting, Modification, Register } from '../../register/types';
import { numberedKeys, urnOf } from '../stable-id';
import { eventAddress, urls } from '../urls';
import { badgeWords, meetingTitle } from '../words';
import { atomXml, type AtomEntry, type AtomFeed } from './atom';

/** What an event changed, as an entry's title: "SECMP0003: Refinement → Withdrawn". */
export function eventTitle(m: Modification, index: number): string {
  const step = m.history[index];
  if (!step) throw new Error(`${m.id} has no event ${index}`);
  const label = transitions[step.event.kind].label;
  if (!step.before) return `${m.id}: ${label}, in ${badgeWords(step.after)}`;
  if (stateChanged(step.before, step.after)) return `${m.id}: ${badgeWords(step.before)} → ${badgeWords(step.after)}`;
  return `${m.id}: ${label}`;
}

/** A modification's events as entries, in history order. */
const entriesByModification = new WeakMap<Modification, readonly AtomEntry[]>();

function eventEntries(register: Register, m: Modification): readonly AtomEntry[] {
  let entries = entriesByModification.get(m);
  if (entries) return entries;
  const keys = numberedKeys(m.events.map((e) => `event:${m.id}:${e.kind}:${e.date.text}`));
  entries = m.history.map(({ event, index }): AtomEntry => ({
    id: urnOf(keys[index] as string),
    title: eventTitle(m, index),
    // The day the event is known to have happened by, which never lies after the as-of date.
    updated: earlierDay(m.knownBy[index] as Day, register.asOf),
    link: eventAddress(m.id, index),
    summary: `${transitions[event.kind].label} (${formatSourceDate(event.date)}): ${event.detail} (${m.shortTitle})`,
  }));
  entriesByModification.set(m, entries);
  return entries;
}

/** Newest first; events of the same day in number order, then history order. */
function newestFirst(entries: readonly { entry: AtomEntry; number: number; order: number }[]): AtomEntry[] {
  return [...entries]
    .sort((a, b) => (a.entry.updated !== b.entry.updated ? (a.entry.updated < b.entry.updated ? 1 : -1) : a.number - b.number || b.order - a.order))
    .map((e) => e.entry);
}

function latestOf(entries: readonly AtomEntry[], fallback: Day): Day {
  return entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), entries.length > 0 ? '0000-01-01' : fallback);
}

/** The site's feed: every event of every modification, newest first. */
export function siteFeed(register: Register): AtomFeed {
  const entries = newestFirst(register.modifications.flatMap((m) => eventEntries(register, m).map((entry, order) => ({ entry, number: m.number, order }))));
  return {
    id: urnOf('feed:site'),
    title: 'SEC Register: modification events',
    subtitle: `Every dated event of every SEC modification, and the phase it moved the modification to, as of ${formatSourceDate(register.asOf)}.`,
    updated: register.asOf,
    self: urls.feed(),
    page: urls.home(),
    entries,
  };
}

/** One modification's feed: its events, newest first. */
export function modificationFeed(register: Register, id: string): AtomFeed {
  const m = register.modification(id);
  const entries = newestFirst(eventEntries(register, m).map((entry, order) => ({ entry, number: m.number, order })));
  return {
    id: urnOf(`feed:modification:${m.id}`),
    title: `SEC Register: ${m.id} ${m.shortTitle}`,
    subtitle: `Every dated event of ${m.id} and the phase it moved it to, as of ${formatSourceDate(register.asOf)}.`,
    updated: latestOf(entries, register.asOf),
    self: urls.modificationFeed(m.id),
    page: urls.modification(m.id),
    entries,
  };
}

/** A meeting that took place, or that the sources say did not, as an entry. */
function meetingEntry(register: Register, meeting: Meeting): AtomEntry {
  const outcomes = outcomesAt(register, meeting.id)
    .filter((o) => o.events.length > 0)
    .map((o) => `${o.modification.id}: ${o.events.map((e) => transitions[e.kind].label).join(', ')}`);
  const title = `${meetingTitle(meeting)} ${meeting.notHeld ? 'did not meet' : 'met'} (${formatSourceDate(meeting.parsedDate)})`;
  const summary = meeting.notHeld
    ? `${meetingTitle(meeting)} did not meet: ${meeting.notHeld.reason}`
    : outcomes.length > 0
      ? `${meetingTitle(meeting)} met. ${outcomes.join('; ')}.`
      : `${meetingTitle(meeting)} met; the sources record no outcome for a modification.`;
  return {
    id: urnOf(`meeting:${meeting.id}`),
    title,
    updated: earlierDay(meeting.parsedDate.latest, register.asOf),
    link: urls.meeting(meeting.id),
    summary,
  };
}

/**
 * A working group's feed: the events of the modifications allocated (or proposed) to it, and
 * its meetings a source records as held or called off, newest first. A meeting still planned,
 * or whose outcome is not yet recorded, is not news; it is in the group's calendar.
 */
export function workingGroupFeed(register: Register, id: string): AtomFeed {
  const group = register.workingGroup(id);
  const events = allocatedTo(register, group.id).flatMap((m) => eventEntries(register, m).map((entry, order) => ({ entry, number: m.number, order })));
  const meetings = meetingsOf(register, group.id)
    .filter((m) => m.status === 'held' || m.status === 'not-held')
    .map((m, order) => ({ entry: meetingEntry(register, m), number: 0, order }));
  const entries = newestFirst([...events, ...meetings]);
  return {
    id: urnOf(`feed:working-group:${group.id}`),
    title: `SEC Register: ${group.name}`,
    subtitle: `The events of the modifications allocated to ${group.name}, and its meetings, as of ${formatSourceDate(register.asOf)}.`,
    updated: latestOf(entries, register.asOf),
    self: urls.workingGroupFeed(group.id),
    page: urls.workingGroup(group.id),
    entries,
  };
}

export { atomXml };
