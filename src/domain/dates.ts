/**
 * Dates as the sources give them.
 *
 * The source papers date some facts to the day ("27th October 2016"), some only to the month
 * ("the December 2016 SEC Panel meeting"), and some only by a bound ("in the Refinement Process
 * on 9 November 2016", which says nothing of when refinement began). The register stores each
 * date as the source gives it, in a small subset of the Library of Congress's Extended
 * Date/Time Format (EDTF, ISO 8601-2):
 *
 * - `2016-10-27`            a day;
 * - `2016-10`               some day in a month;
 * - `../2016-11-09`         some day on or before a day (an interval with an open start);
 * - `2016-10/2016-11-09`    some day in an interval whose ends are days or months.
 *
 * Every date therefore has a latest possible day, which is what the phase model needs: an
 * event is known to have happened by a day when its latest possible day, or that of a later
 * event of the same history, is on or before it (see `knownByDays` in `phases.ts`).
 */

/** A calendar day, `YYYY-MM-DD`. Such strings sort in date order. */
export type Day = string;

export type DatePrecision = 'day' | 'month' | 'interval';

/** A parsed source date: what it says, and the earliest and latest days it allows. */
export interface SourceDate {
  /** The date as written in the content, e.g. `2016-10` or `../2016-11-09`. */
  readonly text: string;
  readonly precision: DatePrecision;
  /** The earliest day it allows, or `null` for an interval with an open start. */
  readonly earliest: Day | null;
  /** The latest day it allows. */
  readonly latest: Day;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Days in a month of the Gregorian calendar; `month` counts from 1. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `text` is a real calendar day written `YYYY-MM-DD` (so not 2016-02-30). */
export function isDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Whether `text` is a real month written `YYYY-MM`. */
export function isMonth(text: string): boolean {
  const m = MONTH.exec(text);
  if (!m) return false;
  const month = Number(m[2]);
  return month >= 1 && month <= 12;
}

/** The first and last day of a month written `YYYY-MM`. */
export function monthBounds(month: string): { first: Day; last: Day } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { first: `${month}-01`, last: `${month}-${pad(daysInMonth(y, m))}` };
}

function endpoint(text: string, side: 'start' | 'end'): { day: Day; precision: 'day' | 'month' } | string {
  if (isDay(text)) return { day: text, precision: 'day' };
  if (isMonth(text)) {
    const bounds = monthBounds(text);
    return { day: side === 'start' ? bounds.first : bounds.last, precision: 'month' };
  }
  if (DAY.test(text)) return `"${text}" is not a real calendar day`;
  if (MONTH.test(text)) return `"${text}" is not a real month`;
  return `"${text}" is not a day (YYYY-MM-DD) or a month (YYYY-MM)`;
}

/**
 * Parses a source date. Returns the parsed date, or a sentence saying what is wrong with it,
 * so that a schema can report the problem against the field it came from.
 */
export function parseSourceDate(text: string): SourceDate | string {
  const british = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (british) {
    const [, d, m, y] = british as unknown as [string, string, string, string];
    return `"${text}" is not a day written YYYY-MM-DD; did you mean "${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}"?`;
  }
  const parts = text.split('/');
  if (parts.length === 1) {
    const only = endpoint(text, 'start');
    if (typeof only === 'string') return only;
    if (only.precision === 'day') return { text, precision: 'day', earliest: only.day, latest: only.day };
    return { text, precision: 'month', earliest: only.day, latest: monthBounds(text).last };
  }
  if (parts.length !== 2) return `"${text}" has more than one "/"; write an interval as START/END`;
  const [startText, endText] = parts as [string, string];
  const end = endpoint(endText, 'end');
  if (typeof end === 'string') return `interval end ${end}`;
  if (startText === '..') return { text, precision: 'interval', earliest: null, latest: end.day };
  const start = endpoint(startText, 'start');
  if (typeof start === 'string') return `interval start ${start} (or ".." for an open start)`;
  if (start.day > end.day) return `interval "${text}" ends before it starts`;
  return { text, precision: 'interval', earliest: start.day, latest: end.day };
}

