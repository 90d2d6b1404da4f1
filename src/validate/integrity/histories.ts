/**
 * Histories: each modification's events are dated in the order they happened, none after the
 * register's as-of date, and every transition is one the phase model allows; events and plans
 * at a meeting fit the meeting; and a withdrawn or rejected modification targets no release.
 */
import type { SourceDate } from '../../domain/dates';
import { replay } from '../../domain/phases';
import type { FieldPath } from '../../schemas/citations';
import type { Entry } from '../../schemas/content';
import type { MeetingData } from '../../schemas/meeting';
import type { ModificationData } from '../../schemas/modification';
import type { Problem } from '../problems';
import { dateOf, missing, missingInList, problem, type IntegrityContext } from './context';

/** The meetings by id. */
type Meetings = ReadonlyMap<string, MeetingData>;

/** Whether two source dates can fall on a common day. */
function overlaps(a: SourceDate, b: SourceDate): boolean {
  return (a.earliest ?? '0000-00-00') <= b.latest && (b.earliest ?? '0000-00-00') <= a.latest;
}

/** An event or plan at a meeting: the meeting exists, fits the date, and fits the kind. */
function* atMeeting(context: IntegrityContext, meetings: Meetings, entry: Entry<unknown>, at: FieldPath, date: SourceDate | null, id: string | undefined, kind: string): Generator<Problem> {
  if (id === undefined) return;
  yield* missing(context, entry, [...at, 'meeting'], 'meetings', id);
  const meeting = meetings.get(id);
  if (!meeting) return;
  const meetingDate = dateOf(meeting.date);
  if (date && meetingDate && !overlaps(date, meetingDate)) {
    yield problem(entry, [...at, 'date'], `${date.text} cannot be the date of meeting "${id}" (${meetingDate.text})`);
  }
  if (kind === 'working-group-meeting' && meeting.type !== 'working-group') {
    yield problem(entry, [...at, 'meeting'], `"${id}" is a ${meeting.type} meeting, not a working-group meeting`);
  }
  if (meeting.notHeld && kind !== 'progress-update') {
    yield problem(entry, [...at, 'kind'], `"${id}" did not take place, so only a progress-update can refer to it, not "${kind}"`);
  }
}

/** The events of one history: order, as-of date, meetings, documents and transitions. */
function* historyProblems(context: IntegrityContext, meetings: Meetings, entry: Entry<ModificationData>): Generator<Problem> {
  const m = entry.data;
  const { asOf } = context;
  // An event may share a month or an interval with the one before it, but it cannot certainly
  // lie before an event listed earlier.
  let latestStart: SourceDate | null = null;
  for (const [i, event] of m.events.entries()) {
    const date = dateOf(event.date);
    if (!date) continue;
    if (asOf && date.latest > asOf) {
      yield problem(entry, ['events', i, 'date'], `${event.date} may lie after the register's as-of date ${asOf}; an event is a fact, so record what is still to come under plans`);
    }
    if (latestStart?.earliest && date.latest < latestStart.earliest) {
      yield problem(entry, ['events', i, 'date'], `${event.date} is earlier than an event listed before it (${latestStart.text}); list events in the order they happened`);
    }
    if (date.earliest && (!latestStart?.earliest || date.earliest > latestStart.earliest)) latestStart = date;
    yield* atMeeting(context, meetings, entry, ['events', i], date, event.meeting, event.kind);
    yield* missingInList(context, entry, ['events', i, 'documents'], 'documents', event.documents);
  }
  const parsed = m.events.flatMap((e) => {
    const date = dateOf(e.date);
    return date ? [{ kind: e.kind, date }] : [];
  });
  if (parsed.length === m.events.length) {
    const steps = replay(parsed);
    for (const step of steps) if (step.error) yield problem(entry, ['events', step.index, 'kind'], step.error);
    const final = steps[steps.length - 1]?.after;
    if (m.targetRelease && (final?.phase === 'withdrawn' || final?.phase === 'rejected')) {
      yield problem(entry, ['targetRelease'], `the modification is ${final.phase}, so it cannot be planned for a release; remove the target release (and list it in no release)`);
    }
  }
  for (const [i, plan] of m.plans.entries()) {
    yield* atMeeting(context, meetings, entry, ['plans', i], plan.date ? dateOf(plan.date) : null, plan.meeting, plan.kind);
    yield* missingInList(context, entry, ['plans', i, 'documents'], 'documents', plan.documents);
  }
}

export function* checkHistories(context: IntegrityContext): Generator<Problem> {
  const meetings = new Map(context.content.meetings.map((m) => [m.data.id, m.data]));
  for (const entry of context.content.modifications) yield* historyProblems(context, meetings, entry);
}
