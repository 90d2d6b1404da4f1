/**
 * The built monthly status reports and progression timelines: a page for every report month,
 * the November 2016 counts as published with the modifications behind each, charts whose bars
 * match the content's placements and counts, and beside every chart a table of the same data.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { monthsBetween } from '../../src/domain/dates';
import { openPhases, phaseLabels, refinementStages, stageLabels } from '../../src/domain/vocabulary';
import { monthlyReport, phaseSeries, reportMonths } from '../../src/register/reports';
import { urls } from '../../src/render/urls';
import { progressionActivityLabels, type ProgressionActivity } from '../../src/domain/vocabulary';
import { realRegister } from '../support/real-register';
import { contentPages, fileFor, page, text } from '../support/site';

const register = realRegister();
const months = reportMonths(register);
const reportPages = [urls.reports(), ...months.map((m) => urls.report(m))];
const activityByLabel = new Map(Object.entries(progressionActivityLabels).map(([a, l]) => [l, a as ProgressionActivity]));

/** A placement as a chart or a table shows it, for comparing the two with the content. */
interface Shown {
  readonly modification: string;
  readonly activity: string;
  readonly months: readonly string[];
  readonly placement: string;
}
const byKey = (a: Shown, b: Shown) => `${a.modification} ${a.activity}`.localeCompare(`${b.modification} ${b.activity}`);

/** What the content says a set of modifications' progression rows hold. */
function placementsOf(ids: readonly string[]): Shown[] {
  return ids
    .flatMap((id) =>
      (register.modification(id).progression?.placements ?? []).map((p) => ({ modification: id, activity: p.activity, months: p.months, placement: p.placement })),
    )
    .sort(byKey);
}

/** The bars of a timeline's SVG. A one-row chart's rows are keyed by `data-row` like the others. */
function barsOf(svg: HTMLElement): Shown[] {
  return svg
    .querySelectorAll('g.g-row')
    .flatMap((row) =>
      row.querySelectorAll('g.g-bar').map((bar) => ({
        modification: row.getAttribute('data-row') as string,
        activity: (bar.classList.value.find((c) => !['g-bar', 'g-stated', 'g-inferred'].includes(c)) ?? '').slice(2),
        months: (bar.getAttribute('data-months') ?? '').split(' '),
        placement: bar.classList.contains('g-inferred') ? 'inferred' : 'stated',
      })),
    )
    .sort(byKey);
}

/** The rows of a timeline's table, read as a reader reads them: words and <time> elements. */
function tableRowsOf(table: HTMLElement, single: string | null): Shown[] {
  return table
    .querySelectorAll('tbody tr')
    .filter((tr) => tr.querySelectorAll('td').length > 0)
    .map((tr) => {
      const cells = tr.querySelectorAll('td');
      const offset = single ? 0 : 1;
      const monthsCell = cells[offset + 1] as HTMLElement;
      // Each run of months reads "<time>first</time>" or "<time>first</time> to <time>last</time>".
      const runs = text(monthsCell).split('; ');
      const times = monthsCell.querySelectorAll('time').map((t) => t.getAttribute('datetime') as string);
      const shownMonths = runs.flatMap((run) => {
        const first = times.shift() as string;
        return run.includes(' to ') ? monthsBetween(first, times.shift() as string) : [first];
      });
      return {
        modification: single ?? text(cells[0]),
        activity: activityByLabel.get(text(cells[offset])) ?? `unknown label ${text(cells[offset])}`,
        months: shownMonths,
        placement: text(cells[offset + 2]).toLowerCase(),
      };
    })
    .sort(byKey);
}