/** Parses a date already validated by the schemas; throws if it is not valid. */
export function sourceDate(text: string): SourceDate {
  const parsed = parseSourceDate(text);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

/** "9 November 2016" for a day, "November 2016" for a month. */
function formatPoint(text: string): string {
  if (isDay(text)) {
    const [y, m, d] = text.split('-').map(Number) as [number, number, number];
    return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
  }
  const [y, m] = text.split('-').map(Number) as [number, number];
  return `${MONTH_NAMES[m - 1]} ${y}`;
}

/** Reads a source date in words: "27 October 2016", "October 2016", "by 9 November 2016". */
export function formatSourceDate(date: SourceDate | string): string {
  const d = typeof date === 'string' ? sourceDate(date) : date;
  if (d.precision !== 'interval') return formatPoint(d.text);
  const [start, end] = d.text.split('/') as [string, string];
  if (start === '..') return `by ${formatPoint(end)}`;
  return `between ${formatPoint(start)} and ${formatPoint(end)}`;
}

/** The `datetime` attribute for a `<time>` element: a day or a month, or the latest day. */
export function machineDate(date: SourceDate | string): string {
  const d = typeof date === 'string' ? sourceDate(date) : date;
  return d.precision === 'interval' ? d.latest : d.text;
}

/** A day in words: "9 November 2016". */
export function formatDay(day: Day): string {
  return formatPoint(day);
}

/** A month (`YYYY-MM`) in words: "November 2016". */
export function formatMonth(month: string): string {
  return formatPoint(month);
}

/** The month (`YYYY-MM`) a day falls in. */
export function monthOf(day: Day): string {
  return day.slice(0, 7);
}

/** The month after a month, both `YYYY-MM`. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
}

/** Every month from `first` to `last` inclusive, both `YYYY-MM`. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) months.push(m);
  return months;
}

/** The later of two days. */
export function laterDay(a: Day, b: Day): Day {
  return a > b ? a : b;
}

/** The earlier of two days. */
export function earlierDay(a: Day, b: Day): Day {
  return a < b ? a : b;
}

/** Whether a day is a Saturday or Sunday. */
function isWeekend(day: Day): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The day after a day. */
export function nextDay(day: Day): Day {
  return addDays(day, 1);
}

/** The day `count` calendar days after `day`; a negative count goes back. */
export function addDays(day: Day, count: number): Day {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + count);
  return d.toISOString().slice(0, 10);
}

/** How many calendar days `to` is after `from`: negative when it is before. */
export function daysBetween(from: Day, to: Day): number {
  // Both are midnight UTC, so the difference is a whole number of days with no clock change.
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The day `count` Working Days after `day`, counting Monday to Friday. The SEC's definition
 * of a Working Day also excludes bank holidays; callers pass any that fall in the window.
 */
export function addWorkingDays(day: Day, count: number, holidays: readonly Day[] = []): Day {
  let current = day;
  let remaining = count;
  while (remaining > 0) {
    current = nextDay(current);
    if (!isWeekend(current) && !holidays.includes(current)) remaining -= 1;
  }
  return current;
}

/** Orders source dates by their latest day, then by their earliest (an open start first). */
export function compareDates(a: SourceDate, b: SourceDate): number {
  if (a.latest !== b.latest) return a.latest < b.latest ? -1 : 1;
  const ea = a.earliest ?? '';
  const eb = b.earliest ?? '';
  return ea === eb ? 0 : ea < eb ? -1 : 1;
}

/**
 * Every month from the earliest to the latest of some months, inclusive, in order: the span a
 * report series or a chart's columns must cover. Empty when there are no months.
 */
export function spanOfMonths(months: Iterable<string>): string[] {
  let first: string | null = null;
  let last: string | null = null;
  for (const month of months) {
    if (first === null || month < first) first = month;
    if (last === null || month > last) last = month;
  }
  return first === null || last === null ? [] : monthsBetween(first, last);
}
