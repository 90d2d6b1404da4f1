/**
 * The progression timeline, a Gantt chart: one column per month, one row per modification, one
 * bar per activity of its progression row. Laid out as plain data first (which tests check
 * against the content), then drawn as SVG.
 */
import { daysInMonth, monthOf, monthsBetween, type Day } from '../../domain/dates';
import { progressionActivities, progressionActivityLabels, type ProgressionActivity } from '../../domain/vocabulary';
import { escapeHtml } from '../escape';
import { monthAbbreviation, r, svgOpen, textWidth, type Box, type ChartText } from './svg';

/** One activity of a progression row placed in months, as the content records it. */
export interface GanttPlacementInput {
  readonly activity: ProgressionActivity;
  readonly months: readonly string[];
  readonly placement: 'stated' | 'inferred';
}

/** One row of the timeline: one modification's placements and original dates. */
export interface GanttRowInput {
  /** A stable key, e.g. the modification number; drawn as `data-row`. */
  readonly id: string;
  /** The text at the left of the row; empty for a chart of one row that needs no label. */
  readonly label: string;
  readonly placements: readonly GanttPlacementInput[];
  /** The original Panel-approved decision month, or `null` where unknown. */
  readonly originalDecisionDate: string | null;
  /** The month DCC was originally due to deliver its PA or IA, or `null` where unknown. */
  readonly originalAssessmentDueDate: string | null;
}

/** Rows under a heading, such as the modifications of one Working Group. */
export interface GanttGroupInput {
  /** The heading drawn above the rows; `null` for rows that need none. */
  readonly label: string | null;
  readonly rows: readonly GanttRowInput[];
}

export interface GanttInput {
  readonly groups: readonly GanttGroupInput[];
  /** The month columns; by default every month from the first placement to the last. */
  readonly months?: readonly string[];
  /** The as-of date, marked by a vertical line when it falls within the months. */
  readonly asOf?: Day | null;
}

/** A run of consecutive months of one placement, drawn as one rectangle. */
export interface GanttSegment {
  readonly months: readonly string[];
  readonly x: number;
  readonly width: number;
}

/** One placement drawn as a bar: one rectangle per run of consecutive months. */
export interface GanttBar {
  readonly activity: ProgressionActivity;
  readonly placement: 'stated' | 'inferred';
  readonly months: readonly string[];
  /** The lane within the row: bars whose months overlap go in different lanes. */
  readonly lane: number;
  readonly y: number;
  readonly height: number;
  readonly segments: readonly GanttSegment[];
  /** The words drawn in the bar, shortened to fit, or `null` where none fit. */
  readonly label: string | null;
}

/** An original date drawn as an outlined box around the row's month. */
export interface GanttOriginal {
  readonly kind: 'decision' | 'assessment';
  readonly month: string;
  readonly x: number;
  readonly width: number;
}

export interface GanttRow extends Pick<Box, 'y' | 'height'> {
  readonly id: string;
  readonly label: string;
  readonly lanes: number;
  readonly bars: readonly GanttBar[];
  readonly originals: readonly GanttOriginal[];
}

export interface GanttGroup {
  readonly label: string | null;
  /** The baseline of the group's heading. */
  readonly y: number;
  readonly rows: readonly GanttRow[];
}

export interface GanttLayout {
  readonly months: readonly string[];
  readonly width: number;
  readonly height: number;
  /** The x of the first month column. */
  readonly left: number;
  readonly column: number;
  /** The top and bottom of the rows, between which grid lines and the as-of line run. */
  readonly top: number;
  readonly bottom: number;
  readonly groups: readonly GanttGroup[];
  /** The as-of line, where the as-of date falls within the months. */
  readonly asOf: { readonly day: Day; readonly x: number } | null;
}

const GANTT = {
  column: 52,
  labelWidth: 76,
  axis: 32,
  lane: 16,
  laneGap: 3,
  rowPad: 4,
  group: 20,
  asOfLabel: 16,
  fontSize: 11,
} as const;

/** How a bar may be labelled, longest first; the longest that fits is drawn. */
const BAR_LABELS: Record<ProgressionActivity, readonly string[]> = {
  'panel-approved-refinement': [progressionActivityLabels['panel-approved-refinement'], 'Refinement approved', 'Approved', 'Appr.'],
  'working-group-refinement': [progressionActivityLabels['working-group-refinement'], 'WG refinement', 'WG'],
  solution: [progressionActivityLabels.solution, 'Sol.'],
  'preliminary-assessment': [progressionActivityLabels['preliminary-assessment']],
  'impact-assessment': [progressionActivityLabels['impact-assessment']],
  'panel-approved-consultation': [progressionActivityLabels['panel-approved-consultation'], 'Consultation approved', 'Approved', 'Appr.'],
  consultation: [progressionActivityLabels.consultation, 'Cons.'],
  'draft-modification-report': [progressionActivityLabels['draft-modification-report']],
  'change-board-decision': [progressionActivityLabels['change-board-decision'], 'CB'],
};

