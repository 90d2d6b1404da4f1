/**
 * The built calendars, read back by ical.js (not the library that wrote them): RFC 5545's line
 * folding and endings, a stable UID per event, a status that says how sure the sources are, a
 * description that cites its sources and gives the page's address, and every dated meeting,
 * consultation window, plan and release date in the site's calendar.
 */
import { describe, expect, it } from 'vitest';
import { urls } from '../../src/render/urls';
import { calendarFiles, origin, read } from '../support/data-files';
import { longestIcsLine, parseIcs } from '../support/formats';
import { realRegister } from '../support/real-register';
import { page } from '../support/site';

const register = realRegister();

describe('the calendars', () => {
  it('are one for the site, one per modification and one per working group', () => {
    expect([...calendarFiles].sort()).toEqual(
      [urls.calendar(), ...register.modifications.map((m) => urls.modificationCalendar(m.id)), ...register.workingGroups.map((w) => urls.workingGroupCalendar(w.id))].sort(),
    );
  });

  it.each(calendarFiles)('%s follows RFC 5545 and reads back', (file) => {
    const text = read(file);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(/(^|[^\r])\n/.test(text), 'a line ends without CRLF').toBe(false);
    expect(longestIcsLine(text)).toBeLessThanOrEqual(75);
    const calendar = parseIcs(text);
    expect(calendar.version).toBe('2.0');
    expect(calendar.prodId).toBeTruthy();
    expect(calendar.name).toMatch(/^SEC Register/);
    expect(new Set(calendar.events.map((e) => e.uid)).size).toBe(calendar.events.length);
    for (const e of calendar.events) {
      expect(e.uid).toMatch(/^[0-9a-f-]{36}$/);
      expect(e.stamp).toContain(register.asOf);
      expect(['TENTATIVE', 'CONFIRMED', 'CANCELLED']).toContain(e.status);
      expect(e.allDay).toBe(true);
      expect(e.end && e.end > e.start, e.summary).toBe(true);
      expect(e.description, e.summary).toMatch(/\nSources?: .+§/);
      expect(e.description, e.summary).toContain(`\nPage: ${origin}/`);
      expect(e.url?.startsWith(`${origin}/`), e.summary).toBe(true);
      expect(e.transparency === 'TRANSPARENT', e.summary).toBe(/day not given|\(.* to .*\)/.test(e.summary));
    }
  });

  it('hold every meeting, held, called off or to come, with its status', () => {
    const events = parseIcs(read(urls.calendar())).events;
    for (const meeting of register.meetings) {
      const found = events.find((e) => e.url === `${origin}${urls.meeting(meeting.id)}`);
      expect(found, meeting.id).toBeDefined();
      // Confirmed only when a source records it held: a date passing is not an outcome.
      const expected = { held: 'CONFIRMED', 'not-held': 'CANCELLED', planned: 'TENTATIVE', unrecorded: 'TENTATIVE' }[meeting.status];
      expect(found?.status, meeting.id).toBe(expected);
      if (meeting.parsedDate.precision === 'day') expect(found?.start).toBe(meeting.parsedDate.latest);
    }
  });

  it('hold every release date, tentative, and every consultation window the histories record', () => {
    const events = parseIcs(read(urls.calendar())).events;
    for (const release of register.releases) {
      const found = events.find((e) => e.url === `${origin}${urls.release(release.id)}`);
      expect(found?.start, release.id).toBe(release.date);
      expect(found?.status).toBe('TENTATIVE');
    }
    const windows = register.modifications.flatMap((m) => m.events.filter((e) => e.kind.endsWith('consultation-opened')).map(() => m.id));
    expect(windows.length).toBeGreaterThan(0);
    // A window's page is the event that opened it; a plan's is its modification's page.
    expect(events.filter((e) => /consultation/.test(e.summary) && e.url?.includes('#') && e.status === 'CONFIRMED')).toHaveLength(windows.length);
  });

  it("hold each modification's dated plans in its own calendar, tentative until a source records them done", () => {
    for (const m of register.modifications) {
      const events = parseIcs(read(urls.modificationCalendar(m.id))).events;
      const dated = m.plans.filter((p) => p.date !== null);
      expect(events, m.id).toHaveLength(dated.length);
      expect(events.filter((e) => e.status === 'CONFIRMED'), m.id).toHaveLength(dated.filter((p) => p.status === 'done').length);
      expect(events.filter((e) => e.status === 'TENTATIVE'), m.id).toHaveLength(dated.filter((p) => p.status !== 'done').length);
    }
  });

  it('are announced and linked by the pages they belong to', () => {
    const linked = (address: string, calendar: string) =>
      page(address).querySelector(`head link[rel="alternate"][type="text/calendar"][href="${calendar}"]`) !== null &&
      page(address).querySelector(`main a[href="${calendar}"]`) !== null;
    for (const m of register.modifications) expect(linked(urls.modification(m.id), urls.modificationCalendar(m.id)), m.id).toBe(true);
    for (const w of register.workingGroups) expect(linked(urls.workingGroup(w.id), urls.workingGroupCalendar(w.id)), w.id).toBe(true);
    expect(linked(urls.meetings(), urls.calendar())).toBe(true);
  });
});
