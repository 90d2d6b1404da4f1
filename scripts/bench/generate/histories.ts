/**
 * Event histories: the kinds of event, in order, that take a modification to the state it is
 * generated to be in on the as-of date.
 *
 * The phase model decides what can happen. Which events can open a history, which move a
 * modification on from a phase, and which can happen while it stays there all come from the
 * transition table (`transitions`, `kindsFrom`, `applyEvent`), and every history is replayed
 * through it (`replay`) before it is used. What the table cannot say is what is usual: that a
 * consultation that opens also closes, that a Working Group meets between a request and a
 * delivery, that most modifications are approved by the Change Board rather than sent to the
 * Authority. The tables in this module hold that realism, keyed by the domain's event kinds.
 */
import { applyEvent, kindsFrom, replay, transitions, type PhaseEvent, type PhaseState } from '../../../src/domain/phases';
import { closedPhases, eventKinds, isOpenPhase, type EventKind, type Phase, type RefinementStage } from '../../../src/domain/vocabulary';
import type { Random } from './random';

/** The fewest events a generated history holds. */
export const MIN_EVENTS = 3;
/** The most events a generated history holds. */
export const MAX_EVENTS = 15;

/** The state a modification is generated to be in: a phase, or Refinement awaiting DCC's Impact Assessment. */
export type Target = Phase | 'refinement-ia';

/** One event of a history before it is dated. */
export interface Step {
  readonly kind: EventKind;
  /**
   * How readily the step is dropped when a history is longer than fifteen events: 0 never,
   * higher first. Only steps that leave phase and stage unchanged have a level above 0 (level
   * 1 changes only the on-hold marker), so dropping one cannot change where a history ends.
   */
  readonly drop: number;
}

/** What the generator does with a kind of event that can happen within a phase. */
interface Activity {
  /** The chance it happens in a phase the table allows it in. */
  readonly chance: number;
  /** How many times it happens when it does; otherwise once per history. */
  readonly times?: readonly [number, number];
  /** The kind that completes it, e.g. a consultation's closing. */
  readonly then?: EventKind;
  readonly drop: number;
}

/** Activities within a phase, in the order they usually come. */
const ACTIVITIES: readonly (readonly [EventKind, Activity])[] = [
  ['initial-modification-report-presented', { chance: 0.6, drop: 2 }],
  ['working-group-meeting', { chance: 1, times: [1, 4], drop: 3 }],
  ['preliminary-assessment-requested', { chance: 0.45, then: 'preliminary-assessment-delivered', drop: 2 }],
  ['put-on-hold', { chance: 0.025, then: 'taken-off-hold', drop: 1 }],
  ['withdrawal-notified', { chance: 0.02, then: 'adopted', drop: 1 }],
  ['working-group-consultation-opened', { chance: 0.3, then: 'working-group-consultation-closed', drop: 2 }],
  // The Impact Assessment moves Refinement's stage, so neither half may be dropped.
  ['impact-assessment-requested', { chance: 0.4, then: 'impact-assessment-delivered', drop: 0 }],
  ['modification-report-consultation-opened', { chance: 1, then: 'modification-report-consultation-closed', drop: 0 }],
  ['change-board-considered', { chance: 0.3, drop: 2 }],
  ['progress-update', { chance: 0.12, drop: 3 }],
];
const activityOf = new Map(ACTIVITIES);

/** What often happens between an activity and its completion: the group meets to discuss it. */
const INTERLUDE: EventKind = 'working-group-meeting';

/** How a history usually begins: most when the modification is raised, a few picked up mid-process. */
const OPENER_WEIGHTS: Partial<Record<EventKind, number>> = {
  raised: 18,
  'refinement-started': 1.5,
  'modification-report-consultation-opened': 0.5,
};

/** Which way a modification usually leaves a phase, where the table offers more than one. */
const MOVE_WEIGHTS: Partial<Record<EventKind, number>> = {
  'draft-modification-report-presented': 3,
  'modification-report-consultation-opened': 1,
  'change-board-approved': 6,
  'change-board-voted-for-authority': 4,
  'change-board-rejected': 4,
};

/** The open phases withdrawals usually come in, and how often. */
const WITHDRAWN_FROM: readonly (readonly [Phase, number])[] = [
  ['initial-modification-report', 3],
  ['refinement', 5],
  ['modification-report', 2],
  ['change-board', 1],
];