/** The abbreviations the bars may use, for the legend beside a timeline. */
export const barAbbreviations: readonly { readonly short: string; readonly long: string }[] = [
  { short: 'Appr.', long: 'Panel approved Refinement or consultation' },
  { short: 'Sol.', long: 'Solution' },
  { short: 'PA', long: 'DCC Preliminary Assessment' },
  { short: 'IA', long: 'DCC Impact Assessment' },
  { short: 'Cons.', long: 'Consultation' },
  { short: 'DMR', long: 'Draft Modification Report' },
  { short: 'CB', long: 'Change Board decision' },
];

/** Splits months into runs of consecutive months, in order. */
export function monthRuns(months: readonly string[]): string[][] {
  const sorted = [...new Set(months)].sort();
  const runs: string[][] = [];
  for (const month of sorted) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (run && previous && monthsBetween(previous, month).length === 2) run.push(month);
    else runs.push([month]);
  }
  return runs;
}

/** The months from the first to the last month any row places or marks. */
export function ganttMonths(groups: readonly GanttGroupInput[]): string[] {
  const all = groups.flatMap((g) =>
    g.rows.flatMap((row) => [
      ...row.placements.flatMap((p) => p.months),
      ...[row.originalDecisionDate, row.originalAssessmentDueDate].filter((m): m is string => m !== null),
    ]),
  );
  if (all.length === 0) return [];
  const sorted = [...all].sort();
  return monthsBetween(sorted[0] as string, sorted[sorted.length - 1] as string);
}

/**
 * Lays out the progression timeline: one column per month, one row per modification, one bar
 * per placement. Bars whose months overlap (a Solution under way while DCC assesses) are put
 * in separate lanes of the row, first come first placed, as the status report's table stacks
 * them. Months outside the columns are dropped from the drawing (never from the data table).
 */
export function ganttLayout(input: GanttInput): GanttLayout {
  const months = input.months ? [...input.months] : ganttMonths(input.groups);
  const labelled = input.groups.some((g) => g.label !== null || g.rows.some((row) => row.label !== ''));
  const left = labelled ? GANTT.labelWidth : 0;
  const column = GANTT.column;
  const width = left + months.length * column;
  const index = new Map(months.map((m, i) => [m, i]));
  let y = GANTT.axis;
  const groups: GanttGroup[] = input.groups.map((group) => {
    let headingY = y;
    if (group.label !== null) {
      headingY = y + 14;
      y += GANTT.group;
    }
    const rows = group.rows.map((row): GanttRow => {
      const order = (p: GanttPlacementInput) => progressionActivities.indexOf(p.activity);
      const placements = [...row.placements].sort((a, b) => ([...a.months].sort()[0] ?? '').localeCompare([...b.months].sort()[0] ?? '') || order(a) - order(b));
      // Greedy lane packing: each bar takes the first lane whose last month ends before it starts.
      const laneEnds: string[] = [];
      const packed = placements.map((p) => {
        const sorted = [...p.months].sort();
        const start = sorted[0] as string;
        let lane = laneEnds.findIndex((end) => end < start);
        if (lane === -1) lane = laneEnds.length;
        laneEnds[lane] = sorted[sorted.length - 1] as string;
        return { p, lane };
      });
      const lanes = Math.max(1, laneEnds.length);
      const rowY = y;
      const height = GANTT.rowPad * 2 + lanes * GANTT.lane + (lanes - 1) * GANTT.laneGap;
      y += height;
      const bars = packed.map(({ p, lane }): GanttBar => {
        const segments = monthRuns(p.months).flatMap((run): GanttSegment[] => {
          const shown = run.filter((m) => index.has(m));
          if (shown.length === 0) return [];
          return [{ months: shown, x: left + (index.get(shown[0] as string) as number) * column + 1, width: shown.length * column - 2 }];
        });
        const widest = Math.max(0, ...segments.map((s) => s.width));
        const label = BAR_LABELS[p.activity].find((l) => textWidth(l, GANTT.fontSize) + 8 <= widest) ?? null;
        return {
          activity: p.activity,
          placement: p.placement,
          months: [...p.months],
          lane,
          y: rowY + GANTT.rowPad + lane * (GANTT.lane + GANTT.laneGap),
          height: GANTT.lane,
          segments,
          label,
        };
      });
      const originals = (
        [
          ['decision', row.originalDecisionDate],
          ['assessment', row.originalAssessmentDueDate],
        ] as const
      ).flatMap(([kind, month]): GanttOriginal[] =>
        month !== null && index.has(month) ? [{ kind, month, x: left + (index.get(month) as number) * column, width: column }] : [],
      );
      return { id: row.id, label: row.label, y: rowY, height, lanes, bars, originals };
    });
    return { label: group.label, y: headingY, rows };
  });
  const bottom = y;
  let asOf: GanttLayout['asOf'] = null;
  if (input.asOf && index.has(monthOf(input.asOf))) {
    const month = monthOf(input.asOf);
    const [year, m] = month.split('-').map(Number) as [number, number];
    const fraction = (Number(input.asOf.slice(8, 10)) - 0.5) / daysInMonth(year, m);
    asOf = { day: input.asOf, x: left + ((index.get(month) as number) + fraction) * column };
  }
  return { months, width, height: bottom + (asOf ? GANTT.asOfLabel + 4 : 4), left, column, top: GANTT.axis - 4, bottom, groups, asOf };
}

