/**
 * Meetings and designations on record: a meeting can only be known to have happened or not, and a
 * designation only known to have taken effect, on or before the register's as-of date.
 */
import type { Problem } from '../problems';
import { dateOf, problem, type IntegrityContext } from './context';

export function* checkMeetingsHeld({ content, asOf }: IntegrityContext): Generator<Problem> {
  for (const entry of content.meetings) {
    const date = dateOf(entry.data.date);
    if (entry.data.notHeld && date && asOf && date.latest > asOf) {
      yield problem(entry, ['notHeld'], `the meeting's date ${entry.data.date} is after the as-of date ${asOf}, so it cannot be known not to have happened`);
    }
    if (entry.data.held && date && asOf && date.latest > asOf) {
      yield problem(entry, ['held'], `the meeting's date ${entry.data.date} may be after the as-of date ${asOf}, so it cannot be known to have happened`);
    }
    if (entry.data.held && entry.data.notHeld) yield problem(entry, ['held'], 'the meeting cannot be both held and not held');
  }
}

export function* checkDesignationsInEffect({ content, asOf }: IntegrityContext): Generator<Problem> {
  for (const entry of content.versions) {
    if (asOf && entry.data.effective > asOf) {
      yield problem(entry, ['effective'], `${entry.data.effective} is after the register's as-of date ${asOf}; a designation on record must have taken effect`);
    }
  }
}
