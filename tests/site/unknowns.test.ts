/**
 * Unknown is never shown as "no". Every value the content records as unknown (a `null`, a
 * release contents cell given as "TBC" or left blank, a date the report marks only by colour)
 * is found on every page of the built site that shows it, and each must read as unknown, in
 * words: never blank, "no", "none", "not impacted" or a dash. The list of unknowns comes from
 * the content, so a new unknown is checked the day it is added.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { systemsUnknown } from '../../src/register/impacts';
import type { Modification } from '../../src/register/types';
import { urls } from '../../src/render/urls';
import { realRegister } from '../support/real-register';
import { contentPages, page, text } from '../support/site';

const register = realRegister();

/** What a negative looks like in a cell or a value: the words or marks that say "no". */
const NEGATIVE = /^(?:no|none|nil|not impacted|not applicable|n\/a|[-–—✗×]|false|0)$/i;
/** What an unknown looks like: words that say the sources do not say, or the sources' own "TBC". */
const UNKNOWN = /not stated|unknown|to be confirmed|\bTBC\b|no full title in the sources|no release given in the sources|does not name|the sources give only|use only the abbreviation/i;

/** The `<dd>` of a fact list entry on a page, found by its `<dt>`. */
function fact(root: HTMLElement, term: string): HTMLElement | null {
  const dt = root.querySelectorAll('dl.facts dt').find((d) => text(d) === term);
  let next = dt?.nextElementSibling ?? null;
  while (next && next.tagName !== 'DD') next = next.nextElementSibling;
  return next;
}

/** Each unknown the content records, with where a reader meets it and what it must read as there. */
interface Unknown {
  readonly what: string;
  readonly address: string;
  /** The text a reader sees for the value. */
  readonly shown: () => string;
}

const modificationUnknowns = (m: Modification): Unknown[] => {
  const root = () => page(urls.modification(m.id));
  const dd = (term: string) => () => text(fact(root(), term));
  const list: Unknown[] = [];
  if (m.proposer === null) list.push({ what: `${m.id} proposer`, address: urls.modification(m.id), shown: dd('Proposer') });
  if (m.governance === null) list.push({ what: `${m.id} governance path`, address: urls.modification(m.id), shown: dd('Governance path') });
  if (m.workingGroup === null) list.push({ what: `${m.id} working group`, address: urls.modification(m.id), shown: dd('Working group') });
  if (m.targetRelease === null) {
    list.push({ what: `${m.id} target release`, address: urls.modification(m.id), shown: dd('Target release') });
    // The register's table gives every modification's target release.
    list.push({
      what: `${m.id} target release in the register`,
      address: urls.modifications(),
      shown: () => text(page(urls.modifications()).querySelectorAll('main table tbody tr').find((tr) => text(tr.querySelector('td')) === m.id)?.querySelectorAll('td')[4]),
    });
  }
  if (m.title === null) list.push({ what: `${m.id} full title`, address: urls.modification(m.id), shown: () => text(root().querySelector('.subtitle')) });
  const systems = systemsUnknown(m);
  if (systems && m.targetRelease) {
    const release = urls.release(m.targetRelease.release);
    list.push({ what: `${m.id} impacted systems`, address: urls.modification(m.id), shown: dd('Impacted systems') });
    list.push({
      what: `${m.id} systems in the release's table`,
      address: release,
      shown: () => text(page(release).querySelectorAll('main table:not(.matrix) tbody tr').find((tr) => text(tr.querySelector('td')) === m.id)?.querySelectorAll('td')[4]),
    });
    // Every system row of the impact matrix, in this modification's column.
    const matrix = () => page(release).querySelector('table.matrix') as HTMLElement;
    const column = () => matrix().querySelectorAll('thead th').findIndex((th) => text(th) === m.id);
    const systemRows = () => matrix().querySelectorAll('tbody tr').filter((tr) => /\(system\)$|^Systems$/.test(text(tr.querySelector('th'))));
    list.push({ what: `${m.id} has system rows in the matrix`, address: release, shown: () => (systemRows().length > 0 ? 'TBC' : 'no system row') });
    for (const [i] of systemRows().entries()) {
      list.push({
        what: `${m.id} in system row ${i + 1} of the impact matrix`,
        address: release,
        shown: () => text(systemRows()[i]?.querySelectorAll('th, td')[column()]),
      });
    }
    // A search for a system's impacts can find it, under its unknown.
    list.push({
      what: `${m.id} search filter`,
      address: urls.modification(m.id),
      shown: () =>
        root()
          .querySelectorAll('[data-pagefind-filter^="document:"]')
          .map((e) => (e.getAttribute('data-pagefind-filter') ?? '').slice('document:'.length))
          .filter((v) => /^Systems /.test(v))
          .join(', ') || 'none',
    });
    // Every system's page says whether it is impacted is unknown for this modification.
    for (const d of register.documents.filter((x) => x.type === 'system')) {
      list.push({
        what: `${m.id} on the page of ${d.name}`,
        address: urls.document(d.id),
        shown: () => {
          const callout = page(urls.document(d.id)).querySelectorAll('main .callout').find((c) => /unknown/.test(text(c)));
          return callout?.querySelector(`a[href="${urls.modification(m.id)}"]`) ? text(callout) : 'not mentioned';
        },
      });
    }
  }
  if (m.progression) {
    const progression = () => text(root().querySelector('#progression')?.parentNode?.parentNode);
    if (m.progression.originalDecisionDate === null) {
      list.push({ what: `${m.id} original decision date`, address: urls.modification(m.id), shown: () => /decision date \(the report’s yellow box\): (\w+)/.exec(progression())?.[1] ?? 'not shown' });
    }
    if (m.progression.originalAssessmentDueDate === null) {
      list.push({ what: `${m.id} original PA/IA due date`, address: urls.modification(m.id), shown: () => /PA\/IA due date \(red box\): (\w+)/.exec(progression())?.[1] ?? 'not shown' });
    }
  }
  return list;
};

