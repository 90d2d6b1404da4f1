/**
 * Dates in a sane range. A year mistyped (`1016-10` for `2016-10`) is a real date, so no schema
 * catches it, yet the register would report on every month from it to today. Every date must
 * lie within twenty-five years of the sources' own dates, and a source's date between 1990 and 2100.
 */
import { parseSourceDate, type Day } from '../../domain/dates';
import { collectionNames } from '../../schemas';
import type { FieldPath } from '../../schemas/citations';
import type { Entry } from '../../schemas/content';
import type { Problem } from '../problems';
import { dateOf, problem, type IntegrityContext } from './context';

/** How far from the sources' dates a date may lie, in years. */
export const DATE_SPAN_YEARS = 25;

/** The keys whose values are dates (or, under `months`, lists of months). */
const DATE_KEYS = new Set(['date', 'effective', 'first', 'last', 'originalDecisionDate', 'originalAssessmentDueDate']);

/** Every date written in a value, with its path. */
function* datesIn(value: unknown, path: FieldPath = []): Generator<{ text: string; path: FieldPath }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* datesIn(value[i], [...path, i]);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (DATE_KEYS.has(key) && typeof child === 'string') yield { text: child, path: [...path, key] };
    else if (key === 'months' && Array.isArray(child)) {
      for (let i = 0; i < child.length; i++) if (typeof child[i] === 'string') yield { text: child[i] as string, path: [...path, key, i] };
    } else yield* datesIn(child, [...path, key]);
  }
}

const shift = (day: Day, years: number) => `${String(Number(day.slice(0, 4)) + years).padStart(4, '0')}${day.slice(4)}`;

export function* checkDateRange({ content }: IntegrityContext): Generator<Problem> {
  const sourceDays: Day[] = [];
  for (const entry of content.sources) {
    const date = dateOf(entry.data.date);
    if (!date) continue;
    if (date.latest < '1990-01-01' || date.latest > '2100-12-31') {
      yield problem(entry, ['date'], `${entry.data.date} is not a plausible date for a source paper; check the year`);
    } else sourceDays.push(date.latest);
  }
  if (sourceDays.length === 0) return;
  sourceDays.sort();
  const from = shift(sourceDays[0] as Day, -DATE_SPAN_YEARS);
  const to = shift(sourceDays[sourceDays.length - 1] as Day, DATE_SPAN_YEARS);
  for (const collection of collectionNames) {
    if (collection === 'sources') continue;
    for (const entry of content[collection] as readonly Entry<unknown>[]) {
      for (const { text, path } of datesIn(entry.data)) {
        const parsed = parseSourceDate(text);
        if (typeof parsed === 'string') continue;
        if ((parsed.earliest ?? parsed.latest) < from || parsed.latest > to) {
          yield problem(entry, path, `${text} lies more than ${DATE_SPAN_YEARS} years from the sources' dates (${from} to ${to}); check the year`);
        }
      }
    }
  }
}
