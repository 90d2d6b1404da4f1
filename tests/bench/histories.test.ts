/**
 * The benchmark's event histories are routed through the phase model. These tests replay
 * many generated histories through `replay` and check that none has an illegal event, that
 * each ends in the state it was aimed at, and that trimming keeps both true.
 */
import { describe, expect, it } from 'vitest';
import { sourceDate } from '../../src/domain/dates';
import { applyEvent, replay, type PhaseState } from '../../src/domain/phases';
import { openPhases, type EventKind } from '../../src/domain/vocabulary';
import { fitLength, likelyNext, MAX_EVENTS, MIN_EVENTS, reachedTarget, routeTo, type Step, type Target } from '../../scripts/bench/generate/histories';
import { Random } from '../../scripts/bench/generate/random';

const targets: Target[] = [
  'initial-modification-report',
  'refinement',
  'refinement-ia',
  'modification-report',
  'change-board',
  'awaiting-authority-decision',
  'pending-implementation',
  'implemented',
  'rejected',
  'withdrawn',
];

/** Replays undated steps: the phase model only needs a date to say when, not whether. */
function replaySteps(steps: readonly Step[]) {
  const day = sourceDate('2016-01-01');
  return replay(steps.map((s) => ({ kind: s.kind, date: day })));
}

describe.each(targets)('histories aimed at %s', (target) => {
  const rng = new Random(targets.indexOf(target) + 1);
  const routes = Array.from({ length: 300 }, () => routeTo(target, rng));

  it('replay with no illegal event and end in the state aimed at', () => {
    for (const steps of routes) {
      const replayed = replaySteps(steps);
      expect(replayed.filter((s) => s.error).map((s) => s.error)).toEqual([]);
      expect(reachedTarget(replayed[replayed.length - 1]?.after ?? null, target), steps.map((s) => s.kind).join(' > ')).toBe(true);
    }
  });

  it('keep both when fitted to three to fifteen events', () => {
    for (const steps of routes) {
      const fitted = fitLength(steps);
      expect(fitted.length).toBeGreaterThanOrEqual(MIN_EVENTS);
      expect(fitted.length).toBeLessThanOrEqual(MAX_EVENTS);
      const replayed = replaySteps(fitted);
      expect(replayed.filter((s) => s.error)).toEqual([]);
      expect(replayed[replayed.length - 1]?.after).toEqual(replaySteps(steps)[steps.length - 1]?.after);
    }
  });
});

describe('histories overall', () => {
  it('mostly open when the modification is raised, and sometimes mid-process', () => {
    const rng = new Random(42);
    const first = Array.from({ length: 2000 }, () => (routeTo('implemented', rng)[0] as Step).kind);
    const raised = first.filter((k) => k === 'raised').length / first.length;
    expect(raised).toBeGreaterThan(0.8);
    expect(raised).toBeLessThan(1);
  });
});

describe('the likely next step', () => {
  const refinement: PhaseState = { phase: 'refinement', stage: 'working-group', onHold: false };

  it.each([
    [{ phase: 'initial-modification-report', onHold: false }, 'refinement-started'],
    [refinement, 'working-group-meeting'],
    [{ ...refinement, stage: 'dcc-impact-assessment' }, 'impact-assessment-delivered'],
    [{ ...refinement, onHold: true }, 'taken-off-hold'],
    [{ phase: 'modification-report', onHold: false }, 'final-modification-report-presented'],
    [{ phase: 'pending-implementation', onHold: false }, 'implemented'],
  ] as [PhaseState, EventKind][])('from %j is %s', (state, next) => {
    expect(likelyNext(state)).toBe(next);
  });

  it('is legal from every open phase, and there is none once closed', () => {
    for (const phase of openPhases) {
      const state: PhaseState = phase === 'refinement' ? refinement : { phase, onHold: false };
      const next = likelyNext(state);
      expect(next, phase).not.toBeNull();
      expect(applyEvent(state, next as EventKind).ok).toBe(true);
    }
    expect(likelyNext({ phase: 'implemented', onHold: false })).toBeNull();
  });
});
