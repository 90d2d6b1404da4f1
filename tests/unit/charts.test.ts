/**
 * The chart geometry: every placement of the content becomes a bar over exactly its months,
 * inferred placements are marked, overlapping bars never share a lane, and the stacked bars
 * add up to the counts they draw.
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { ganttLayout, ganttSvg, monthRuns, type GanttRowInput } from '../../src/render/charts/gantt';
import { stackedBarLayout, stackedBarSvg, tickStep } from '../../src/render/charts/stacked';
import { escapeHtml } from '../../src/render/escape';
import { monthOf } from '../../src/domain/dates';
import { buildRegister } from '../../src/register/build';
import { progressionMonths } from '../../src/register/reports';
import { cite, content, modification, paper } from '../support/fixtures';

/** A progression row of placements, each `[activity, months, stated or inferred]`. */
const row = (...placements: [string, string[], 'stated' | 'inferred'][]) => ({
  matchedBy: 'By number.',
  cells: ['Solution'],
  placements: placements.map(([activity, months, placement]) => ({ activity, months, placement, basis: 'A basis.' })),
  sources: cite,
});
const register = buildRegister(
  content({
    sources: [paper({ progressionColumns: { first: '2016-03', last: '2017-06', sources: cite } })],
    modifications: [
      modification('SECMP0002', {
        progression: row(['solution', ['2016-09', '2016-10', '2016-11'], 'inferred'], ['preliminary-assessment', ['2016-07', '2016-08', '2016-09', '2016-10'], 'inferred'], ['consultation', ['2016-12'], 'stated']),
      }),
      modification('SECMP0004', {
        progression: row(['impact-assessment', ['2016-07', '2016-08', '2016-09', '2016-10', '2016-11'], 'inferred'], ['solution', ['2016-06', '2016-08'], 'stated']),
      }),
      modification('SECMP0016', { progression: row(['draft-modification-report', ['2016-11'], 'stated'], ['change-board-decision', ['2016-12'], 'inferred']) }),
      modification('SECMP0023'),
    ],
  }),
);
const months = progressionMonths(register);
const rowOf = (id: string): GanttRowInput => {
  const p = register.modification(id).progression;
  if (!p) throw new Error(`${id} has no progression row`);
  return { id, label: id, placements: p.placements, originalDecisionDate: p.originalDecisionDate, originalAssessmentDueDate: p.originalAssessmentDueDate };
};
const withRows = register.modifications.filter((m) => m.progression !== null);
const text = { id: 'c', title: 'A <title> & more', description: 'What "it" shows' };

describe('month runs', () => {
  it('split months into consecutive runs', () => {
    expect(monthRuns(['2016-11', '2016-12', '2017-01'])).toEqual([['2016-11', '2016-12', '2017-01']]);
    expect(monthRuns(['2016-06', '2016-08', '2016-09'])).toEqual([['2016-06'], ['2016-08', '2016-09']]);
  });
});

