/**
 * Small pieces of HTML built as strings. Tables with thousands of rows (the register, its
 * views, monthly reports) render each cell through these functions instead of an Astro
 * component per cell: the output is the same, and the build does a fraction of the work.
 * The components for single uses (`PhaseBadge.astro`, `DateText.astro`) call them too, so
 * there is one way each piece is written.
 */
import { formatDay, formatMonth, isDay, sourceDate, type SourceDate } from './dates';
import { phaseLabels, stageLabels, type PhaseState } from './phases';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** A phase badge: "Refinement · DCC Impact Assessment · on hold". */
export function phaseBadgeHtml(state: PhaseState | null): string {
  if (!state) return '<span class="phase">Not on record</span>';
  const stage = state.stage ? ` · ${stageLabels[state.stage]}` : '';
  const hold = state.onHold ? ' · on hold' : '';
  return `<span class="phase phase-${state.phase}">${phaseLabels[state.phase]}${stage}${hold}</span>`;
}

function point(text: string): string {
  const words = isDay(text) ? formatDay(text) : formatMonth(text);
  return `<time datetime="${text}">${words}</time>`;
}

/**
 * A source date in words inside <time>: "27 October 2016", "October 2016", "by 9 November
 * 2016", "between October 2016 and 9 November 2016" (each end in its own <time>).
 */
export function dateHtml(date: SourceDate | string): string {
  const d = typeof date === 'string' ? sourceDate(date) : date;
  const [start, end] = d.text.split('/') as [string, string | undefined];
  if (end === undefined) return point(start);
  return start === '..' ? `by ${point(end)}` : `between ${point(start)} and ${point(end)}`;
}

/** A link. */
export function linkHtml(href: string, text: string): string {
  return `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}