/** "9 Nov 2016", short enough for the as-of label under a narrow chart. */
function shortDay(day: Day): string {
  return `${Number(day.slice(8, 10))} ${monthAbbreviation(day)} ${day.slice(0, 4)}`;
}

/**
 * Draws a timeline layout as SVG. Each bar is a `<g>` with the classes `g-<activity>` and
 * `g-stated` or `g-inferred` (drawn with a dashed outline) and `data-months`, so that tests and
 * readers of the markup can check every bar against the content. The markup is kept terse (no
 * repeated attributes, coordinates to one decimal) because a modification page carries one.
 */
export function ganttSvg(layout: GanttLayout, text: ChartText): string {
  const { left, column, top, bottom } = layout;
  const out: string[] = [svgOpen('gantt', text.id, layout.width, layout.height, text.title, text.description)];
  // Month and year labels; the year is written under the first month and under each January.
  const x = (i: number) => r(left + i * column + column / 2);
  const monthLabels = layout.months.map((m, i) => `<tspan x="${x(i)}">${monthAbbreviation(m)}</tspan>`).join('');
  const yearLabels = layout.months.flatMap((m, i) => (i === 0 || m.endsWith('-01') ? [`<tspan x="${x(i)}">${m.slice(0, 4)}</tspan>`] : [])).join('');
  out.push(`<g class="g-axis" text-anchor="middle"><text y="12">${monthLabels}</text><text y="26">${yearLabels}</text></g>`);
  const grid = layout.months.map((_, i) => `M${r(left + i * column)} ${top}V${r(bottom)}`).join('') + `M${r(layout.width)} ${top}V${r(bottom)}`;
  out.push(`<path class="g-grid" d="${grid}"/>`);
  // With several rows, a faint rule under each row keeps a row's lanes together for the eye.
  const rows = layout.groups.flatMap((g) => g.rows);
  if (rows.length > 1) out.push(`<path class="g-rule" d="${rows.map((row) => `M0 ${r(row.y + row.height)}H${r(layout.width)}`).join('')}"/>`);
  for (const group of layout.groups) {
    if (group.label !== null) out.push(`<text class="g-group" x="0" y="${r(group.y)}">${escapeHtml(group.label)}</text>`);
    for (const row of group.rows) {
      const parts: string[] = [];
      if (row.label) parts.push(`<text class="g-label" x="0" y="${r(row.y + row.height / 2 + 4)}">${escapeHtml(row.label)}</text>`);
      for (const o of row.originals) {
        parts.push(`<rect class="g-original g-original-${o.kind}" data-month="${o.month}" x="${r(o.x)}" y="${r(row.y + 1)}" width="${r(o.width)}" height="${r(row.height - 2)}"/>`);
      }
      for (const bar of row.bars) {
        if (bar.segments.length === 0) continue;
        const rects = bar.segments.map((s) => `<rect x="${r(s.x)}" y="${r(bar.y)}" width="${r(s.width)}" height="${bar.height}"/>`).join('');
        const widest = bar.segments.reduce((a, b) => (b.width > a.width ? b : a));
        const label = bar.label ? `<text x="${r(widest.x + 4)}" y="${r(bar.y + bar.height - 4)}">${escapeHtml(bar.label)}</text>` : '';
        parts.push(`<g class="g-bar g-${bar.activity} g-${bar.placement}" data-months="${bar.months.join(' ')}">${rects}${label}</g>`);
      }
      out.push(`<g class="g-row" data-row="${escapeHtml(row.id)}">${parts.join('')}</g>`);
    }
  }
  if (layout.asOf) {
    const x = layout.asOf.x;
    const words = `As of ${shortDay(layout.asOf.day)}`;
    const anchor = x + textWidth(words, GANTT.fontSize) > layout.width ? 'end' : 'start';
    out.push(
      `<g class="g-asof" data-day="${layout.asOf.day}"><path d="M${r(x)} ${top}V${r(bottom + 4)}"/><text x="${r(anchor === 'end' ? x + 3 : x - 3)}" y="${r(layout.height - 5)}" text-anchor="${anchor}">${words}</text></g>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}

