/**
 * Each page type shows the facts of a known modification, release, version, working group,
 * document and source, as the content files give them.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { formatSourceDate } from '../../src/domain/dates';
import { phaseLabels, stageLabels } from '../../src/domain/vocabulary';
import { currentBasis } from '../../src/register/inference';
import { allocatedTo, impacting } from '../../src/register/relations';
import { statusOn } from '../../src/register/status';
import { narrativeText } from '../../src/schemas/narrative';
import { sectionAnchor, urls } from '../../src/render/urls';
import { realRegister } from '../support/real-register';
import { dist, page, rows, text } from '../support/site';

const register = realRegister();
/** A phase cell as it reads: the badge's words, then "inferred" and why, where the state rests on an inference. */
const phaseCell = (id: string) => {
  const m = register.modification(id);
  const inferred = currentBasis(m).inferred;
  const parts = inferred.map((i) => i.part);
  const what = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  return inferred.length ? `${phaseText(id)} inferred: why the register infers the ${what}` : phaseText(id);
};
const phaseText = (id: string) => {
  const s = register.modification(id).state;
  return `${phaseLabels[s.phase]}${s.stage ? ` · ${stageLabels[s.stage]}` : ''}${s.onHold ? ' · on hold' : ''}`;
};

describe('the home page', () => {
  const root = page('/');
  const status = statusOn(register, register.asOf);

  it('gives the as-of date and the open count', () => {
    expect(text(root.querySelector('main'))).toContain('9 November 2016');
    expect(text(root.querySelector('#open')?.parentNode?.nextElementSibling)).toContain(`${status.open.length} modifications are open`);
  });

  it('links each derived count to the list behind it', () => {
    const items = root.querySelectorAll('.counts a').map((a) => ({ label: text(a), href: a.getAttribute('href'), count: text(a.parentNode?.parentNode?.querySelector('.count')) }));
    expect(items).toContainEqual({ label: 'Refinement', href: '/modifications/phase/refinement/', count: '17' });
    expect(items).toContainEqual({ label: 'Initial Modification Report', href: '/modifications/phase/initial-modification-report/', count: '2' });
    expect(items.find((i) => i.label === 'DCC Impact Assessment')?.href).toBe('/modifications/phase/refinement/#dcc-impact-assessment');
  });

  it('leads its latest events with the dated news, newest first: the 7 November closures, the 28 October withdrawal and Working Group 5', () => {
    const latest = (root.querySelector('main ol.timeline')?.querySelectorAll(':scope > li') ?? []).map((li) => ({ when: li.querySelector('time')?.getAttribute('datetime') ?? '', what: text(li) }));
    expect(latest.length).toBeGreaterThan(5);
    // Newest first by day, and no item dated only "by" a day among the first.
    const days = latest.map((l) => l.when);
    expect(days).toEqual([...days].sort().reverse());
    expect(latest.filter((l) => /^by /i.test(l.what) || /Progress reported/.test(l.what))).toEqual([]);
    expect(latest.find((l) => /consultation closed/.test(l.what))?.what).toMatch(/7 November 2016.*SECMP0020.*SECMP0022/);
    expect(latest.find((l) => /Withdrawal notified/.test(l.what))?.what).toMatch(/28 October 2016.*SECMP0003/);
    expect(latest.find((l) => /Working Group 5/.test(l.what))?.what).toMatch(/28 October 2016/);
  });
});

describe('the register', () => {
  const table = page('/modifications/').querySelector('#register')?.parentNode?.parentNode?.querySelector('table') ?? null;

  it('lists every modification in number order with its phase, working group, release and last event', () => {
    const body = rows(table);
    expect(body.map((r) => r[0])).toEqual(register.modifications.map((m) => m.id));
    for (const [i, m] of register.modifications.entries()) {
      const row = body[i] as string[];
      expect(row[1]).toBe(m.shortTitle);
      expect(row[2]).toBe(phaseCell(m.id));
      expect(row[3]).toContain(m.workingGroup ? `WG${m.workingGroup.group.slice(2)}` : 'Not stated');
      expect(row[5]).toBe(formatSourceDate(m.events[m.events.length - 1]!.date));
    }
  });

  it('has views by phase, working group, release and document, without JavaScript', () => {
    const refinement = page('/modifications/phase/refinement/');
    const inStage = (stage: string) => rows(refinement.querySelector(`#${stage}`)?.parentNode?.nextElementSibling?.querySelector('table') ?? null).map((r) => r[0]);
    expect(inStage('working-group')).toHaveLength(13);
    expect(inStage('dcc-impact-assessment')).toEqual(['SECMP0004', 'SECMP0008', 'SECMP0011', 'SECMP0016']);
    expect(rows(page('/modifications/working-group/wg2/').querySelector('main table')).map((r) => r[0])).toEqual(
      allocatedTo(register, 'wg2').map((m) => m.id),
    );
    expect(rows(page('/modifications/release/2018-02/').querySelector('main table')).map((r) => r[0])).toEqual([
      'SECMP0002', 'SECMP0004', 'SECMP0005', 'SECMP0008', 'SECMP0011', 'SECMP0012',
    ]);
    expect(rows(page('/modifications/document/gbcs/').querySelector('main table')).map((r) => r[0])).toEqual(
      impacting(register, 'gbcs').map((m) => m.id),
    );
  });
});