describe('the report pages', () => {
  it('exist for /reports/ and every month from the first dated fact to the as-of month, and no other month', () => {
    for (const address of reportPages) expect(fileFor(address), address).toBeTruthy();
    const built = contentPages.filter((p) => /^\/reports\/\d{4}-\d{2}\/$/.test(p));
    expect(built.sort()).toEqual(months.map((m) => urls.report(m)).sort());
  });

  it('sit under Home › Reports, and stay out of the search index (they restate the modifications)', () => {
    for (const month of months) {
      const root = page(urls.report(month));
      expect(root.querySelector('[data-pagefind-body]')).toBeNull();
      expect(root.querySelectorAll('.breadcrumbs li a').map((a) => a.getAttribute('href'))).toEqual(['/', urls.reports()]);
    }
  });

  it('link only to pages and fragments that exist', () => {
    for (const address of reportPages) {
      const root = page(address);
      const ids = new Set(root.querySelectorAll('[id]').map((e) => e.getAttribute('id')));
      for (const a of root.querySelectorAll('main a[href]')) {
        const href = a.getAttribute('href') as string;
        const url = new URL(href, `http://site.invalid${address}`);
        if (url.origin !== 'http://site.invalid') continue;
        expect(fileFor(url.pathname), `${address} → ${href}`).toBeTruthy();
        const fragment = url.hash.slice(1);
        if (!fragment) continue;
        const target = url.pathname === address ? ids : new Set(page(url.pathname).querySelectorAll('[id]').map((e) => e.getAttribute('id')));
        expect(target.has(decodeURIComponent(fragment)), `${address} → ${href}`).toBe(true);
      }
    }
  });
});

describe('the November 2016 report page', () => {
  const root = page(urls.report('2016-11'));
  const report = monthlyReport(register, '2016-11');
  const status = report.status as NonNullable<typeof report.status>;
  const counts = new Map(
    root.querySelectorAll('#main .counts li').map((li) => {
      const link = li.querySelector('a');
      return [text(link), { count: Number(text(li.querySelector('.count'))), href: link?.getAttribute('href') }];
    }),
  );
  const listedUnder = (anchor: string) => {
    const heading = root.querySelector(`#${anchor}`);
    const next = heading?.parentNode?.nextElementSibling;
    return (next?.querySelectorAll('tbody tr') ?? []).map((tr) => text(tr.querySelector('td')));
  };

  it('says its period: from the October Panel meeting (read as 1 October, marked inferred) to its cut-off, 9 November 2016', () => {
    const lede = text(root.querySelector('.lede'));
    expect(lede).toContain('1 October 2016 to 9 November 2016');
    expect(lede).toContain('between the October 2016 and November 2016 SEC Panel meetings');
    expect(text(root.querySelector('.tag-inferred')?.parentNode)).toContain('October 2016');
  });

  it('shows the 28 October withdrawal notice and the October Working Group meetings as part of its period', () => {
    expect(text(root.querySelector('#withdrawals')?.parentNode?.nextElementSibling)).toContain('SECMP0003');
    const meetings = root.querySelector('#meetings')?.parentNode?.parentNode as HTMLElement;
    for (const id of ['wg2-2016-10-18', 'wg1-2016-10-27', 'wg5-2016-10-28']) expect(meetings.querySelector(`#${id}`), id).not.toBeNull();
    expect(text(meetings.querySelector('#wg3-2016-10')?.parentNode?.parentNode)).toContain('Did not meet');
  });

  it('shows the published counts, each linking to the list behind it on the page', () => {
    expect(text(root.querySelector('#open')?.parentNode?.nextElementSibling)).toContain('21 modifications were open');
    const published: [string, number, string][] = [
      [phaseLabels['initial-modification-report'], 2, '#phase-initial-modification-report'],
      [phaseLabels.refinement, 17, '#phase-refinement'],
      [stageLabels['working-group'], 13, '#stage-working-group'],
      [stageLabels['dcc-impact-assessment'], 4, '#stage-dcc-impact-assessment'],
      [phaseLabels['modification-report'], 2, '#phase-modification-report'],
      [phaseLabels['change-board'], 0, '#phase-change-board'],
      [phaseLabels['awaiting-authority-decision'], 0, '#phase-awaiting-authority-decision'],
      [phaseLabels['pending-implementation'], 0, '#phase-pending-implementation'],
    ];
    for (const [label, count, href] of published) expect(counts.get(label), label).toEqual({ count, href });
  });

  it('lists the modifications behind each count, as the event data places them', () => {
    for (const phase of openPhases) {
      if (phase === 'refinement') continue;
      expect(listedUnder(`phase-${phase}`), phase).toEqual(status.byPhase[phase].map((m) => m.id));
    }
    for (const stage of refinementStages) expect(listedUnder(`stage-${stage}`), stage).toEqual(status.byStage[stage].map((m) => m.id));
    expect(listedUnder('stage-dcc-impact-assessment')).toEqual(['SECMP0004', 'SECMP0008', 'SECMP0011', 'SECMP0016']);
    expect(listedUnder('phase-initial-modification-report')).toEqual(['SECMP0023', 'SECMP0024']);
    expect(listedUnder('phase-modification-report')).toEqual(['SECMP0020', 'SECMP0022']);
  });

  it('lists the new modifications, saying their dates are intervals', () => {
    const raised = text(root.querySelector('#raised')?.parentNode?.nextElementSibling);
    expect(raised).toContain('between October 2016 and 9 November 2016');
    expect(raised).toContain('SECMP0023');
    expect(raised).toContain('SECMP0024');
  });

  it('draws the progression timeline of every open modification with a row, grouped by Working Group', () => {
    const svg = root.querySelector('svg.gantt') as HTMLElement;
    expect(barsOf(svg)).toEqual(placementsOf(report.progression.map((m) => m.id)));
    expect(report.progression.length).toBe(19);
    const groups = svg.querySelectorAll('text.g-group').map((t) => text(t));
    expect(groups).toEqual(expect.arrayContaining(['Working Group 1', 'Working Group 5']));
    expect(text(root.querySelector('#progression')?.parentNode?.parentNode)).toContain('unknown');
  });
});

