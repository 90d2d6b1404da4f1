/**
 * What the register infers is marked as inferred where a reader meets it, with the basis one
 * click (a link to the inferred event, whose entry gives the reasoning) or one hover (the
 * mark's title) away, in the HTML itself, so without JavaScript too. Checked for every phase
 * badge of a modification on every page of the built site, every inferred event in a history,
 * every step of the stage stepper and every bar of every progression chart.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { basisOn, currentBasis, type StateBasis } from '../../src/register/inference';
import { eventAnchor, urls } from '../../src/render/urls';
import { realRegister } from '../support/real-register';
import { contentPages, page, text } from '../support/site';

const register = realRegister();
const pages = contentPages.filter((p) => p.endsWith('/'));

/** The modification a badge is about: the row's first link to a modification, or the page's own. */
function badgeOwner(address: string, badge: HTMLElement): string | null {
  let el: HTMLElement | null = badge;
  while (el && el.tagName !== 'TR' && el.tagName !== 'LI' && el.tagName !== 'MAIN') el = el.parentNode as HTMLElement | null;
  const own = /^\/modifications\/(secmp\d{4})\/$/.exec(address)?.[1];
  if (!el || el.tagName === 'MAIN') return own ? own.toUpperCase() : null;
  const link = el.querySelectorAll('a').map((a) => /^\/modifications\/(secmp\d{4})\/$/.exec(a.getAttribute('href') ?? '')?.[1]).find(Boolean);
  return link ? link.toUpperCase() : own ? own.toUpperCase() : null;
}

/** What a badge on a page should rest on: the state on the report's cut-off on a report, today's elsewhere. */
function basisFor(address: string, id: string): StateBasis {
  const month = /^\/reports\/(\d{4}-\d{2})\/$/.exec(address)?.[1];
  if (!month) return currentBasis(register.modification(id));
  const day = page(address).querySelector('main .lede time:last-of-type')?.getAttribute('datetime') ?? register.asOf;
  return basisOn(register.knownOn(day).modification(id), day);
}

const badges = pages.flatMap((address) =>
  page(address)
    .querySelectorAll('main span.phase[data-phase]')
    // The stepper and a history's "→ phase" after each event are not where it stands: the event itself carries its mark.
    .filter((b) => !b.closest('.stepper') && !b.closest('ol.timeline'))
    .map((badge, i) => ({ address, i, badge, id: badgeOwner(address, badge) })),
);

describe('every phase badge of a modification', () => {
  it('there are badges, inferred and stated, on many pages', () => {
    expect(badges.length).toBeGreaterThan(100);
    expect(badges.filter((b) => b.badge.classList.contains('phase-inferred')).length).toBeGreaterThan(10);
    expect(new Set(badges.map((b) => b.address)).size).toBeGreaterThan(20);
  });

  it.each(badges.filter((b) => b.id !== null).map((b) => [`${b.address} badge ${b.i + 1} (${b.id})`, b] as const))('%s is marked inferred exactly when its state rests on an inference', (_, b) => {
    const basis = basisFor(b.address, b.id as string);
    const mark = b.badge.nextElementSibling?.classList.contains('inferred-mark') ? b.badge.nextElementSibling : null;
    if (basis.inferred.length === 0) {
      expect(mark, `${b.address}: ${b.id}'s badge is marked inferred, but nothing it shows is`).toBeNull();
      return;
    }
    expect(b.badge.classList.contains('phase-inferred')).toBe(true);
    expect(mark, `${b.address}: ${b.id}'s badge "${text(b.badge)}" is not marked inferred`).not.toBeNull();
    expect(text(mark)).toMatch(/^inferred/);
    // One hover away: the reasoning in the mark's title.
    expect(mark?.getAttribute('title') ?? '').toContain(basis.inferred[0]?.event.inferred ?? '');
    // One click away: the inferred event on the modification's page, which says it is inferred and why.
    const [path, fragment] = (mark?.getAttribute('href') ?? '').split('#');
    expect(path).toBe(urls.modification(b.id as string));
    const entry = page(path as string).querySelector(`#${fragment}`);
    expect(text(entry?.querySelector('.tag-inferred'))).toBe('Inferred');
  });
});

describe('every modification page', () => {
  const withHistory = register.modifications.filter((m) => m.history.length > 0);

  it.each(withHistory.map((m) => m.id))('%s marks each inferred event in its history, with the reasoning', (id) => {
    const m = register.modification(id);
    const root = page(urls.modification(id));
    m.history.forEach(({ event, index }) => {
      const entry = root.querySelector(`#${eventAnchor(index)}`);
      expect(entry, `${id} event ${index}`).not.toBeNull();
      const tag = entry?.querySelector('.tag-inferred');
      if (event.inferred) expect(text(tag?.parentNode)).toContain(event.inferred);
      else expect(tag).toBeNull();
    });
  });

  it.each(withHistory.map((m) => m.id))('%s has a stage stepper whose current step is marked inferred exactly when its phase is', (id) => {
    const root = page(urls.modification(id));
    const stepper = root.querySelector('ol.stepper');
    expect(stepper?.getAttribute('aria-label')).toContain(id);
    const current = stepper?.querySelectorAll('li[aria-current="step"]') ?? [];
    const basis = currentBasis(register.modification(id));
    expect(current.length).toBe(1);
    const phaseInferred = basis.inferred.some((p) => p.part === 'phase' || p.part === 'stage');
    expect(current[0]?.classList.contains('step-inferred')).toBe(phaseInferred);
    if (phaseInferred) expect(current[0]?.querySelector('a.inferred-mark')).not.toBeNull();
  });
});

describe('every progression chart', () => {
  const charts = pages.flatMap((address) => page(address).querySelectorAll('figure.progression-figure').map((figure) => ({ address, figure })));

  it('there are charts', () => expect(charts.length).toBeGreaterThan(5));

  it.each(charts.map((c) => [c.address, c] as const))('%s draws stated and inferred placements apart, with a legend and a stated-only switch', (_, { figure }) => {
    const bars = figure.querySelectorAll('svg .g-bar');
    const inferred = bars.filter((b) => b.classList.contains('g-inferred'));
    const stated = bars.filter((b) => b.classList.contains('g-stated'));
    expect(inferred.length + stated.length).toBe(bars.length);
    expect(text(figure.querySelector('.legend'))).toMatch(/Stated by the sources.*Inferred by the register/);
    // The table beside the chart says, row by row, which placements are inferred.
    const rows = figure.querySelectorAll('.progression-table tbody tr').filter((tr) => tr.querySelector('td'));
    const inferredRows = rows.filter((tr) => tr.classList.contains('placement-row-inferred'));
    expect(inferredRows.length > 0).toBe(inferred.length > 0);
    for (const tr of inferredRows) expect(text(tr.querySelector('td.placement-inferred'))).toMatch(/^Inferred/);
    if (inferred.length > 0) expect(figure.querySelector('input.stated-only[type="checkbox"]')).not.toBeNull();
  });
});
