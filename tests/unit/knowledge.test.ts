/**
 * What was known on a day (`src/register/knowledge.ts`), on a small invented register with two
 * papers: one of 9 November 2016 and one of 7 December 2016.
 */
import { describe, expect, it } from 'vitest';
import { knownOn } from '../../src/register/knowledge';
import { buildRegister } from '../../src/register/build';
import { content, event, meeting, modification, paper } from '../support/fixtures';

const november = [{ source: 'paper', section: '1' }];
const december = [{ source: 'later', section: '1' }];
const raw = content({
  sources: [paper(), paper({ id: 'later', date: '2016-12-07' })],
  modifications: [
    modification('SECMP0001', {
      workingGroup: { group: 'wg1', allocation: 'proposed', sources: november },
      events: [event('2016-10-03', 'raised'), event('2016-11-11', 'refinement-started', { sources: december })],
      plans: [{ date: '2016-11-11', kind: 'refinement-started', detail: 'To the Panel.', sources: november }],
      notes: [{ text: 'Said in November and December.', sources: [...november, ...december] }],
    }),
    modification('SECMP0002', { titleSources: december, events: [event('2016-11-25', 'raised', { sources: december })] }),
  ],
  meetings: [meeting('panel', { date: '2016-11-11', held: { sources: december } }), meeting('december', { date: '2016-12-05', sources: december })],
});

describe('the content as known on a day', () => {
  const view = knownOn(raw, '2016-11-09');

  it('keeps only the sources dated on or before it', () => {
    expect(view.sources.map((s) => s.id)).toEqual(['paper']);
  });

  it('leaves out the items of a list that only later sources state', () => {
    const m = view.modifications.find((e) => e.id === 'SECMP0001');
    expect(m?.data.events.map((e) => e.kind)).toEqual(['raised']);
    expect(m?.data.plans).toHaveLength(1);
  });

  it('keeps a fact also stated earlier, with only the earlier citations', () => {
    const m = view.modifications.find((e) => e.id === 'SECMP0001');
    expect(m?.data.notes[0]?.sources).toEqual(november);
  });

  it('leaves out a single field only later sources state, and an entry none of whose facts is known', () => {
    expect(view.meetings.find((e) => e.id === 'panel')?.data.held).toBeUndefined();
    expect(view.meetings.map((e) => e.id)).toEqual(['panel']);
    expect(view.modifications.map((e) => e.id)).toEqual(['SECMP0001']);
  });

  it('gives the register as it stood: the as-of date, phases and outcomes of that day', () => {
    const now = buildRegister(raw);
    const then = now.knownOn('2016-11-09');
    expect(now.asOf).toBe('2016-12-07');
    expect(then.asOf).toBe('2016-11-09');
    expect(now.modification('SECMP0001').state.phase).toBe('refinement');
    expect(then.modification('SECMP0001').state.phase).toBe('initial-modification-report');
    expect(now.meeting('panel').status).toBe('held');
    expect(then.meeting('panel').status).toBe('planned');
    expect(now.modification('SECMP0001').plans[0]?.status).toBe('done');
    expect(then.modification('SECMP0001').plans[0]?.status).toBe('planned');
    expect(now.knownOn('2016-12-31')).toBe(now);
  });
});