describe('a month before the earliest paper: October 2016', () => {
  const root = page(urls.report('2016-10'));

  it('says it is reconstructed from later papers and incomplete, and gives no counts', () => {
    expect(text(root.querySelector('#reconstructed'))).toContain('Reconstructed from later papers, and incomplete');
    expect(root.querySelector('#open')).toBeNull();
    expect(root.querySelector('#main .counts')).toBeNull();
    expect(root.querySelector('svg.gantt')).toBeNull();
  });

  it('still lists what later papers say happened in it', () => {
    expect(text(root.querySelector('#withdrawals')?.parentNode?.nextElementSibling)).toContain('SECMP0003');
  });
});

describe('the reports index', () => {
  const root = page(urls.reports());

  it('charts open modifications by phase for every report month, as the event data counts them', () => {
    const svg = root.querySelector('svg.stacked') as HTMLElement;
    const drawn = svg.querySelectorAll('g.b-seg').map((g) => `${g.getAttribute('data-category')} ${g.getAttribute('data-series')} ${g.getAttribute('data-value')}`);
    const expected = phaseSeries(register).flatMap((p) =>
      openPhases.flatMap((phase) =>
        phase === 'refinement'
          ? refinementStages.map((s) => ({ key: `refinement-${s}`, value: p.stages[s] }))
          : [{ key: phase, value: p.phases[phase] }],
      ).filter((s) => s.value > 0).map((s) => `${p.month} ${s.key} ${s.value}`),
    );
    expect(drawn).toEqual(expected);
    expect(svg.querySelectorAll('g.b-bar').map((g) => Number(g.getAttribute('data-total')))).toEqual(phaseSeries(register).map((p) => p.open));
  });

  it('gives the same counts in the table beside the chart', () => {
    const table = root.querySelector('svg.stacked')?.closest('figure')?.querySelector('table') as HTMLElement;
    const body = table.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('td.num').map((td) => Number(text(td))));
    expect(table.querySelectorAll('tbody tr time').map((t) => t.getAttribute('datetime'))).toEqual(phaseSeries(register).map((p) => p.day));
    const expected = phaseSeries(register).map((p) => [
      ...openPhases.flatMap((phase) => (phase === 'refinement' ? refinementStages.map((s) => p.stages[s]) : [p.phases[phase]])),
      p.open,
      p.notOnRecord,
    ]);
    expect(body).toEqual(expected);
  });

  it('links to every month’s report', () => {
    const links = root.querySelectorAll('#main a').map((a) => a.getAttribute('href'));
    for (const month of months) expect(links).toContain(urls.report(month));
  });
});

