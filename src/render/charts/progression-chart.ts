/**
 * What a progression chart shows, worked out for the component that draws it: the SVG, the
 * legend, what is known of the original dates, and the table that gives the same placements in
 * words. With one modification it is the one-row chart of a modification page, whose table
 * gives each placement's basis; with several, one row per modification, grouped by Working
 * Group, as a monthly report shows them.
 */
import { formatDay, formatMonth } from '../../domain/dates';
import { progressionActivities, progressionActivityLabels } from '../../domain/vocabulary';
import { progressionMonths } from '../../register/reports';
import type { Modification, Register } from '../../register/types';
import { basisHtml, placementRulesNote } from '../rules';
import { urls } from '../urls';
import { barAbbreviations, ganttLayout, ganttSvg, monthRuns, type GanttGroupInput, type GanttRowInput } from './gantt';

/** Months in words, each inside <time>: "September 2016 to November 2016; January 2017". */
export function monthSpanHtml(months: readonly string[]): string {
  return monthRuns(months)
    .map((run) => {
      const first = run[0] as string;
      const last = run[run.length - 1] as string;
      const to = run.length > 1 ? ` to <time datetime="${last}">${formatMonth(last)}</time>` : '';
      return `<time datetime="${first}">${formatMonth(first)}</time>${to}`;
    })
    .join('; ');
}

/** One row of the chart's table: an activity of one modification, placed in months. */
export interface PlacementRow {
  readonly modification: string;
  readonly href: string;
  readonly activity: string;
  readonly monthsHtml: string;
  readonly placement: 'stated' | 'inferred';
  /** The number of the placement's basis in the list under the table (one-row charts only). */
  readonly basis: number;
}

export interface ProgressionChartView {
  readonly id: string;
  readonly title: string;
  /** Whether the chart is one modification's. */
  readonly single: boolean;
  /** Whether there is anything to draw. */
  readonly drawn: boolean;
  readonly svg: string;
  readonly decisionsKnown: number;
  readonly dueKnown: number;
  readonly rowCount: number;
  /** The bar abbreviations the chart uses, spelled out: "Sol.: Solution; CB: Change Board decision". */
  readonly abbreviations: string;
  /** A one-row chart's original dates, where known: the month. */
  readonly originalDecision: string | null;
  readonly originalAssessment: string | null;
  readonly groups: readonly { readonly label: string | null; readonly rows: readonly PlacementRow[] }[];
  /** Each distinct basis of a one-row chart's placements, numbered from 1 in the order listed. */
  readonly bases: readonly string[];
  /** The same bases as HTML, each "rule N" linked to where the rule is stated. */
  readonly basesHtml: readonly string[];
  /** How many placements are stated and how many inferred. */
  readonly stated: number;
  readonly inferred: number;
  /** The largest set of rows whose inferred placements after the as-of month are the same, in words. */
  readonly sharedFuture: { readonly count: number; readonly words: string } | null;
  /** Where the rule that places the activities after one another (rule 3) is stated. */
  readonly rulesHref: string | null;
}

const order = (activity: (typeof progressionActivities)[number]) => progressionActivities.indexOf(activity);

/** A modification's placements in the order they start, activities in process order within a month. */
function chronological(m: Modification) {
  return [...(m.progression?.placements ?? [])].sort(
    (a, b) => ([...a.months].sort()[0] ?? '').localeCompare([...b.months].sort()[0] ?? '') || order(a.activity) - order(b.activity),
  );
}

