/**
 * The data each page shows, worked out by the plain functions in `src/render/pages/`, on a small
 * invented register: the pages themselves only lay it out.
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildRegister } from '../../src/register/build';
import { homePage } from '../../src/render/pages/home';
import { meetingView } from '../../src/render/pages/meeting';
import { modificationPage } from '../../src/render/pages/modification';
import { releasePage } from '../../src/render/pages/release';
import { sourcePage } from '../../src/render/pages/source';
import { registerPage } from '../../src/render/pages/views';
import { cite, content, document, event, meeting, modification, release, workingGroup } from '../support/fixtures';

const target = (documents: string[], systems: string[] | 'TBC' | null) => ({ release: '2018-02', status: 'earliest', impactedDocuments: documents, impactedSystems: systems, sources: cite });

const register = buildRegister(
  content({
    modifications: [
      modification('SECMP0002', {
        workingGroup: { group: 'wg1', allocation: 'allocated', sources: cite },
        targetRelease: target(['gbcs'], 'TBC'),
        events: [event('2016-10-03', 'raised'), event('2016-10-20', 'refinement-started', { meeting: 'panel' }), event('2016-10-27', 'working-group-meeting')],
        plans: [{ date: '2016-12', kind: 'draft-modification-report-presented', detail: 'To the Panel.', sources: cite }],
        related: [{ modification: 'SECMP0005', reason: 'Both change GBCS.', sources: cite }],
      }),
      modification('SECMP0005', { targetRelease: target(['gbcs'], ['dcc']) }),
    ],
    workingGroups: [workingGroup()],
    releases: [release('2018-02', { statusNotes: [{ id: 'earliest', text: 'Earliest point.', sources: cite }] })],
    meetings: [meeting('panel'), meeting('december', { date: '2016-12' })],
    documents: [document('gbcs'), document('dcc', { type: 'system', name: 'DCC' })],
  }),
);

describe('a modification page', () => {
  const page = modificationPage(register, 'SECMP0002');
  const history = parse(page.historyHtml);

  it('gives every event an anchor, in order, and marks where the phase changed', () => {
    expect(history.querySelectorAll('li').map((li) => li.id)).toEqual(['event-1', 'event-2', 'event-3']);
    expect(history.querySelectorAll('li').map((li) => li.querySelector('.phase')?.getAttribute('data-phase') ?? null)).toEqual([
      'initial-modification-report',
      'refinement',
      null,
    ]);
  });

  it('links an event to its meeting and cites its source', () => {
    const second = history.querySelectorAll('li')[1];
    expect(second?.querySelector('a[href="/meetings/#panel"]')?.textContent).toBe('SEC Panel, 20 October 2016');
    expect(second?.querySelector('.cite a')?.getAttribute('href')).toBe('/sources/paper/#section-1');
  });

  it('shows plans apart, marked as planned', () => {
    expect(parse(page.plansHtml).querySelector('li.planned .tag')?.textContent).toBe('Planned');
  });

  it('shows a relation stated in either file on both pages', () => {
    expect(page.related.map((r) => r.id)).toEqual(['SECMP0005']);
    expect(modificationPage(register, 'SECMP0005').related.map((r) => r.id)).toEqual(['SECMP0002']);
  });

  it('writes "TBC" systems as the sources give them, in words, and the filters search needs', () => {
    expect(page.impactedSystemsHtml).toBe('<span class="unknown"><abbr title="To be confirmed">TBC</abbr> (to be confirmed)</span>');
    expect(page.filters).toEqual({
      phase: ['Refinement'],
      group: ['WG1'],
      release: ['February 2018 SEC Release'],
      document: ['GBCS', 'Systems to be confirmed'],
    });
    expect(page.aliases).toContain('/mp2/');
  });
});

describe('the register page', () => {
  const page = registerPage(register);

  it('counts each view from the modifications', () => {
    expect(page.byPhase.find((v) => v.label === 'Refinement')?.count).toBe(1);
    expect(page.byPhase.find((v) => v.label === 'Initial Modification Report')?.count).toBe(1);
    expect(page.byRelease.map((v) => [v.label, v.count])).toEqual([['February 2018', 2]]);
    expect(page.byDocument.map((v) => [v.label, v.count])).toEqual([['GBCS', 2], ['DCC', 1]]);
  });

  it('names the numbers the sources skip', () => {
    expect(page.gaps).toEqual(['SECMP0001', 'SECMP0003', 'SECMP0004']);
  });
});

describe('a release page', () => {
  const page = releasePage(register, '2018-02');

  it('draws the impact matrix from each modification’s impacts, documents before systems, unknown systems as unknown', () => {
    expect(page.matrix.map((row) => [row.name, row.cells])).toEqual([
      ['GBCS', ['listed', 'listed']],
      ['DCC', ['to-be-confirmed', 'listed']],
    ]);
  });

  it('gives a row for the systems where none is listed but some are unknown', () => {
    const tbcOnly = buildRegister(
      content({
        modifications: [modification('SECMP0002', { targetRelease: target(['gbcs'], 'TBC') }), modification('SECMP0005', { targetRelease: target(['gbcs'], null) })],
        releases: [release('2018-02', { statusNotes: [{ id: 'earliest', text: 'Earliest point.', sources: cite }] })],
        documents: [document('gbcs')],
      }),
    );
    expect(releasePage(tbcOnly, '2018-02').matrix.map((row) => [row.name, row.cells])).toEqual([
      ['GBCS', ['listed', 'listed']],
      ['Systems', ['to-be-confirmed', 'not-stated']],
    ]);
  });
});

describe('the home page', () => {
  it('lists the newest events first and the next planned dates in order', () => {
    const page = homePage(register);
    expect(page.latest[0]?.html).toContain('Working Group meeting');
    expect(page.latest[0]?.html).toContain('SECMP0002');
    expect(page.next.map((n) => n.text)).toEqual(['SEC Panel', 'SECMP0002', 'February 2018 SEC Release']);
  });
});

describe('a meeting', () => {
  it('is planned after the as-of date, and held where a modification\'s event at it records it', () => {
    expect(meetingView(register, register.meeting('december')).status).toBe('Planned');
    const panel = meetingView(register, register.meeting('panel'));
    expect(panel.status).toBe('Held');
    expect(panel.outcomes.map((o) => [o.id, o.events.map((e) => e.step)])).toEqual([['SECMP0002', ['Panel approved Refinement']]]);
  });

  it('is never held by its date alone: with no record, a past meeting\'s outcome is not yet recorded', () => {
    const quiet = buildRegister(content({ meetings: [meeting('quiet', { date: '2016-10-05' }), meeting('noted', { date: '2016-10-06', held: { sources: cite } })] }));
    expect(meetingView(quiet, quiet.meeting('quiet')).status).toBe('Outcome not yet recorded');
    expect(meetingView(quiet, quiet.meeting('noted')).status).toBe('Held');
  });
});

describe('a source page', () => {
  it('lists, under each section, every page that cites it', () => {
    const page = sourcePage(register, 'paper');
    expect(page.sections[0]?.citedBy.map((c) => c.href)).toEqual([
      '/modifications/secmp0002/',
      '/modifications/secmp0005/',
      '/releases/2018-02/',
      '/working-groups/wg1/',
      '/documents/gbcs/',
      '/documents/dcc/',
      '/meetings/#panel',
      '/meetings/#december',
    ]);
    expect(page.sections[0]?.text).toBe('1 One\ntext');
  });
});