describe('the progression timeline', () => {
  const layout = ganttLayout({ groups: [{ label: null, rows: withRows.map((m) => rowOf(m.id)) }], months, asOf: register.asOf });

  it('has a column for every progression month', () => {
    expect(layout.months).toEqual(months);
    expect(layout.width).toBe(layout.left + months.length * layout.column);
  });

  it('draws one bar per placement, over exactly the placement’s months', () => {
    const rows = layout.groups.flatMap((g) => g.rows);
    expect(rows.map((r) => r.id)).toEqual(withRows.map((m) => m.id));
    for (const row of rows) {
      const placements = register.modification(row.id).progression?.placements ?? [];
      expect(row.bars).toHaveLength(placements.length);
      for (const p of placements) {
        const bar = row.bars.find((b) => b.activity === p.activity);
        expect(bar, `${row.id} ${p.activity}`).toBeDefined();
        if (!bar) continue;
        expect(bar.placement).toBe(p.placement);
        expect(bar.months).toEqual(p.months);
        // The rectangles cover the placement's columns and nothing else.
        const covered = bar.segments.flatMap((s) => {
          const first = Math.round((s.x - 1 - layout.left) / layout.column);
          const count = Math.round((s.width + 2) / layout.column);
          return months.slice(first, first + count);
        });
        expect(covered).toEqual([...p.months].sort());
      }
    }
  });

  it('never puts overlapping bars in the same lane', () => {
    for (const row of layout.groups.flatMap((g) => g.rows)) {
      for (const a of row.bars) {
        for (const b of row.bars) {
          if (a === b || a.lane !== b.lane) continue;
          expect(a.months.some((m) => b.months.includes(m)), `${row.id}: ${a.activity} and ${b.activity}`).toBe(false);
        }
      }
      expect(Math.max(...row.bars.map((b) => b.lane)) + 1).toBe(row.lanes);
    }
  });

  it('marks the as-of date inside its month’s column', () => {
    const column = months.indexOf(monthOf(register.asOf));
    expect(layout.asOf?.x).toBeGreaterThan(layout.left + column * layout.column);
    expect(layout.asOf?.x).toBeLessThan(layout.left + (column + 1) * layout.column);
  });

  it('draws every bar in the SVG, marking the inferred ones, with a title and description', () => {
    const svg = parse(ganttSvg(layout, text)).querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-labelledby')).toBe('c-t c-d');
    expect(svg?.querySelector('title#c-t')?.textContent).toBe('A <title> & more');
    expect(svg?.querySelector('desc#c-d')?.textContent).toBe('What "it" shows');
    for (const m of withRows) {
      const row = svg?.querySelector(`g[data-row="${m.id}"]`);
      const bars = row?.querySelectorAll('g.g-bar') ?? [];
      const drawn = bars.map((b) => ({
        activity: (b.classList.value.find((c) => c !== 'g-bar' && c !== 'g-stated' && c !== 'g-inferred') ?? '').slice(2),
        months: b.getAttribute('data-months')?.split(' '),
        placement: b.classList.contains('g-inferred') ? 'inferred' : b.classList.contains('g-stated') ? 'stated' : null,
      }));
      const expected = m.progression?.placements.map((p) => ({ activity: p.activity, months: p.months, placement: p.placement })) ?? [];
      expect(drawn.sort((a, b) => a.activity.localeCompare(b.activity))).toEqual(expected.sort((a, b) => a.activity.localeCompare(b.activity)));
    }
    // Colours come from the stylesheet, never from the markup.
    expect(ganttSvg(layout, text)).not.toMatch(/#[0-9a-f]{3,6}\b|fill="(?!url)|stroke="/i);
  });

  it('outlines an original date where one is known, and nothing where it is unknown', () => {
    const known = ganttLayout({ groups: [{ label: 'WG', rows: [{ ...rowOf('SECMP0016'), originalDecisionDate: '2016-12' }] }], months });
    const row = known.groups[0]?.rows[0];
    expect(row?.originals).toEqual([{ kind: 'decision', month: '2016-12', x: known.left + months.indexOf('2016-12') * known.column, width: known.column }]);
    expect(layout.groups.flatMap((g) => g.rows.flatMap((r) => r.originals))).toEqual([]);
  });

  it('keeps the one-row chart of a modification page small', () => {
    const one = ganttLayout({ groups: [{ label: null, rows: [{ ...rowOf('SECMP0004'), label: '' }] }], months, asOf: register.asOf });
    expect(one.left).toBe(0);
    expect(ganttSvg(one, text).length).toBeLessThan(3000);
  });

  it('escapes text', () => {
    expect(escapeHtml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
  });
});

describe('the stacked bars', () => {
  const input = {
    categories: [
      { key: '2016-09', label: 'Sep', sublabel: '2016' },
      { key: '2016-10', label: 'Oct', sublabel: '' },
      { key: '2016-11', label: 'Nov', sublabel: '' },
    ],
    series: [
      { key: 'a', label: 'A', phase: 'refinement' },
      { key: 'b', label: 'B', phase: 'change-board', hatched: true },
    ],
    values: [
      [1, 0],
      [7, 4],
      [17, 4],
    ],
  };
  const layout = stackedBarLayout(input);

  it('chooses a readable value axis', () => {
    expect(tickStep(21)).toBe(5);
    expect(tickStep(3)).toBe(1);
    expect(tickStep(140)).toBe(50);
    expect(layout.max).toBe(25);
    expect(layout.ticks).toEqual([0, 5, 10, 15, 20, 25]);
  });

  it('stacks each category’s values, bottom up, in proportion', () => {
    const scale = (layout.baseline - layout.top) / layout.max;
    layout.bars.forEach((bar, i) => {
      const values = input.values[i] as number[];
      expect(bar.total).toBe(values.reduce((a, b) => a + b, 0));
      expect(bar.segments.map((s) => s.value)).toEqual(values.filter((v) => v > 0));
      let y = layout.baseline;
      for (const s of bar.segments) {
        expect(s.height).toBeCloseTo(s.value * scale);
        expect(s.y + s.height).toBeCloseTo(y);
        y = s.y;
      }
    });
  });

  it('draws each segment with its category, series and value, and a title and description', () => {
    const root = parse(stackedBarSvg(layout, input, text));
    const segments = root.querySelectorAll('g.b-seg').map((g) => [g.getAttribute('data-category'), g.getAttribute('data-series'), Number(g.getAttribute('data-value'))]);
    expect(segments).toEqual([
      ['2016-09', 'a', 1],
      ['2016-10', 'a', 7],
      ['2016-10', 'b', 4],
      ['2016-11', 'a', 17],
      ['2016-11', 'b', 4],
    ]);
    expect(root.querySelector('svg title')?.getAttribute('id')).toBe('c-t');
    expect(root.querySelector('svg desc')?.getAttribute('id')).toBe('c-d');
    expect(root.querySelectorAll('pattern')).toHaveLength(1);
  });

  it('colours each segment by its phase, through the one data-phase attribute', () => {
    const root = parse(stackedBarSvg(layout, input, text));
    expect(root.querySelectorAll('g.b-seg').map((g) => g.getAttribute('data-phase'))).toEqual(['refinement', 'refinement', 'change-board', 'refinement', 'change-board']);
  });
});
