/**
 * Stacked bars: open modifications by phase over time, one bar per month. Laid out as plain
 * data first (which tests check against the content), then drawn as SVG.
 */
import { escapeHtml } from '../escape';
import { r, svgOpen, type Box, type ChartText } from './svg';

/** One series of a stacked bar chart, such as one phase. */
export interface StackSeries {
  /** A stable key, drawn as `data-series`. */
  readonly key: string;
  readonly label: string;
  /** The phase whose colour paints the series, drawn as `data-phase` (the stylesheet's one key for phase colours). */
  readonly phase: string;
  /** Whether to hatch the series, to tell it apart from a neighbour of the same colour. */
  readonly hatched?: boolean;
}

/** One bar: a category (such as a month) with its label. */
export interface StackCategory {
  /** A stable key, drawn as `data-category`. */
  readonly key: string;
  /** The first line under the bar, e.g. "Nov". */
  readonly label: string;
  /** The second line under the bar, e.g. "2016"; empty for none. */
  readonly sublabel: string;
}

export interface StackedBarInput {
  readonly categories: readonly StackCategory[];
  readonly series: readonly StackSeries[];
  /** `values[category][series]`: the count of each series in each category. */
  readonly values: readonly (readonly number[])[];
}

export interface StackedSegment {
  readonly series: string;
  readonly value: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface StackedBar {
  readonly category: string;
  readonly total: number;
  readonly x: number;
  readonly width: number;
  /** Bottom to top, in series order; series with no value have no segment. */
  readonly segments: readonly StackedSegment[];
}

export interface StackedBarLayout extends Pick<Box, 'width' | 'height'> {
  readonly left: number;
  readonly top: number;
  /** The y of the baseline (zero). */
  readonly baseline: number;
  /** The value at the top of the value axis. */
  readonly max: number;
  /** The values with a grid line and a label. */
  readonly ticks: readonly number[];
  readonly bars: readonly StackedBar[];
}

const STACK = { left: 34, top: 18, plot: 220, axis: 34, right: 8, maxSlot: 104, minSlot: 22, width: 720, fontSize: 11 } as const;

/** The step between value-axis labels: 1, 2 or 5 times a power of ten, at most five steps to `max`. */
export function tickStep(max: number): number {
  for (let power = 1; ; power *= 10) {
    for (const step of [1, 2, 5]) if (max / (step * power) <= 5) return step * power;
  }
}

/** Lays out a stacked bar chart: one bar per category, one segment per series with a value. */
export function stackedBarLayout(input: StackedBarInput): StackedBarLayout {
  const n = Math.max(1, input.categories.length);
  const slot = Math.max(STACK.minSlot, Math.min(STACK.maxSlot, (STACK.width - STACK.left - STACK.right) / n));
  const totals = input.values.map((v) => v.reduce((a, b) => a + b, 0));
  const step = tickStep(Math.max(1, ...totals));
  const max = Math.max(step, Math.ceil(Math.max(1, ...totals) / step) * step);
  const ticks: number[] = [];
  for (let t = 0; t <= max; t += step) ticks.push(t);
  const baseline = STACK.top + STACK.plot;
  const scale = STACK.plot / max;
  const barWidth = slot * 0.64;
  const bars = input.categories.map((category, i): StackedBar => {
    const values = input.values[i] ?? [];
    const x = STACK.left + i * slot + (slot - barWidth) / 2;
    let y = baseline;
    const segments = input.series.flatMap((series, s): StackedSegment[] => {
      const value = values[s] ?? 0;
      if (value <= 0) return [];
      const height = value * scale;
      y -= height;
      return [{ series: series.key, value, x, y, width: barWidth, height }];
    });
    return { category: category.key, total: totals[i] ?? 0, x, width: barWidth, segments };
  });
  return { width: STACK.left + n * slot + STACK.right, height: baseline + STACK.axis, left: STACK.left, top: STACK.top, baseline, max, ticks, bars };
}

/**
 * Draws a stacked bar layout as SVG. Each segment is a `<g>` with `data-category`,
 * `data-series` and `data-value`; its count is written inside it where it fits, and each bar's
 * total above it.
 */
export function stackedBarSvg(layout: StackedBarLayout, input: StackedBarInput, text: ChartText): string {
  const { left, baseline } = layout;
  const right = layout.width - STACK.right;
  const scale = (baseline - layout.top) / layout.max;
  const out: string[] = [svgOpen('stacked', text.id, layout.width, layout.height, text.title, text.description)];
  const hatched = input.series.filter((s) => s.hatched);
  if (hatched.length > 0) {
    const patterns = hatched.map(
      (s) => `<pattern id="${text.id}-${s.key}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><path class="b-hatch" d="M0 0V6"/></pattern>`,
    );
    out.push(`<defs>${patterns.join('')}</defs>`);
  }
  const grid = layout.ticks.map((t) => `M${left} ${r(baseline - t * scale)}H${r(right)}`).join('');
  out.push(`<path class="b-grid" d="${grid}"/>`);
  out.push(`<g class="b-ticks" text-anchor="end">${layout.ticks.map((t) => `<text x="${left - 5}" y="${r(baseline - t * scale + 4)}">${t}</text>`).join('')}</g>`);
  const byKey = new Map(input.series.map((s) => [s.key, s]));
  layout.bars.forEach((bar, i) => {
    const category = input.categories[i] as StackCategory;
    const cx = r(bar.x + bar.width / 2);
    const segments = bar.segments.map((seg) => {
      const series = byKey.get(seg.series) as StackSeries;
      const rect = `<rect x="${r(seg.x)}" y="${r(seg.y)}" width="${r(seg.width)}" height="${r(seg.height)}"/>`;
      const hatch = series.hatched ? `<rect class="b-hatched" x="${r(seg.x)}" y="${r(seg.y)}" width="${r(seg.width)}" height="${r(seg.height)}" fill="url(#${text.id}-${series.key})"/>` : '';
      const value = seg.height >= STACK.fontSize + 2 ? `<text x="${cx}" y="${r(seg.y + seg.height / 2 + 4)}">${seg.value}</text>` : '';
      return `<g class="b-seg" data-phase="${series.phase}" data-category="${escapeHtml(bar.category)}" data-series="${escapeHtml(seg.series)}" data-value="${seg.value}">${rect}${hatch}${value}</g>`;
    });
    const total = `<text class="b-total" x="${cx}" y="${r(baseline - bar.total * scale - 5)}">${bar.total}</text>`;
    const labels = `<text class="b-cat" x="${cx}" y="${baseline + 15}">${escapeHtml(category.label)}</text>${category.sublabel ? `<text class="b-cat" x="${cx}" y="${baseline + 29}">${escapeHtml(category.sublabel)}</text>` : ''}`;
    out.push(`<g class="b-bar" data-category="${escapeHtml(bar.category)}" data-total="${bar.total}" text-anchor="middle">${segments.join('')}${total}${labels}</g>`);
  });
  out.push(`<path class="b-axis" d="M${left} ${baseline}H${r(right)}"/>`);
  out.push('</svg>');
  return out.join('');
}
