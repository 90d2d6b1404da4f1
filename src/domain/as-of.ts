/**
 * The as-of rule: the register stands as of the latest day of its newest source, never the day
 * the site was built. Every fact is a fact as of that day; anything dated later is a plan.
 */
import type { Day, SourceDate } from './dates';

/** The as-of date of a register whose sources carry these dates; `null` without any source. */
export function asOfDate(sourceDates: Iterable<SourceDate>): Day | null {
  let asOf: Day | null = null;
  for (const date of sourceDates) if (asOf === null || date.latest > asOf) asOf = date.latest;
  return asOf;
}
