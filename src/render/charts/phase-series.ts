/**
 * What the chart of open modifications by phase shows, month by month: a stacked bar per report
 * month, with Refinement split into its Working Group and DCC Impact Assessment stages as the
 * status report counts them, and a table of the same counts in which each count links to the
 * modifications behind it on that month's report.
 */
import { formatDay, formatMonth } from '../../domain/dates';
import { openPhases, phaseLabels, refinementStages, stageLabels } from '../../domain/vocabulary';
import type { PhaseSeriesPoint } from '../../register/reports';
import { urls } from '../urls';
import { stackedBarLayout, stackedBarSvg, type StackSeries } from './stacked';
import { monthAbbreviation } from './svg';

/** A column of the chart and table: a phase, or a stage of Refinement, with its anchor on a report. */
interface Column extends StackSeries {
  readonly anchor: string;
  readonly count: (p: PhaseSeriesPoint) => number;
}

const columns: readonly Column[] = openPhases.flatMap((phase): Column[] =>
  phase === 'refinement'
    ? refinementStages.map((stage) => ({
        key: `refinement-${stage}`,
        label: `${phaseLabels.refinement}: ${stageLabels[stage]}`,
        phase,
        hatched: stage === 'dcc-impact-assessment',
        anchor: `stage-${stage}`,
        count: (p: PhaseSeriesPoint) => p.stages[stage],
      }))
    : [{ key: phase, label: phaseLabels[phase], phase, anchor: `phase-${phase}`, count: (p: PhaseSeriesPoint) => p.phases[phase] }],
);

export interface PhaseSeriesChartView {
  readonly id: string;
  readonly title: string;
  readonly svg: string;
  /** The legend: each series' words, its phase, and whether it is hatched. */
  readonly legend: readonly { readonly label: string; readonly phase: string; readonly hatched: boolean }[];
  /** The table's rows, one a month, each count linking to the modifications behind it. */
  readonly rows: readonly {
    readonly month: string;
    readonly href: string;
    readonly day: string;
    readonly counts: readonly { readonly value: number; readonly href: string }[];
  }[];
}

export function phaseSeriesChart(points: readonly PhaseSeriesPoint[], id: string, title: string): PhaseSeriesChartView {
  const input = {
    categories: points.map((p, i) => ({
      key: p.month,
      label: monthAbbreviation(p.month),
      sublabel: i === 0 || p.month.endsWith('-01') ? p.month.slice(0, 4) : '',
    })),
    series: columns,
    values: points.map((p) => columns.map((c) => c.count(p))),
  };
  const first = points[0];
  const last = points[points.length - 1];
  const description =
    first && last
      ? `One bar per month from ${formatMonth(first.month)} to ${formatMonth(last.month)}, stacked by phase from ${columns[0]?.label} at the bottom to ${columns[columns.length - 1]?.label} at the top; ${columns.filter((c) => c.hatched).map((c) => c.label).join(', ')} is hatched. Each month is counted on its last day, and ${formatMonth(last.month)} on the as-of date, ${formatDay(last.day)}. The table beside the chart gives the same counts.`
      : 'No months to chart.';
  return {
    id,
    title,
    svg: stackedBarSvg(stackedBarLayout(input), input, { id, title, description }),
    legend: columns.map((c) => ({ label: c.label, phase: c.phase, hatched: c.hatched === true })),
    rows: points.map((p) => ({
      month: p.month,
      href: urls.report(p.month),
      day: p.day,
      counts: [
        ...columns.map((c) => ({ value: c.count(p), href: `${urls.report(p.month)}#${c.anchor}` })),
        { value: p.open, href: `${urls.report(p.month)}#open` },
        { value: p.notOnRecord, href: `${urls.report(p.month)}#not-on-record` },
      ],
    })),
  };
}
