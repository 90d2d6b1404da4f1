/**
 * The stage stepper at the top of a modification's page: the steps of the modification process
 * in order, and where the modification stands among them, at a glance, as the BSC's
 * modification pages show it. Built from the replayed history: a step is passed, current or
 * ahead; a passed step the history does not record is said to have no record (the sources often
 * pick a modification up part-way through, and a step may have been skipped); a current step
 * that rests on the register's inference is marked inferred, with the event it rests on.
 */
import { isOpenPhase, phaseLabels, stageLabels, type Phase } from '../domain/vocabulary';
import { currentBasis, type InferredPart } from '../register/inference';
import type { Modification } from '../register/types';
import { eventAddress } from './urls';

/** Where a step stands for the modification. */
export type StepStatus = 'passed' | 'unrecorded' | 'current' | 'ahead' | 'not-reached';

export interface Step {
  readonly phase: Phase;
  readonly label: string;
  readonly status: StepStatus;
  /** A few words under the step: its status, and the stage or hold for the current step. */
  readonly note: string;
  /** Where the step rests on an inference: the link to the event, and why. */
  readonly inferred: { readonly href: string; readonly title: string } | null;
  /** When the step applies only to some modifications. */
  readonly condition: string | null;
}

/** The process in order; the Authority step applies only to modifications the Authority decides. */
const PROCESS: readonly { readonly phase: Phase; readonly condition?: string }[] = [
  { phase: 'initial-modification-report' },
  { phase: 'refinement' },
  { phase: 'modification-report' },
  { phase: 'change-board' },
  { phase: 'awaiting-authority-decision', condition: 'where the Authority decides' },
  { phase: 'pending-implementation' },
  { phase: 'implemented' },
];

const STATUS_WORDS: Record<StepStatus, string> = {
  passed: 'Done',
  unrecorded: 'No record',
  current: 'Now',
  ahead: 'Ahead',
  'not-reached': 'Not reached',
};

function inferredLink(m: Modification, parts: readonly InferredPart[]): Step['inferred'] {
  const first = parts[0];
  if (!first) return null;
  return { href: eventAddress(m.id, first.index), title: `Inferred by the register: ${[...new Set(parts.map((p) => p.event.inferred))].join(' ')}` };
}

/** The steps of a modification's stepper, in process order, ending in its outcome if it closed. */
export function stepsOf(m: Modification): Step[] {
  const basis = currentBasis(m);
  const state = m.state;
  const recorded = new Set(m.history.flatMap((s) => (s.after ? [s.after.phase] : [])));
  // A closed modification stands at its outcome; the open phase it closed from is the last it reached.
  const closing = !isOpenPhase(state.phase) && state.phase !== 'implemented' ? [...m.history].reverse().find((s) => s.after?.phase === state.phase) : undefined;
  const reached = closing?.before?.phase ?? state.phase;
  const at = PROCESS.findIndex((p) => p.phase === reached);
  const steps: Step[] = PROCESS.map(({ phase, condition }, i): Step => {
    const base = { phase, label: phaseLabels[phase], condition: condition ?? null, inferred: null };
    if (i < at || (closing && i === at)) {
      const status: StepStatus = recorded.has(phase) ? 'passed' : 'unrecorded';
      return { ...base, status, note: STATUS_WORDS[status] };
    }
    if (i === at && !closing) {
      const stage = state.stage ? `${stageLabels[state.stage]} stage` : '';
      const note = [STATUS_WORDS.current, stage, state.onHold ? 'on hold' : ''].filter(Boolean).join(': ').replace(/: on hold$/, ', on hold');
      return { ...base, status: 'current', note, inferred: inferredLink(m, basis.inferred) };
    }
    const status: StepStatus = closing ? 'not-reached' : 'ahead';
    return { ...base, status, note: STATUS_WORDS[status] };
  });
  if (closing) {
    steps.push({
      phase: state.phase,
      label: phaseLabels[state.phase],
      status: 'current',
      note: STATUS_WORDS.current,
      inferred: inferredLink(m, basis.inferred),
      condition: null,
    });
  }
  return steps;
}
