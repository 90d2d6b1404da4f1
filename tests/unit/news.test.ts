/**
 * The register's news, as the home page's "Latest events" lists it: dated facts newest first;
 * a fact known only by a bound ("by …", "between … and …") ranked by what is known of it, so
 * never above a dated fact it may precede; consultations opened and closed, withdrawals and
 * meetings counted as events; and a progress note with no date of its own never leading.
 */
import { describe, expect, it } from 'vitest';
import { buildRegister } from '../../src/register/build';
import { news } from '../../src/register/news';
import { homePage } from '../../src/render/pages/home';
import { cite, content, event, meeting, modification, workingGroup } from '../support/fixtures';

const register = buildRegister(
  content({
    modifications: [
      modification('SECMP0002', {
        workingGroup: { group: 'wg1', allocation: 'allocated', sources: cite },
        events: [
          event('2016-08-01', 'raised'),
          // Known only to have happened by the paper's day: it may be the oldest fact of all.
          event('../2016-11-09', 'refinement-started'),
          event('../2016-11-09', 'progress-update'),
        ],
      }),
      modification('SECMP0003', {
        events: [
          // Somewhere between 1 October and 9 November: it may precede everything dated after 1 October.
          event('2016-10/2016-11-09', 'raised'),
          event('2016-10-28', 'withdrawal-notified'),
        ],
      }),
      modification('SECMP0020', {
        events: [
          event('2016-09-01', 'raised'),
          event('2016-09-02', 'refinement-started'),
          event('2016-10-17', 'modification-report-consultation-opened'),
          event('2016-11-07', 'modification-report-consultation-closed'),
        ],
      }),
      modification('SECMP0022', {
        events: [
          event('2016-09-01', 'raised'),
          event('2016-09-02', 'refinement-started'),
          event('2016-10-17', 'modification-report-consultation-opened'),
          event('2016-11-07', 'modification-report-consultation-closed'),
        ],
      }),
    ],
    workingGroups: [workingGroup('wg5', { name: 'Working Group 5' })],
    meetings: [
      // A Working Group meeting no modification's history records: news all the same.
      meeting('wg5-2016-10-28', { type: 'working-group', workingGroup: 'wg5', date: '2016-10-28', held: { sources: cite } }),
      meeting('panel-2016-12', { date: '2016-12-16' }),
    ],
  }),
);

const items = news(register);
const describeItem = (item: (typeof items)[number]) =>
  item.type === 'event' ? `${item.date.text} ${item.label}: ${item.entries.map((e) => e.modification.id).join(' ')}` : item.type === 'meeting' ? `${item.date.text} meeting ${item.meeting.id}` : `${item.date.text} ${item.label}`;

describe('the news', () => {
  it('lists dated facts newest first, bounds by what is known, and open-started bounds last', () => {
    expect(items.map(describeItem)).toEqual([
      '2016-11-07 Industry consultation closed: SECMP0020 SECMP0022',
      '2016-10-28 Withdrawal notified: SECMP0003',
      '2016-10-28 meeting wg5-2016-10-28',
      '2016-10-17 Industry consultation opened: SECMP0020 SECMP0022',
      // 1 October is the earliest day it may have happened: below every fact dated after it.
      '2016-10/2016-11-09 Raised: SECMP0003',
      '2016-09-02 Panel approved Refinement: SECMP0020 SECMP0022',
      '2016-09-01 Raised: SECMP0020 SECMP0022',
      '2016-08-01 Raised: SECMP0002',
      // "By 9 November" may be before everything else: it comes last, the progress note with it.
      '../2016-11-09 Panel approved Refinement: SECMP0002',
      '../2016-11-09 Progress reported: SECMP0002',
    ]);
  });

  it('never puts a bound above a dated fact it may precede', () => {
    for (const [i, item] of items.entries()) {
      for (const later of items.slice(i + 1)) {
        // A fact listed lower must be one that may have happened no later than this one's earliest day.
        if (item.date.earliest === null) continue;
        expect(later.date.earliest === null || later.date.earliest <= item.date.earliest, `${describeItem(item)} above ${describeItem(later)}`).toBe(true);
      }
    }
  });

  it('leaves out a meeting still to come', () => {
    expect(items.some((i) => i.type === 'meeting' && i.meeting.id === 'panel-2016-12')).toBe(false);
  });

  it('leads the home page with the newest dated fact, not a progress note or a bound', () => {
    const latest = homePage(register).latest;
    expect(latest[0]?.html).toContain('Industry consultation closed');
    expect(latest.some((l) => l.html.includes('Withdrawal notified'))).toBe(true);
    expect(latest.some((l) => l.html.includes('Working Group 5'))).toBe(true);
    expect(latest.findIndex((l) => l.html.includes('Progress reported'))).toBe(latest.length - 1);
  });
});
