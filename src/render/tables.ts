/**
 * The rows of the register's big tables, written as one string each: a view of the register or
 * a monthly report can list thousands of modifications.
 */
import type { PhaseState } from '../domain/phases';
import { basisOn, currentBasis } from '../register/inference';
import type { Modification, Register } from '../register/types';
import { lastEvent } from '../register/timeline';
import { escapeHtml } from './escape';
import { dateHtml, groupOf, linkHtml, phaseBadgeHtml, workingGroupHtml } from './html';
import { urls } from './urls';

/** The register table's rows: number, short title, phase, working group, target release, last event. */
export function registerRowsHtml(register: Register, modifications: readonly Modification[]): string {
  return modifications
    .map((m) => {
      const release = m.targetRelease ? register.release(m.targetRelease.release) : null;
      const releaseCell = release ? linkHtml(urls.release(release.id), release.name.replace(' SEC Release', '')) : '<span class="unknown">Not stated</span>';
      return (
        `<tr><td data-label="Number">${linkHtml(urls.modification(m.id), m.id)}</td><td data-label="Short title">${escapeHtml(m.shortTitle)}</td>` +
        `<td data-label="Phase">${phaseBadgeHtml(m.state, { modification: m, basis: currentBasis(m) })}</td>` +
        `<td data-label="Working group">${workingGroupHtml(groupOf(register, m), m.workingGroup?.allocation)}</td><td data-label="Target release">${releaseCell}</td>` +
        `<td data-label="Last event">${dateHtml(lastEvent(m).date)}</td></tr>`
      );
    })
    .join('');
}

/** A monthly report's rows: number, short title, the phase on the report's day, working group. */
export function snapshotRowsHtml(register: Register, modifications: readonly Modification[], states: ReadonlyMap<string, PhaseState | null>, day?: string): string {
  return modifications
    .map(
      (m) =>
        `<tr><td data-label="Number">${linkHtml(urls.modification(m.id), m.id)}</td><td data-label="Short title">${escapeHtml(m.shortTitle)}</td>` +
        `<td data-label="Phase that day">${phaseBadgeHtml(states.get(m.id) ?? null, day ? { modification: m, basis: basisOn(m, day) } : undefined)}</td>` +
        `<td data-label="Working group">${workingGroupHtml(groupOf(register, m), m.workingGroup?.allocation, false)}</td></tr>`,
    )
    .join('');
}
