import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  daysBetween,
  formatSourceDate,
  isDay,
  machineDate,
  monthsBetween,
  parseSourceDate,
} from '../../src/domain/dates';

describe('source dates', () => {
  it.each([
    ['2016-10-27', 'day', '2016-10-27', '2016-10-27', '27 October 2016'],
    ['2016-10', 'month', '2016-10-01', '2016-10-31', 'October 2016'],
    ['2016-02', 'month', '2016-02-01', '2016-02-29', 'February 2016'],
    ['../2016-11-09', 'interval', null, '2016-11-09', 'by 9 November 2016'],
    ['2016-10/2016-11-09', 'interval', '2016-10-01', '2016-11-09', 'between October 2016 and 9 November 2016'],
  ] as const)('%s reads as a %s from %s to %s', (text, precision, earliest, latest, words) => {
    expect(parseSourceDate(text)).toEqual({ text, precision, earliest, latest });
    expect(formatSourceDate(text)).toBe(words);
  });

  it.each([
    ['2016-02-30', 'not a real calendar day'],
    ['2015-02-29', 'not a real calendar day'],
    ['2016-13', 'not a real month'],
    ['27/10/2016', 'did you mean "2016-10-27"'],
    ['2016-11-09/2016-10-01', 'ends before it starts'],
    ['../2016-11-31', 'not a real calendar day'],
    ['2016-10/2016-11/2016-12', 'more than one "/"'],
  ])('rejects %s: %s', (text, message) => {
    expect(parseSourceDate(text)).toContain(message);
  });

  it('gives a <time> element a day or a month', () => {
    expect(machineDate('2016-11')).toBe('2016-11');
    expect(machineDate('../2016-11-09')).toBe('2016-11-09');
  });

  it('knows leap years', () => {
    expect(isDay('2016-02-29')).toBe(true);
    expect(isDay('2017-02-29')).toBe(false);
  });

  it('lists months across a year end', () => {
    expect(monthsBetween('2016-11', '2017-02')).toEqual(['2016-11', '2016-12', '2017-01', '2017-02']);
  });

  it('adds calendar days across month, year and leap-day ends, and back', () => {
    expect(addDays('2016-10-27', 0)).toBe('2016-10-27');
    expect(addDays('2016-10-27', 5)).toBe('2016-11-01');
    expect(addDays('2016-12-31', 1)).toBe('2017-01-01');
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
    expect(addDays('2016-03-01', -1)).toBe('2016-02-29');
    expect(addDays('2017-03-01', -1)).toBe('2017-02-28');
  });

  it('counts the calendar days between two days, whichever comes first', () => {
    expect(daysBetween('2016-10-27', '2016-10-27')).toBe(0);
    expect(daysBetween('2016-02-01', '2016-03-01')).toBe(29);
    expect(daysBetween('2016-03-01', '2016-02-01')).toBe(-29);
    expect(daysBetween('2010-01-01', '2016-11-09')).toBe(2504);
    expect(addDays('2010-01-01', daysBetween('2010-01-01', '2016-11-09'))).toBe('2016-11-09');
  });

  it('counts Working Days Monday to Friday', () => {
    // SECMP0003: withdrawal notified on Friday 28 October 2016; the SEC Update says the
    // adoption window of 10 Working Days ends on 11 November 2016.
    expect(addWorkingDays('2016-10-28', 10)).toBe('2016-11-11');
    expect(addWorkingDays('2016-12-23', 2, ['2016-12-26', '2016-12-27'])).toBe('2016-12-29');
  });
});
