/**
 * Which parts of where a modification stands rest on the register's inferences, and on which
 * event. A badge that reads "Refinement · DCC Impact Assessment" is a fact only where the
 * sources say so; where the register inferred the step that put the modification there, every
 * page that shows the badge must say so, and lead the reader to the reasoning.
 *
 * Read off the replayed history: each part of the state (the phase, the Refinement stage, the
 * hold) rests on the last event that set it. A part set by an inferred event stays inferred
 * until a later event the sources state shows it: an event that sets the same part again, or,
 * for the phase, an event that can only happen in that phase (a Working Group meeting can only
 * happen in Refinement, so a stated meeting shows the modification was in Refinement).
 */
import type { Day } from '../domain/dates';
import { memoize } from '../domain/memo';
import { transitions, type PhaseState, type ReplayStep } from '../domain/phases';
import type { Modification, ModificationEvent } from './types';

/** The part of a state an inference concerns. */
export type StatePart = 'phase' | 'stage' | 'hold';

/** A part of a state that rests on an inferred event. */
export interface InferredPart {
  readonly part: StatePart;
  /** The inferred event the part rests on, and its place in the history (from 0). */
  readonly index: number;
  readonly event: ModificationEvent;
}

/** What a state rests on: the parts the register inferred, in badge order (phase, stage, hold). */
export interface StateBasis {
  readonly state: PhaseState | null;
  readonly inferred: readonly InferredPart[];
}

/**
 * The basis of the state after the first `count` steps of a history (the whole history by
 * default): which of its parts rest on an inferred event that no later stated event confirms.
 */
export function stateBasis(history: readonly ReplayStep<ModificationEvent>[], count = history.length): StateBasis {
  const steps = history.slice(0, count);
  const last = steps[steps.length - 1];
  const state = last?.after ?? null;
  const rests: Partial<Record<StatePart, { index: number; event: ModificationEvent } | null>> = {};
  for (const step of steps) {
    if (step.error || !step.after) continue;
    const t = transitions[step.event.kind];
    const stated = step.event.inferred === undefined;
    const basis = stated ? null : { index: step.index, event: step.event };
    const phaseSet = t.to !== undefined;
    const phaseShown = stated && t.from.length === 1 && t.from[0] === step.after.phase;
    if (phaseSet || !step.before) rests.phase = basis;
    else if (phaseShown) rests.phase = null;
    if (step.after.stage && (t.stage !== undefined || step.before?.phase !== step.after.phase)) rests.stage = basis;
    if (!step.after.stage) delete rests.stage;
    if (t.hold !== undefined) rests.hold = basis;
  }
  if (!state) return { state, inferred: [] };
  const parts: StatePart[] = ['phase', ...(state.stage ? (['stage'] as const) : []), ...(state.onHold ? (['hold'] as const) : [])];
  return {
    state,
    inferred: parts.flatMap((part) => {
      const basis = rests[part];
      return basis ? [{ part, index: basis.index, event: basis.event }] : [];
    }),
  };
}

/** The basis of where a modification stands on the as-of date. */
export const currentBasis = memoize((m: Modification): StateBasis => stateBasis(m.history));

/** The basis of where a modification stood on a day: the steps of its history known by then. */
export function basisOn(m: Modification, day: Day): StateBasis {
  let count = 0;
  while (count < m.knownBy.length && (m.knownBy[count] as Day) <= day) count++;
  return stateBasis(m.history, count);
}
