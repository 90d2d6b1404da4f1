/**
 * The register's news, newest first: what happened, as the sources date it. Every dated fact
 * counts (a modification's events, meetings the sources record, versions designated), and the
 * same happening to several modifications on one day (two consultations closing, one Working
 * Group meeting discussing three) is one item.
 *
 * Ordered by what is known. A fact dated only by a bound ("by 9 November 2016", "between
 * October 2016 and 9 November 2016") may have happened on its earliest possible day, so it is
 * ranked by that day: never above a dated fact it may precede. A fact with an open start ("by
 * …") may precede every other, so it comes after all of them.
 */
import { sourceDate, type SourceDate } from '../domain/dates';
import { transitions } from '../domain/phases';
import type { EventKind } from '../domain/vocabulary';
import type { Meeting, Modification, ModificationEvent, Register, Version } from './types';

/** One item of news: a kind of event on one date, for one or more modifications. */
export type NewsItem =
  | {
      readonly type: 'event';
      readonly date: SourceDate;
      readonly kind: EventKind;
      readonly label: string;
      /** The meeting it happened at, if any. */
      readonly meeting: Meeting | null;
      readonly entries: readonly { readonly modification: Modification; readonly event: ModificationEvent; readonly index: number }[];
      /** Whether any of its events, or their dates, are the register's inference. */
      readonly inferred: boolean;
    }
  | { readonly type: 'meeting'; readonly date: SourceDate; readonly meeting: Meeting; readonly label: string; readonly inferred: false }
  | { readonly type: 'designation'; readonly date: SourceDate; readonly version: Version; readonly label: string; readonly inferred: boolean };

/** Newest first by what is known: the earliest possible day, later first; an open start last. */
export function compareNews(a: { readonly date: SourceDate }, b: { readonly date: SourceDate }): number {
  const ea = a.date.earliest ?? '';
  const eb = b.date.earliest ?? '';
  if (ea !== eb) return ea < eb ? 1 : -1;
  // On the same earliest day, the more precise date first: a day before a month or an interval.
  const span = (d: SourceDate) => (d.latest === d.earliest ? 0 : 1);
  return span(a.date) - span(b.date) || (a.date.latest < b.date.latest ? -1 : a.date.latest > b.date.latest ? 1 : 0);
}

/** Every item of news on the register, newest first by what is known. */
export function news(register: Register): NewsItem[] {
  const groups = new Map<string, Extract<NewsItem, { type: 'event' }>>();
  for (const modification of register.modifications) {
    modification.events.forEach((event, index) => {
      // A meeting is one happening whatever each history records of it; anything else groups by kind.
      const key = event.meeting && event.kind === 'working-group-meeting' ? `meeting ${event.meeting}` : `${event.kind} ${event.date.text} ${event.meeting ?? ''}`;
      const group = groups.get(key);
      const entry = { modification, event, index };
      if (group) {
        groups.set(key, { ...group, entries: [...group.entries, entry], inferred: group.inferred || event.inferred !== undefined });
      } else {
        groups.set(key, {
          type: 'event',
          date: event.date,
          kind: event.kind,
          label: transitions[event.kind].label,
          meeting: event.meeting ? register.meeting(event.meeting) : null,
          entries: [entry],
          inferred: event.inferred !== undefined,
        });
      }
    });
  }
  const recorded = new Set([...groups.values()].flatMap((g) => (g.meeting ? [g.meeting.id] : [])));
  // A meeting whose day has passed is news, held or with its outcome not yet recorded; one that did not meet is not.
  const meetings: NewsItem[] = register.meetings
    .filter((m) => (m.status === 'held' || m.status === 'unrecorded') && !recorded.has(m.id))
    .map((meeting) => ({ type: 'meeting', date: meeting.parsedDate, meeting, label: meeting.status === 'held' ? 'Meeting held' : 'Meeting (outcome not yet recorded)', inferred: false }));
  const designations: NewsItem[] = register.versions
    .filter((v) => v.effective <= register.asOf)
    .map((version) => ({ type: 'designation', date: sourceDate(version.effective), version, label: `SEC ${version.id} took effect`, inferred: Boolean(version.effectiveBasis) }));
  return [...groups.values(), ...meetings, ...designations].sort(compareNews);
}
