/**
 * Warnings, not problems: meetings and plans whose date has passed by the as-of date with no
 * outcome on record. The pages show them as "outcome not yet recorded"; the editor is told, so
 * that the next paper's outcome is not forgotten. A warning never fails a build.
 */
import { sourceDate, type Day } from '../../domain/dates';
import { carriedOutBy, hasPassed, statedOn } from '../../domain/outcomes';
import type { Problem } from '../problems';
import { dateOf, problem, type IntegrityContext } from './context';

export function* warnUnrecordedOutcomes({ content, asOf }: IntegrityContext): Generator<Problem> {
  if (asOf === null) return;
  const sourceDays = new Map<string, Day>(content.sources.flatMap((s) => {
    const date = dateOf(s.data.date);
    return date ? [[s.data.id, date.latest] as const] : [];
  }));
  const eventsAt = new Set(content.modifications.flatMap((m) => m.data.events.flatMap((e) => (e.meeting ? [e.meeting] : []))));
  for (const entry of content.meetings) {
    const date = dateOf(entry.data.date);
    if (!date || !hasPassed(date, asOf) || entry.data.notHeld || entry.data.held || eventsAt.has(entry.data.id)) continue;
    yield problem(
      entry,
      ['date'],
      `the meeting's date ${entry.data.date} has passed by the as-of date ${asOf}, but no source records that it met or what it decided: add \`held\` (or \`notHeld\`) citing the source that says so, or an event at it in a modification's history; until then it is shown as "outcome not yet recorded"`,
    );
  }
  for (const entry of content.modifications) {
    const events = entry.data.events.flatMap((e) => {
      const date = dateOf(e.date);
      return date ? [{ kind: e.kind, meeting: e.meeting, date, firstStatedOn: statedOn(e.sources, sourceDays, 'first') }] : [];
    });
    for (const [i, plan] of entry.data.plans.entries()) {
      const date = plan.date ? sourceDate(plan.date) : null;
      if (date === null || !hasPassed(date, asOf)) continue;
      if (carriedOutBy({ kind: plan.kind, meeting: plan.meeting, date, statedOn: statedOn(plan.sources, sourceDays, 'last') }, events)) continue;
      yield problem(
        entry,
        ['plans', i, 'date'],
        `the plan's date ${plan.date} has passed by the as-of date ${asOf} with no outcome on record: add the event that happened (citing the paper that reports it); until then it is shown as "outcome not yet recorded"`,
      );
    }
  }
}