const unknowns: Unknown[] = [
  ...register.modifications.flatMap(modificationUnknowns),
  ...register.versions.flatMap((v) =>
    v.designatedBy === null ? [{ what: `SEC ${v.id} designated by`, address: urls.version(v.id), shown: () => text(fact(page(urls.version(v.id)), 'Designated by')) }] : [],
  ),
  ...register.documents.flatMap((d) =>
    d.fullName === null ? [{ what: `${d.name} full name`, address: urls.document(d.id), shown: () => text(fact(page(urls.document(d.id)), 'Full name')) }] : [],
  ),
  ...register.sources.flatMap((s) => [
    ...(s.audience === null ? [{ what: `${s.id} audience`, address: urls.source(s.id), shown: () => text(fact(page(urls.source(s.id)), 'For')) }] : []),
  ]),
];

describe('every unknown in the content', () => {
  it('there are unknowns to check, of every kind the content has', () => {
    expect(unknowns.length).toBeGreaterThan(50);
    expect(unknowns.some((u) => u.what.includes('impact matrix'))).toBe(true);
    expect(unknowns.some((u) => u.what.endsWith('search filter'))).toBe(true);
  });

  it.each(unknowns.map((u) => [u.what, u] as const))('%s reads as unknown, not as "no"', (_, u) => {
    const shown = u.shown();
    expect(shown, `${u.address}: ${u.what} reads "${shown}"`).not.toMatch(NEGATIVE);
    expect(shown.trim(), `${u.address}: ${u.what} is blank`).not.toBe('');
    expect(shown, `${u.address}: ${u.what} reads "${shown}"`).toMatch(UNKNOWN);
  });
});

describe('no page', () => {
  const pages = contentPages.filter((p) => p.endsWith('/') || p.endsWith('.html'));

  it.each(pages)('%s says "not impacted", or "no" in a cell, where the sources say nothing', (address) => {
    const root = page(address);
    expect(text(root.querySelector('main'))).not.toMatch(/not impacted/i);
    // A table cell that says only "no" (even to a screen reader) is a negative the sources never give.
    const noes = root.querySelectorAll('main td').filter((td) => /^no$/i.test(text(td)));
    expect(noes.map((td) => td.toString())).toEqual([]);
  });
});
