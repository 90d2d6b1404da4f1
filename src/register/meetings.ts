/**
 * Meetings and what the histories record of them. A meeting's file says when it met and what
 * was on its agenda; what it decided for each modification is stated in that modification's
 * history, and read back here by meeting.
 */
import { modificationIdsIn } from '../domain/ids';
import { memoize } from '../domain/memo';
import type { Meeting, Modification, ModificationEvent, ModificationPlan, Register } from './types';

/** A working group's meetings, held, not held and planned, in date order. */
export function meetingsOf(register: Register, workingGroup: string): Meeting[] {
  return register.meetings.filter((m) => m.type === 'working-group' && m.workingGroup === workingGroup);
}

/** A modification's events and plans at one meeting. */
export interface MeetingOutcome {
  readonly modification: Modification;
  readonly events: readonly ModificationEvent[];
  readonly plans: readonly ModificationPlan[];
}

const outcomesByMeeting = memoize((register: Register) => {
  const byMeeting = new Map<string, MeetingOutcome[]>();
  for (const m of register.modifications) {
    const ids = new Set([...m.events.flatMap((e) => (e.meeting ? [e.meeting] : [])), ...m.plans.flatMap((p) => (p.meeting ? [p.meeting] : []))]);
    for (const id of ids) {
      const outcome = { modification: m, events: m.events.filter((e) => e.meeting === id), plans: m.plans.filter((p) => p.meeting === id) };
      const list = byMeeting.get(id);
      if (list) list.push(outcome);
      else byMeeting.set(id, [outcome]);
    }
  }
  return byMeeting;
});

/** What each modification's history records of a meeting, in number order. */
export function outcomesAt(register: Register, meeting: string): MeetingOutcome[] {
  return outcomesByMeeting(register).get(meeting) ?? [];
}

/** The modifications a meeting concerns: named on its agenda or in a history that names it. */
export function modificationsAt(register: Register, meeting: Meeting): Modification[] {
  const ids = new Set([...meeting.agenda.flatMap((a) => modificationIdsIn(a.item)), ...outcomesAt(register, meeting.id).map((o) => o.modification.id)]);
  return register.modifications.filter((m) => ids.has(m.id));
}
