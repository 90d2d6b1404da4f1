/**
 * The phase model of the SEC modification process.
 *
 * A modification's phase is never typed into content: it is replayed from the modification's
 * dated event history through the transition table below. The phases, stages and event kinds
 * themselves are the closed vocabulary of `vocabulary.ts`.
 */
import type { Day, SourceDate } from './dates';
import { memoize } from './memo';
import {
  eventKinds,
  openPhases,
  phaseLabels,
  stageLabels,
  type EventKind,
  type Phase,
  type RefinementStage,
} from './vocabulary';

/** What an event kind does to a modification's phase. */
export interface Transition {
  /** How a timeline names the event. */
  readonly label: string;
  /** The phases the event can happen in. */
  readonly from: readonly Phase[];
  /** The phase the event moves the modification to; absent when the phase stays. */
  readonly to?: Phase;
  /** The Refinement stage the event moves to, when it moves to or within Refinement. */
  readonly stage?: RefinementStage;
  /** Whether the event puts the modification on hold (`true`) or takes it off (`false`). */
  readonly hold?: boolean;
  /**
   * Whether a history may begin with this event. The sources often pick a modification up
   * mid-process (the first thing known of SECMP0020 is its industry consultation), so any
   * event that fixes a phase may open a history; an event that leaves the phase as it was
   * cannot, because there would be no phase to leave it in.
   */
  readonly opensHistory: boolean;
}

const OPEN: readonly Phase[] = openPhases;

/** The transition table: which event kinds move a modification from which phase to which. */
export const transitions: Record<EventKind, Transition> = {
  raised: { label: 'Raised', from: [], to: 'initial-modification-report', opensHistory: true },
  'initial-modification-report-presented': {
    label: 'Initial Modification Report to the Panel',
    from: ['initial-modification-report'],
    opensHistory: false,
  },
  'refinement-started': {
    label: 'Panel approved Refinement',
    from: ['initial-modification-report'],
    to: 'refinement',
    stage: 'working-group',
    opensHistory: true,
  },
  'working-group-meeting': { label: 'Working Group meeting', from: ['refinement'], opensHistory: false },
  'working-group-consultation-opened': {
    label: 'Working Group consultation opened',
    from: ['refinement'],
    opensHistory: false,
  },
  'working-group-consultation-closed': {
    label: 'Working Group consultation closed',
    from: ['refinement'],
    opensHistory: false,
  },
  'preliminary-assessment-requested': {
    label: 'DCC Preliminary Assessment requested',
    from: ['refinement'],
    opensHistory: false,
  },
  'preliminary-assessment-delivered': {
    label: 'DCC Preliminary Assessment delivered',
    from: ['refinement'],
    opensHistory: false,
  },
  'impact-assessment-requested': {
    label: 'DCC Impact Assessment',
    from: ['refinement'],
    to: 'refinement',
    stage: 'dcc-impact-assessment',
    opensHistory: false,
  },
  'impact-assessment-delivered': {
    label: 'DCC Impact Assessment delivered',
    from: ['refinement'],
    to: 'refinement',
    stage: 'working-group',
    opensHistory: false,
  },
  'progress-update': { label: 'Progress reported', from: OPEN, opensHistory: false },
  'put-on-hold': { label: 'Put on hold', from: OPEN, hold: true, opensHistory: false },
  'taken-off-hold': { label: 'Taken off hold', from: OPEN, hold: false, opensHistory: false },
  'withdrawal-notified': {
    label: 'Withdrawal notified',
    from: OPEN,
    hold: true,
    opensHistory: false,
  },
  'adoption-window-closed': {
    label: 'Adoption window closed',
    from: OPEN,
    opensHistory: false,
  },
  adopted: { label: 'Adopted by another SEC Party', from: OPEN, hold: false, opensHistory: false },
  'draft-modification-report-presented': {
    label: 'Draft Modification Report to the Panel',
    from: ['refinement'],
    to: 'modification-report',
    opensHistory: false,
  },
  'modification-report-consultation-opened': {
    label: 'Industry consultation opened',
    from: ['refinement', 'modification-report'],
    to: 'modification-report',
    opensHistory: true,
  },
  'modification-report-consultation-closed': {
    label: 'Industry consultation closed',
    from: ['modification-report'],
    opensHistory: false,
  },
  'final-modification-report-presented': {
    label: 'Final Modification Report to the Panel',
    from: ['modification-report'],
    to: 'change-board',
    opensHistory: false,
  },
  'change-board-considered': {
    label: 'Considered by the Change Board',
    from: ['change-board'],
    opensHistory: false,
  },
  'change-board-approved': {
    label: 'Approved by the Change Board',
    from: ['change-board'],
    to: 'pending-implementation',
    opensHistory: false,
  },
  'change-board-rejected': {
    label: 'Rejected by the Change Board',
    from: ['change-board'],
    to: 'rejected',
    opensHistory: false,
  },
  'change-board-voted-for-authority': {
    label: 'Change Board vote; sent to the Authority',
    from: ['change-board'],
    to: 'awaiting-authority-decision',
    opensHistory: false,
  },
  'authority-approved': {
    label: 'Approved by the Authority',
    from: ['awaiting-authority-decision'],
    to: 'pending-implementation',
    opensHistory: false,
  },
  'authority-rejected': {
    label: 'Rejected by the Authority',
    from: ['awaiting-authority-decision'],
    to: 'rejected',
    opensHistory: false,
  },
  implemented: {
    label: 'Implemented',
    from: ['pending-implementation'],
    to: 'implemented',
    opensHistory: false,
  },
  withdrawn: { label: 'Withdrawn', from: OPEN, to: 'withdrawn', hold: false, opensHistory: false },
};

