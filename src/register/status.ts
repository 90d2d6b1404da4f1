/**
 * Where every modification stood on a day, as the status report counts it: open modifications
 * by phase, Refinement by stage, those on hold, those closed, and those the sources do not yet
 * place in any phase. Each answer is read off the histories the register replayed once.
 */
import type { Day } from '../domain/dates';
import { memoize } from '../domain/memo';
import { stateAt, type PhaseState } from '../domain/phases';
import { closedPhases, isOpenPhase, openPhases, refinementStages, type ClosedPhase, type OpenPhase, type Phase, type RefinementStage } from '../domain/vocabulary';
import type { Modification, Register } from './types';

/** Where every modification stood on one day. */
export interface StatusSnapshot {
  readonly day: Day;
  /** Open modifications (every phase before a closed outcome), in number order. */
  readonly open: readonly Modification[];
  readonly byPhase: Readonly<Record<OpenPhase, readonly Modification[]>>;
  /** Refinement split into Working Group and DCC Impact Assessment. */
  readonly byStage: Readonly<Record<RefinementStage, readonly Modification[]>>;
  /** Open modifications on hold (e.g. awaiting adoption after a withdrawal notice). */
  readonly onHold: readonly Modification[];
  readonly closed: Readonly<Record<ClosedPhase, readonly Modification[]>>;
  /** Modifications the sources do not place in any phase on that day. */
  readonly notOnRecord: readonly Modification[];
  /** Each modification's state on that day, or `null` where it is not on record. */
  readonly states: ReadonlyMap<string, PhaseState | null>;
}

/** Where a modification stood on a day: the last step of its history known by then. */
export function stateOn(modification: Modification, day: Day): PhaseState | null {
  return stateAt(modification.history, modification.knownBy, day);
}

const snapshots = memoize((_: Register) => new Map<Day, StatusSnapshot>());

/** The register as it stood on a day. Each day is worked out once per register. */
export function statusOn(register: Register, day: Day): StatusSnapshot {
  const cache = snapshots(register);
  let snapshot = cache.get(day);
  if (!snapshot) cache.set(day, (snapshot = snapshotOn(register, day)));
  return snapshot;
}

function groups<K extends string>(keys: readonly K[]): Record<K, Modification[]> {
  return Object.fromEntries(keys.map((k) => [k, [] as Modification[]])) as Record<K, Modification[]>;
}

function snapshotOn(register: Register, day: Day): StatusSnapshot {
  const byPhase = groups(openPhases);
  const byStage = groups(refinementStages);
  const closed = groups(closedPhases);
  const open: Modification[] = [];
  const onHold: Modification[] = [];
  const notOnRecord: Modification[] = [];
  const states = new Map<string, PhaseState | null>();
  for (const m of register.modifications) {
    const state = stateOn(m, day);
    states.set(m.id, state);
    if (!state) {
      notOnRecord.push(m);
    } else if (isOpenPhase(state.phase)) {
      open.push(m);
      byPhase[state.phase].push(m);
      if (state.stage) byStage[state.stage].push(m);
      if (state.onHold) onHold.push(m);
    } else {
      closed[state.phase as ClosedPhase].push(m);
    }
  }
  return { day, open, byPhase, byStage, onHold, closed, notOnRecord, states };
}

/** The modifications in a phase on the as-of date. */
export function inPhase(register: Register, phase: Phase): Modification[] {
  return register.modifications.filter((m) => m.state.phase === phase);
}