describe('the modification pages', () => {
  const withRows = register.modifications.filter((m) => m.progression !== null);

  it('SECMP0009 shows its one-row chart', () => {
    const svg = page(urls.modification('SECMP0009')).querySelector('#progression')?.parentNode?.parentNode?.querySelector('svg.gantt') as HTMLElement;
    expect(svg).toBeTruthy();
    expect(svg.querySelectorAll('g.g-row').map((g) => g.getAttribute('data-row'))).toEqual(['SECMP0009']);
    expect(barsOf(svg)).toEqual(placementsOf(['SECMP0009']));
    const solution = barsOf(svg).find((b) => b.activity === 'solution');
    expect(solution?.months).toEqual(monthsBetween('2016-04', '2016-11'));
  });

  it.each(withRows.map((m) => m.id))('%s draws its progression row and tabulates it with each placement’s basis', (id) => {
    const root = page(urls.modification(id));
    const svg = root.querySelector('svg.gantt') as HTMLElement;
    expect(barsOf(svg)).toEqual(placementsOf([id]));
    const table = svg.closest('figure')?.querySelector('table') as HTMLElement;
    expect(tableRowsOf(table, id)).toEqual(placementsOf([id]));
    // Each row refers by number to its basis, written once in the list under the table.
    const bases = table.querySelectorAll('tbody tr').map((tr) => {
      const href = tr.querySelectorAll('td')[3]?.querySelector('a')?.getAttribute('href') ?? '';
      return text(root.querySelector(href));
    });
    expect(bases.sort()).toEqual((register.modification(id).progression?.placements ?? []).map((p) => p.basis.replace(/\s+/g, ' ').trim()).sort());
    expect(text(root.querySelector('#progression')?.parentNode?.parentNode)).toMatch(/PA\/IA due date \(red box\): unknown/);
  });

  it('have no chart where the modification has no progression row', () => {
    for (const m of register.modifications.filter((x) => x.progression === null)) {
      expect(page(urls.modification(m.id)).querySelector('svg.gantt'), m.id).toBeNull();
    }
  });
});

describe('every chart', () => {
  const charts = contentPages.flatMap((address) => page(address).querySelectorAll('svg.chart').map((svg) => ({ address, svg })));

  it('there are charts: the reports index, the November report and every modification with a progression row', () => {
    expect(charts.length).toBe(2 + register.modifications.filter((m) => m.progression !== null).length);
  });

  it('has role="img", a title and a description it is labelled by, and no colour in its markup', () => {
    for (const { address, svg } of charts) {
      expect(svg.getAttribute('role'), address).toBe('img');
      const [title, desc] = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
      expect(text(svg.querySelector(`title#${title}`)).length, `${address} title`).toBeGreaterThan(10);
      expect(text(svg.querySelector(`desc#${desc}`)).length, `${address} desc`).toBeGreaterThan(40);
      expect(svg.toString(), address).not.toMatch(/#[0-9a-f]{6}\b|rgb\(|stroke="/i);
    }
  });

  it('sits in a figure beside a table with the same data', () => {
    for (const { address, svg } of charts) {
      const figure = svg.closest('figure') as HTMLElement;
      expect(figure?.tagName, address).toBe('FIGURE');
      const table = figure.querySelector('table') as HTMLElement;
      expect(table, address).toBeTruthy();
      if (svg.classList.contains('gantt')) {
        const single = svg.querySelectorAll('g.g-row').length === 1 && !table.querySelector('thead')?.textContent.includes('Modification');
        const id = single ? (svg.querySelector('g.g-row')?.getAttribute('data-row') as string) : null;
        expect(tableRowsOf(table, id), address).toEqual(barsOf(svg));
      }
    }
  });
});