export function progressionChart(register: Register, modifications: readonly Modification[], id: string, title: string): ProgressionChartView {
  const withRows = modifications.filter((m) => m.progression !== null);
  const single = withRows.length === 1;
  const months = progressionMonths(register);
  const row = (m: Modification): GanttRowInput => ({
    id: m.id,
    label: single ? '' : m.id,
    placements: m.progression?.placements ?? [],
    originalDecisionDate: m.progression?.originalDecisionDate ?? null,
    originalAssessmentDueDate: m.progression?.originalAssessmentDueDate ?? null,
  });
  // Rows are grouped by Working Group in the register's order, as the status report colours
  // them; modifications the sources allocate to no Working Group come last.
  const groups: { label: string | null; modifications: Modification[] }[] = single
    ? [{ label: null, modifications: withRows }]
    : [
        ...register.workingGroups.map((w) => ({ label: w.name, modifications: withRows.filter((m) => m.workingGroup?.group === w.id) })),
        { label: 'No Working Group stated', modifications: withRows.filter((m) => !m.workingGroup) },
      ].filter((g) => g.modifications.length > 0);
  const ganttGroups: GanttGroupInput[] = groups.map((g) => ({ label: g.label, rows: g.modifications.map(row) }));
  const layout = ganttLayout({ groups: ganttGroups, months, asOf: register.asOf });

  const placements = withRows.flatMap((m) => m.progression?.placements ?? []);
  const inferred = placements.filter((p) => p.placement === 'inferred').length;
  const stated = placements.length - inferred;
  const used = new Set(layout.groups.flatMap((g) => g.rows.flatMap((r) => r.bars.map((b) => b.label))));
  const only = single ? withRows[0] : undefined;
  // On a modification's page each placement gives its basis. Many placements share one basis
  // (the placement rules apply to row after row), so each distinct basis is written once, in a
  // numbered list under the table, and the table refers to it by number.
  const bases = only?.progression ? [...new Set(only.progression.placements.map((p) => p.basis))] : [];
  const whose = only ? `${only.id}'s row` : `${withRows.length} rows`;
  // The sources the rows come from, named in the description so it says whose table this is.
  const tables = [...new Set(withRows.flatMap((m) => (m.progression?.sources ?? []).map((c) => register.source(c.source).title)))].join(' and ');
  const description =
    `${whose} of the progression table (${tables}) by month, ${formatMonth(months[0] as string)} to ${formatMonth(months[months.length - 1] as string)}: ` +
    `${stated} placement${stated === 1 ? '' : 's'} stated by the sources (solid bars), ${inferred} inferred by the register (dashed outlines); a line marks ${formatDay(register.asOf)}, the as-of date.`;
  // Rows whose inferred future is the same, month for month: the placement rules applied row
  // after row, which a reader must not take for a timetable the report gives.
  const asOfMonth = register.asOf.slice(0, 7);
  const futures = new Map<string, { words: string; rows: string[] }>();
  for (const m of single ? [] : withRows) {
    const ahead = chronological(m).filter((p) => p.placement === 'inferred' && p.months.every((month) => month > asOfMonth));
    if (ahead.length === 0) continue;
    const key = ahead.map((p) => `${p.activity}:${p.months.join(',')}`).join('|');
    const words = ahead.map((p) => `${progressionActivityLabels[p.activity]} in ${p.months.map(formatMonth).join(' and ')}`);
    const entry = futures.get(key) ?? { words: words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : (words[0] as string), rows: [] };
    entry.rows.push(m.id);
    futures.set(key, entry);
  }
  const shared = [...futures.values()].sort((a, b) => b.rows.length - a.rows.length)[0];

  return {
    id,
    title,
    single,
    drawn: withRows.length > 0,
    svg: withRows.length > 0 ? ganttSvg(layout, { id, title, description }) : '',
    decisionsKnown: withRows.filter((m) => m.progression?.originalDecisionDate).length,
    dueKnown: withRows.filter((m) => m.progression?.originalAssessmentDueDate).length,
    rowCount: withRows.length,
    abbreviations: barAbbreviations.filter((a) => used.has(a.short)).map((a) => `${a.short}: ${a.long}`).join('; '),
    originalDecision: only?.progression?.originalDecisionDate ?? null,
    originalAssessment: only?.progression?.originalAssessmentDueDate ?? null,
    groups: groups.map((g) => ({
      label: g.label,
      rows: g.modifications.flatMap((m) =>
        chronological(m).map((p) => ({
          modification: m.id,
          href: urls.modification(m.id),
          activity: progressionActivityLabels[p.activity],
          monthsHtml: monthSpanHtml(p.months),
          placement: p.placement,
          basis: bases.indexOf(p.basis) + 1,
        })),
      ),
    })),
    bases,
    basesHtml: bases.map((b) => {
      const rules = only?.progression?.sources[0] ? placementRulesNote(register, only.progression.sources[0].source) : null;
      return basisHtml(b, rules?.href ?? null);
    }),
    stated,
    inferred,
    sharedFuture: shared && shared.rows.length > 1 ? { count: shared.rows.length, words: shared.words } : null,
    rulesHref: (() => {
      const source = withRows[0]?.progression?.sources[0]?.source;
      return source ? (placementRulesNote(register, source)?.href(3) ?? null) : null;
    })(),
  };
}