/** The usual next step of an open modification, most likely first, for its plans. */
const NEXT_PREFERENCE: readonly EventKind[] = [
  'taken-off-hold',
  'impact-assessment-delivered',
  'working-group-meeting',
  'refinement-started',
  'final-modification-report-presented',
  'change-board-approved',
  'authority-approved',
  'implemented',
];

/** A target as the phase model states it: Refinement targets name their stage. */
export function targetState(target: Target): { readonly phase: Phase; readonly stage?: RefinementStage } {
  if (target === 'refinement-ia') return { phase: 'refinement', stage: 'dcc-impact-assessment' };
  if (target === 'refinement') return { phase: 'refinement', stage: 'working-group' };
  return { phase: target };
}

/** A phase, and within Refinement perhaps a stage, that a history must end in. */
type Goal = ReturnType<typeof targetState>;

/** Whether a state is in a goal's phase and stage (hold aside, which no goal fixes). */
function meets(state: PhaseState | null, goal: Goal): boolean {
  return state !== null && state.phase === goal.phase && (goal.stage === undefined || state.stage === goal.stage);
}

/** Whether a state is the one a target names. */
export function reachedTarget(state: PhaseState | null, target: Target): boolean {
  return meets(state, targetState(target));
}

/** The event kinds that move a modification out of a phase into another, by the table. */
function movesFrom(phase: Phase): EventKind[] {
  return kindsFrom(phase).filter((kind) => {
    const to = transitions[kind].to;
    return to !== undefined && to !== phase;
  });
}

/** Whether the table offers a way from one phase to another. */
function reaches(from: Phase, to: Phase, seen: ReadonlySet<Phase> = new Set()): boolean {
  if (from === to) return true;
  return movesFrom(from).some((kind) => {
    const next = transitions[kind].to as Phase;
    return !seen.has(next) && reaches(next, to, new Set([...seen, from]));
  });
}

/** A history being built, kept legal by applying each step through the table as it is added. */
class Route {
  readonly steps: Step[] = [];
  state: PhaseState | null = null;

  add(kind: EventKind, drop = 0): void {
    const result = applyEvent(this.state, kind);
    if (!result.ok) throw new Error(`generated an illegal history ${[...this.steps.map((s) => s.kind), kind].join(' > ')}: ${result.reason}`);
    this.state = result.state;
    this.steps.push({ kind, drop });
  }

  has(kind: EventKind): boolean {
    return this.steps.some((s) => s.kind === kind);
  }

  get phase(): Phase {
    if (!this.state) throw new Error('a route has no phase before its first event');
    return this.state.phase;
  }
}

/**
 * The kinds of event that take a modification to `target`, in order: an opening event, then
 * phase by phase the activities the table allows there and a move on, chosen among the moves
 * from which the table still reaches the target. Histories may exceed fifteen events; see
 * `fitLength`.
 */