describe('a modification page: SECMP0023', () => {
  const root = page('/modifications/secmp0023/');
  const main = text(root.querySelector('main'));
  const m = register.modification('SECMP0023');

  it('shows number, title, phase, working group and issue and solution from the content', () => {
    expect(text(root.querySelector('h1'))).toBe('SECMP0023: Correct Units of Measure for Uncontrolled Gas Flow Rate');
    expect(text(root.querySelector('.standing .phase'))).toBe('Initial Modification Report');
    expect(main).toContain('Working Group 1 (proposed for allocation)');
    expect(main).toContain(narrativeText(m.narrative, 'issue'));
    expect(main).toContain(narrativeText(m.narrative, 'solution'));
  });

  it('dates and cites every event', () => {
    const timeline = root.querySelector('#history')?.parentNode?.nextElementSibling?.nextElementSibling;
    const items = timeline?.childNodes.filter((n): n is typeof timeline => (n as { tagName?: string }).tagName === 'LI') ?? [];
    expect(items).toHaveLength(m.events.length);
    for (const [i, li] of items.entries()) {
      expect(li.querySelector('time')).toBeTruthy();
      expect(text(li)).toContain(m.events[i]!.detail);
      expect(li.querySelector('.cite a')?.getAttribute('href')).toMatch(/^\/sources\/[^/]+\/#section-/);
    }
  });

  it('shows the planned IMR at the November 2016 Panel', () => {
    expect(text(root.querySelector('#plans')?.parentNode?.nextElementSibling)).toContain('11 November 2016');
  });

  it('offers its permanent address, short addresses and a citation', () => {
    const box = text(root.querySelector('.link-box'));
    expect(box).toContain('/modifications/secmp0023/');
    expect(box).toContain('/mp23/');
    expect(box).toContain('SEC Register, SECMP0023 “Correct Units of Measure for Uncontrolled Gas Flow Rate”, as of 9 November 2016');
  });

  it('links to its page on the SEC website', () => {
    expect(root.querySelector('a[href="https://www.smartenergycodecompany.co.uk/modifications/modification/SECMP-23"]')).toBeTruthy();
  });
});

describe('every modification page', () => {
  it.each(register.modifications.map((m) => m.id))('%s shows its derived phase, its events and its discrepancies', (id) => {
    const m = register.modification(id);
    const root = page(urls.modification(id));
    expect(text(root.querySelector('h1'))).toBe(`${id}: ${m.displayTitle}`);
    expect(text(root.querySelector('.standing .phase'))).toBe(phaseText(id));
    const main = text(root.querySelector('main'));
    for (const e of m.events) expect(main).toContain(e.detail.replace(/\s+/g, ' '));
    for (const d of m.discrepancies) expect(main).toContain(d.why.replace(/\s+/g, ' '));
  });

  it('SECMP0003 shows it on hold, the D5.4 adoption window and both readings of the withdrawal', () => {
    const main = text(page('/modifications/secmp0003/').querySelector('main'));
    expect(main).toContain('Refinement · Working Group · on hold');
    expect(main).toContain('SEC Section D5.4');
    expect(main).toContain('notified SECAS of its intention to withdraw it');
    expect(main).toContain('the Proposer withdrew it');
  });
});

describe('a release page: February 2018', () => {
  const root = page('/releases/2018-02/');

  it('gives the date, the planned modifications with their phase, documents and systems', () => {
    expect(text(root.querySelector('h1'))).toBe('February 2018 SEC Release');
    expect(text(root.querySelector('main'))).toContain('22 February 2018');
    const planned = rows(root.querySelector('#modifications')?.parentNode?.parentNode?.querySelector('table') ?? null);
    expect(planned.map((r) => r[0])).toEqual(['SECMP0002', 'SECMP0004', 'SECMP0005', 'SECMP0008', 'SECMP0011', 'SECMP0012']);
    const twelve = planned.find((r) => r[0] === 'SECMP0012') as string[];
    expect(twelve[2]).toBe(phaseCell('SECMP0012'));
    expect(twelve[3]).toBe('SMETS2, GBCS, DUIS, CHTS, MMC, DUGIS');
    expect(twelve[4]).toBe('TBC (to be confirmed)');
  });

  it('draws a documents × modifications impact matrix from the modifications', () => {
    const matrix = root.querySelector('table.matrix');
    const columns = matrix?.querySelectorAll('thead th').slice(1).map((th) => text(th));
    expect(columns).toEqual(['SECMP0002', 'SECMP0004', 'SECMP0005', 'SECMP0008', 'SECMP0011', 'SECMP0012']);
    const tadp = rows(matrix ?? null).find((r) => r[0] === 'TADP') as string[];
    expect(tadp.slice(1).map((c) => c.startsWith('✓'))).toEqual([false, false, false, true, false, false]);
  });

  it('the empty June 2017 release explains its scope', () => {
    const main = text(page('/releases/2017-06/').querySelector('main'));
    expect(main).toContain('will not contain modifications with a DCC Systems or Device Impact');
    expect(main).toContain('lists no modifications');
  });
});

describe('versions', () => {
  it('lists the changelog newest first', () => {
    const headings = page('/versions/').querySelectorAll('main h2').map((h) => text(h));
    expect(headings).toEqual(['SEC 5.0', 'SEC 4.17', 'SEC 4.16']);
  });

  it('SEC 5.0 gives its effective date, its instrument, and its letters', () => {
    const root = page('/versions/5.0/');
    const main = text(root.querySelector('main'));
    expect(main).toContain('8 November 2016');
    expect(main).toContain('Direction letter accompanying the DCC Live decision letter');
    expect(root.querySelector('a[href$="20161108-dcc-live-direction---final.pdf?sfvrsn=2"]')).toBeTruthy();
  });

  it('SEC 4.17 links to the documents it changed', () => {
    const root = page('/versions/4.17/');
    expect(root.querySelector('main a[href="/documents/section-f2/"]')).toBeTruthy();
    expect(root.querySelector('main a[href="/documents/appendix-z/"]')).toBeTruthy();
  });
});

describe('a working group page: WG1', () => {
  const root = page('/working-groups/wg1/');
  it('lists its allocated modifications with their phase', () => {
    const table = rows(root.querySelector('main table'));
    expect(table.map((r) => r[0])).toEqual(allocatedTo(register, 'wg1').map((m) => m.id));
    expect(table.find((r) => r[0] === 'SECMP0003')?.[2]).toBe(phaseCell('SECMP0003'));
    expect(table.find((r) => r[0] === 'SECMP0003')?.[2]).toMatch(/^Refinement · Working Group · on hold/);
  });
  it('gives its meetings and their outcomes for each modification', () => {
    const meeting = text(root.querySelector('#wg1-2016-10-27')?.parentNode?.parentNode);
    expect(meeting).toContain('27 October 2016');
    expect(meeting).toContain('By teleconference');
    expect(meeting).toContain('Security Sub-Committee (SSC) input');
    expect(text(root.querySelector('#wg1-2016-11')?.parentNode?.parentNode)).toContain('Planned');
  });
  it('WG3 records that it did not meet in October 2016, and why', () => {
    const meeting = text(page('/working-groups/wg3/').querySelector('#wg3-2016-10')?.parentNode?.parentNode);
    expect(meeting).toContain('Did not meet');
    expect(meeting).toContain('A full solution is still being developed');
  });
});

describe('a document page: GBCS', () => {
  it('lists the modifications that impact it', () => {
    const root = page('/documents/gbcs/');
    const listed = rows(root.querySelector('#impacted-by')?.parentNode?.nextElementSibling?.querySelector('table') ?? null).map((r) => r[0]);
    expect(listed).toEqual(impacting(register, 'gbcs').map((m) => m.id));
    expect(text(root.querySelector('main'))).toContain('SECMP0023');
  });
  it('Appendix R lists the version that re-designated it', () => {
    expect(page('/documents/appendix-r/').querySelector('main a[href="/versions/4.16/"]')).toBeTruthy();
  });
});

describe('a source page', () => {
  const source = register.source('sec-update-2016-11-09');
  const root = page(urls.source(source.id));
  it('gives every section an anchor and shows who cites it', () => {
    for (const section of source.sections) {
      expect(root.querySelector(`#${sectionAnchor(section.id)}`), section.id).toBeTruthy();
    }
    const s41 = root.querySelector(`#${sectionAnchor('4.1')}`)?.parentNode?.parentNode;
    expect(s41?.querySelector('a[href="/modifications/secmp0020/"]')).toBeTruthy();
    expect(text(s41)).toContain('The Modification Reports for SECMP0020 and SECMP0022');
  });
  it('lists where the sources disagree on the sources index', () => {
    const main = text(page('/sources/').querySelector('main'));
    expect(main).toContain('28th November 2016');
  });
});

describe('the 404 page', () => {
  it('offers search and the register', () => {
    const root = page('/404.html');
    expect(root.querySelector('main form[action="/search/"] input[name="q"]')).toBeTruthy();
    expect(root.querySelector('main a[href="/modifications/"]')).toBeTruthy();
  });
});

describe('the feed', () => {
  it('has one entry per event, newest first', () => {
    const feed = parse(readFileSync(join(dist, 'feed.xml'), 'utf8'));
    const entries = feed.querySelectorAll('entry');
    expect(entries).toHaveLength(register.modifications.reduce((n, m) => n + m.events.length, 0));
    const updated = entries.map((e) => text(e.querySelector('updated')));
    expect([...updated].sort().reverse()).toEqual(updated);
    expect(text(feed.querySelector('feed > updated'))).toBe(`${register.asOf}T00:00:00Z`);
  });
});
