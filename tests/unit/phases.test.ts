import { describe, expect, it } from 'vitest';
import { sourceDate } from '../../src/domain/dates';
import { applyEvent, knownByDays, phaseOn, replay, transitions, type PhaseState } from '../../src/domain/phases';
import { eventKinds, type EventKind } from '../../src/domain/vocabulary';

const history = (...events: [string, EventKind][]) => events.map(([date, kind]) => ({ date: sourceDate(date), kind }));

const refinement: PhaseState = { phase: 'refinement', stage: 'working-group', onHold: false };

describe('the transition table', () => {
  it('covers every event kind', () => {
    expect(Object.keys(transitions).sort()).toEqual([...eventKinds].sort());
  });

  it.each([
    [null, 'raised', { phase: 'initial-modification-report', onHold: false }],
    [null, 'refinement-started', refinement],
    [null, 'modification-report-consultation-opened', { phase: 'modification-report', onHold: false }],
    [{ phase: 'initial-modification-report', onHold: false }, 'refinement-started', refinement],
    [refinement, 'impact-assessment-requested', { phase: 'refinement', stage: 'dcc-impact-assessment', onHold: false }],
    [{ phase: 'refinement', stage: 'dcc-impact-assessment', onHold: false }, 'impact-assessment-delivered', refinement],
    [refinement, 'withdrawal-notified', { ...refinement, onHold: true }],
    [{ ...refinement, onHold: true }, 'adopted', refinement],
    [{ ...refinement, onHold: true }, 'withdrawn', { phase: 'withdrawn', onHold: false }],
    [refinement, 'draft-modification-report-presented', { phase: 'modification-report', onHold: false }],
    [{ phase: 'modification-report', onHold: false }, 'final-modification-report-presented', { phase: 'change-board', onHold: false }],
    [{ phase: 'change-board', onHold: false }, 'change-board-approved', { phase: 'pending-implementation', onHold: false }],
    [{ phase: 'change-board', onHold: false }, 'change-board-voted-for-authority', { phase: 'awaiting-authority-decision', onHold: false }],
    [{ phase: 'awaiting-authority-decision', onHold: false }, 'authority-rejected', { phase: 'rejected', onHold: false }],
    [{ phase: 'pending-implementation', onHold: false }, 'implemented', { phase: 'implemented', onHold: false }],
  ] as [PhaseState | null, EventKind, PhaseState][])('from %j, %s leads to %j', (from, kind, to) => {
    expect(applyEvent(from, kind)).toEqual({ ok: true, state: to });
  });

  it.each([
    [null, 'working-group-meeting', 'cannot begin'],
    [null, 'withdrawn', 'cannot begin'],
    [refinement, 'raised', 'cannot happen'],
    [refinement, 'change-board-approved', 'cannot happen'],
    [{ phase: 'initial-modification-report', onHold: false }, 'impact-assessment-requested', 'cannot happen'],
    [{ phase: 'withdrawn', onHold: false }, 'adopted', 'cannot happen'],
    [{ phase: 'implemented', onHold: false }, 'withdrawn', 'cannot happen'],
    [{ phase: 'modification-report', onHold: false }, 'implemented', 'cannot happen'],
  ] as [PhaseState | null, EventKind, string][])('from %j, %s is illegal', (from, kind, message) => {
    const result = applyEvent(from, kind);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(message);
  });
});

describe('phaseOn', () => {
  const m = {
    events: history(
      ['2016-03-01', 'raised'],
      ['2016-04', 'refinement-started'],
      ['2016-10-18', 'impact-assessment-requested'],
      ['2016-12-02', 'impact-assessment-delivered'],
      ['2017-01-10', 'draft-modification-report-presented'],
    ),
  };

  it('is null before the first event', () => expect(phaseOn(m, '2016-02-29')).toBeNull());
  it('follows each event from the day it happened', () => {
    expect(phaseOn(m, '2016-03-01')?.phase).toBe('initial-modification-report');
    expect(phaseOn(m, '2016-10-18')).toEqual({ phase: 'refinement', stage: 'dcc-impact-assessment', onHold: false });
    expect(phaseOn(m, '2016-12-02')).toEqual(refinement);
    expect(phaseOn(m, '2020-01-01')?.phase).toBe('modification-report');
  });
  it('counts a month-dated event only once the month is over', () => {
    expect(phaseOn(m, '2016-04-15')?.phase).toBe('initial-modification-report');
    expect(phaseOn(m, '2016-04-30')?.phase).toBe('refinement');
  });
  it('places an event dated only to a month before a later event of the same month', () => {
    const m2 = { events: history(['2016-10', 'refinement-started'], ['2016-10-27', 'working-group-meeting']) };
    expect(knownByDays(m2.events)).toEqual(['2016-10-27', '2016-10-27']);
    expect(phaseOn(m2, '2016-10-27')).toEqual(refinement);
    expect(phaseOn(m2, '2016-10-26')).toBeNull();
  });

  it('counts an "on or before" event from its bound', () => {
    const bounded = { events: history(['../2016-11-09', 'refinement-started']) };
    expect(phaseOn(bounded, '2016-11-08')).toBeNull();
    expect(phaseOn(bounded, '2016-11-09')).toEqual(refinement);
  });
});

describe('replay', () => {
  it('reports every illegal step and keeps going', () => {
    const steps = replay(history(['2016-01-01', 'working-group-meeting'], ['2016-02-01', 'raised'], ['2016-03-01', 'implemented'], ['2016-04-01', 'refinement-started']));
    expect(steps.map((s) => Boolean(s.error))).toEqual([true, false, true, false]);
    expect(steps[3]?.after).toEqual(refinement);
  });
});
