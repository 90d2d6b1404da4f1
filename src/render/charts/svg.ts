/**
 * What every chart of the register shares: SVG drawn at build time.
 *
 * Each chart is computed in two steps: a layout (plain data: what goes where, which tests check
 * against the content) and an SVG string drawn from that layout. Nothing here knows about
 * Astro or the register; pages pass in plain rows and values.
 *
 * Colours never appear in the markup: every shape carries a class that `src/styles/charts.css`
 * paints with the theme's CSS variables, so the charts follow the light and dark themes and
 * print in black on white. Text is painted with `var(--fg)` by the stylesheet. Every chart has
 * a `<title>` and a `<desc>` named by `aria-labelledby`, and `role="img"`, because the data
 * itself is given to assistive technology by the HTML table each page puts beside the chart.
 */
import { escapeHtml } from '../escape';

const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "Mar" for `2016-03`. */
export function monthAbbreviation(month: string): string {
  return MONTH_ABBREVIATIONS[Number(month.slice(5, 7)) - 1] ?? month;
}

/**
 * A rough width of a text in the chart's font, in user units. The build has no font metrics, so
 * labels are only placed where this generous estimate says they fit; a label that does not fit
 * is shortened or left out, and the table beside the chart always carries the full words.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += ch === ' ' ? 0.3 : /[A-Z0-9]/.test(ch) ? 0.68 : 0.56;
  return em * fontSize;
}

/** Rounds a number for SVG coordinates: at most one decimal, so the markup stays short. */
export function r(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** The opening of a chart's `<svg>`, with its accessible title and description. */
export function svgOpen(kind: string, id: string, width: number, height: number, title: string, description: string): string {
  return (
    `<svg class="chart ${kind}" id="${id}" viewBox="0 0 ${r(width)} ${r(height)}" width="${r(width)}" height="${r(height)}" role="img" aria-labelledby="${id}-t ${id}-d">` +
    `<title id="${id}-t">${escapeHtml(title)}</title><desc id="${id}-d">${escapeHtml(description)}</desc>`
  );
}

/** What every chart's SVG needs besides its data: an id unique on the page, a title and a description. */
export interface ChartText {
  /** The `id` of the `<svg>`; its title and description get `-t` and `-d` appended. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
}


/** A rectangle of a chart, in user units. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