export function routeTo(target: Target, rng: Random): Step[] {
  const route = new Route();
  // A withdrawal can come in any open phase: choose which, walk there, then withdraw.
  const stopGoal: Goal = target === 'withdrawn' ? { phase: rng.weighted(WITHDRAWN_FROM) } : targetState(target);
  const last = stopGoal.phase;

  /** Adds the event that completes `kind`; in the last phase only sometimes, as work may be under way. */
  const complete = (kind: EventKind) => {
    const activity = activityOf.get(kind);
    if (!activity?.then || !route.state) return;
    if (applyEvent(route.state, INTERLUDE).ok && rng.chance(0.5)) route.add(INTERLUDE, activityOf.get(INTERLUDE)?.drop);
    const after = applyEvent(route.state, activity.then);
    if (!after.ok) return;
    if (route.phase === last) {
      const needed = !meets(route.state, stopGoal) && meets(after.state, stopGoal);
      if (!needed && (!meets(after.state, stopGoal) || !rng.chance(0.6))) return;
    }
    route.add(activity.then, activity.drop);
  };
  const move = (kind: EventKind) => {
    route.add(kind);
    complete(kind);
  };

  const openers = eventKinds.filter((k) => transitions[k].opensHistory && reaches(transitions[k].to as Phase, last));
  move(rng.weighted(openers.map((k) => [k, OPENER_WEIGHTS[k] ?? 0] as const)));
  for (;;) {
    const phase = route.phase;
    // The table says which activities can happen here; an activity never moves the phase.
    const here = kindsFrom(phase).filter((k) => (transitions[k].to ?? phase) === phase);
    for (const [kind, activity] of ACTIVITIES) {
      if (!here.includes(kind) || (!activity.times && route.has(kind)) || !rng.chance(activity.chance)) continue;
      for (let k = activity.times ? rng.int(...activity.times) : 1; k > 0; k--) route.add(kind, activity.drop);
      complete(kind);
    }
    if (phase === last) break;
    const moves = movesFrom(phase).filter((k) => reaches(transitions[k].to as Phase, last));
    move(rng.weighted(moves.map((k) => [k, MOVE_WEIGHTS[k] ?? 1] as const)));
  }

  const state = route.state as PhaseState;
  if (!meets(state, stopGoal)) {
    // The stage the target names, where no activity reached it: the table says which kind moves there.
    const kind = kindsFrom(state.phase).find((k) => transitions[k].stage === stopGoal.stage && applyEvent(state, k).ok);
    if (kind) route.add(kind);
  }
  if (target === 'withdrawn') {
    // A notice of withdrawal, unless one is already pending, then the withdrawal itself.
    if (!route.state?.onHold && rng.chance(0.7)) {
      route.add('withdrawal-notified');
      if (rng.chance(0.6)) route.add('adoption-window-closed');
    }
    route.add('withdrawn');
  } else if (isOpenPhase(route.phase) && !route.state?.onHold && rng.chance(0.08)) {
    // Some open modifications are on hold on the as-of date, like SECMP0003.
    if (rng.chance(0.5)) route.add('put-on-hold');
    else {
      route.add('withdrawal-notified');
      if (rng.chance(0.5)) route.add('adoption-window-closed');
    }
  }
  if (!reachedTarget(route.state, target)) throw new Error(`aimed for ${target} but the history ends in ${route.phase}: ${route.steps.map((s) => s.kind).join(' > ')}`);
  return route.steps;
}

/** Whether an event closes a modification, after which no open-phase event may follow. */
function isClosing(kind: EventKind): boolean {
  const to = transitions[kind].to;
  return to !== undefined && (closedPhases as readonly Phase[]).includes(to);
}

/**
 * Trims a history to at most fifteen events and pads it to at least three, keeping it legal:
 * only phase-neutral steps are dropped, and padding is a progress update, which the table
 * allows in any open phase, placed before a closing event so it never follows one.
 */
export function fitLength(steps: readonly Step[]): Step[] {
  let result = [...steps];
  for (let level = 3; level >= 1 && result.length > MAX_EVENTS; level--) {
    for (let i = result.length - 1; i >= 0 && result.length > MAX_EVENTS; i--) {
      if ((result[i] as Step).drop === level) result = [...result.slice(0, i), ...result.slice(i + 1)];
    }
  }
  while (result.length < MIN_EVENTS) {
    const last = result[result.length - 1] as Step;
    const at = isClosing(last.kind) ? result.length - 1 : result.length;
    result = [...result.slice(0, at), { kind: 'progress-update', drop: 3 }, ...result.slice(at)];
  }
  return result;
}

/**
 * Replays a dated history through the phase model and throws on the first illegal event, so
 * that a bug in the generator shows up with the offending history rather than as a thousand
 * lint problems. Returns the state the history ends in.
 */
export function assertLegal(id: string, events: readonly PhaseEvent[]): PhaseState {
  const steps = replay(events);
  const bad = steps.find((s) => s.error);
  if (bad) throw new Error(`${id}: generated an illegal history ${events.map((e) => e.kind).join(' > ')}: ${bad.error}`);
  const end = steps[steps.length - 1]?.after;
  if (!end) throw new Error(`${id}: generated an empty history`);
  return end;
}

/**
 * The usual next step of an open modification, to record as a plan, chosen among the kinds the
 * table allows next: one that takes it off hold if it is on hold, otherwise one that moves it
 * on (an event that would move Refinement to the stage it is already in does not).
 */
export function likelyNext(state: PhaseState): EventKind | null {
  const possible = kindsFrom(state.phase).filter((kind) => {
    const t = transitions[kind];
    if (state.onHold ? t.hold !== false : t.hold !== undefined) return false;
    return !(t.stage !== undefined && t.to === state.phase && t.stage === state.stage);
  });
  return NEXT_PREFERENCE.find((kind) => possible.includes(kind)) ?? null;
}