/** Where a modification stands: its phase, its Refinement stage, and whether it is on hold. */
export interface PhaseState {
  readonly phase: Phase;
  /** The Refinement stage; present exactly when the phase is Refinement. */
  readonly stage?: RefinementStage;
  /** The status report's "on hold" marker, e.g. while a withdrawal awaits adoption. */
  readonly onHold: boolean;
}

/** The least a phase event needs: its kind and the latest day it can have happened. */
export interface PhaseEvent {
  readonly kind: EventKind;
  readonly date: SourceDate;
}

/** The outcome of applying one event: the new state, or why the event cannot happen. */
export type StepResult = { readonly ok: true; readonly state: PhaseState } | { readonly ok: false; readonly reason: string };

/**
 * A state in words, part by part: the phase, then the Refinement stage and "on hold" where they
 * apply, e.g. ["Refinement", "DCC Impact Assessment", "on hold"]. Every page, badge, feed and
 * message words a state through this one function, joining the parts as it needs.
 */
export function stateParts(state: PhaseState): string[] {
  return [phaseLabels[state.phase], ...(state.stage ? [stageLabels[state.stage]] : []), ...(state.onHold ? ['on hold'] : [])];
}

/** A state in a sentence: "Refinement (DCC Impact Assessment), on hold". */
export function describeState(state: PhaseState | null): string {
  if (!state) return 'before any known phase';
  const [phase, ...rest] = stateParts(state);
  const stage = state.stage ? ` (${rest.shift()})` : '';
  return `${phase}${stage}${rest.length ? `, ${rest.join(', ')}` : ''}`;
}

/** Applies one event to a state through the transition table. */
export function applyEvent(state: PhaseState | null, kind: EventKind): StepResult {
  const t = transitions[kind];
  if (state === null) {
    if (!t.opensHistory || !t.to) {
      return {
        ok: false,
        reason: `a history cannot begin with "${kind}"; it must begin with an event that fixes a phase (${eventKinds
          .filter((k) => transitions[k].opensHistory)
          .join(', ')})`,
      };
    }
  } else if (!t.from.includes(state.phase)) {
    return {
      ok: false,
      reason: `"${kind}" cannot happen in ${describeState(state)}; it can happen in ${t.from.map((p) => phaseLabels[p]).join(', ') || 'no phase (it only opens a history)'}`,
    };
  }
  const phase = t.to ?? (state as PhaseState).phase;
  const stage = phase === 'refinement' ? (t.stage ?? state?.stage ?? 'working-group') : undefined;
  const onHold = t.hold ?? (phase === state?.phase ? state.onHold : false);
  return { ok: true, state: stage ? { phase, stage, onHold } : { phase, onHold } };
}

/** Whether a step moved the modification to another phase, stage or hold (its first step always does). */
export function stateChanged(before: PhaseState | null, after: PhaseState | null): boolean {
  return !before || !after || before.phase !== after.phase || before.stage !== after.stage || before.onHold !== after.onHold;
}

/** One step of a replayed history. */
export interface ReplayStep<E extends PhaseEvent> {
  readonly event: E;
  readonly index: number;
  readonly before: PhaseState | null;
  readonly after: PhaseState | null;
  /** Why the event is illegal where it stands; absent when it is legal. */
  readonly error?: string;
}

/**
 * Replays a whole history, event by event, keeping going past an illegal event (the state
 * stays as it was) so that every problem in a history can be reported at once.
 */
export function replay<E extends PhaseEvent>(events: readonly E[]): ReplayStep<E>[] {
  const steps: ReplayStep<E>[] = [];
  let state: PhaseState | null = null;
  events.forEach((event, index) => {
    const result = applyEvent(state, event.kind);
    if (result.ok) {
      steps.push({ event, index, before: state, after: result.state });
      state = result.state;
    } else {
      steps.push({ event, index, before: state, after: state, error: result.reason });
    }
  });
  return steps;
}

/**
 * The day by which each event of a history is known to have happened. A history lists events
 * in the order they happened, so an event also happened before every later one: its known-by
 * day is the earliest latest-possible day of itself and everything after it. ("In October
 * 2016 ...; on 27 October 2016 ..." puts the first event on or before 27 October.) The days
 * never decrease along a history, so the events known on any day form a prefix of it.
 */
export const knownByDays = memoize((events: readonly PhaseEvent[]): readonly Day[] => {
  const days: Day[] = new Array<Day>(events.length);
  let bound = '9999-12-31';
  for (let i = events.length - 1; i >= 0; i--) {
    const latest = (events[i] as PhaseEvent).date.latest;
    if (latest < bound) bound = latest;
    days[i] = bound;
  }
  return days;
});

/**
 * The state a replayed history had reached on a day: the state after the last event known to
 * have happened by then (see `knownByDays`). The days never decrease along a history, so the
 * events known on a day form a prefix of it. `null` means the sources place the modification
 * in no phase on that day (it may not have been raised yet).
 */
export function stateAt(history: readonly ReplayStep<PhaseEvent>[], knownBy: readonly Day[], day: Day): PhaseState | null {
  let low = 0;
  let high = history.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((knownBy[middle] as Day) <= day) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? null : (history[low - 1] as ReplayStep<PhaseEvent>).after;
}

/** The phase a modification was in on a day, replayed from its events (see `stateAt`). */
export function phaseOn(modification: { readonly events: readonly PhaseEvent[] }, day: Day): PhaseState | null {
  return stateAt(replay(modification.events), knownByDays(modification.events), day);
}

/** Every event kind that may happen in a phase, for documentation pages and tests. */
export function kindsFrom(phase: Phase): EventKind[] {
  return eventKinds.filter((k) => transitions[k].from.includes(phase));
}
