/**
 * Small pieces of HTML built as strings. Tables with thousands of rows (the register, its
 * views, monthly reports) render each cell through these functions instead of an Astro
 * component per cell: the output is the same, and the build does a fraction of the work.
 * The components for single uses (`PhaseBadge.astro`, `DateText.astro`, `Cite.astro`) call
 * them too, so there is one way each piece is written.
 */
import { formatDay, formatMonth, isDay, sourceDate, type SourceDate } from '../domain/dates';
import type { PhaseState } from '../domain/phases';
import type { StateBasis } from '../register/inference';
import type { CitedSource, Modification, Register, WorkingGroup } from '../register/types';
import { asksToContactSecas, contactOf, type Contact } from './contact';
import { escapeHtml } from './escape';
import { eventAddress, urls } from './urls';
import { badgeWords, inferredPartsWords, meetingTitle } from './words';

/**
 * A phase badge: "Refinement · DCC Impact Assessment · on hold", coloured by its phase. Given
 * the basis of the state and the modification, a state that rests on the register's inference
 * is drawn with a dashed outline and followed by an "inferred" link to the event whose
 * inference it rests on: its basis is one hover (the link's title) or one click away, with or
 * without JavaScript.
 */
export function phaseBadgeHtml(state: PhaseState | null, basis?: { readonly modification: Modification; readonly basis: StateBasis }): string {
  if (!state) return `<span class="phase">${badgeWords(state)}</span>`;
  const inferred = basis?.basis.inferred ?? [];
  const badge = `<span class="phase${inferred.length ? ' phase-inferred' : ''}" data-phase="${state.phase}">${badgeWords(state)}</span>`;
  const first = inferred[0];
  if (!basis || !first) return badge;
  const what = inferredPartsWords(inferred.map((i) => i.part));
  const why = [...new Set(inferred.map((i) => i.event.inferred as string))].join(' ');
  return (
    `<span class="badge-group">${badge} <a class="inferred-mark" href="${eventAddress(basis.modification.id, first.index)}" title="${escapeHtml(`${what} inferred by the register: ${why}`)}">` +
    `inferred<span class="visually-hidden">: why the register infers the ${escapeHtml(what.toLowerCase())}</span></a></span>`
  );
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

/**
 * The sources of a fact: "Sources: SEC Update §4.3 (Table two); Modification Status Report §2".
 * Kept out of the search index: citations repeat on every page and say nothing to search for.
 */
export function citeHtml(sources: readonly CitedSource[], label = sources.length > 1 ? 'Sources' : 'Source'): string {
  const links = sources.map((c) => linkHtml(urls.sourceSection(c.source, c.section), c.label));
  return `<span class="cite" data-pagefind-ignore>${escapeHtml(label)}: ${links.join('; ')}</span>`;
}

/** "SECAS Helpdesk: +44 (0) 20 7090 7755, secas@gemserv.com", linked, with its citation. */
export function contactHtml(contact: Contact): string {
  const parts = [
    ...(contact.telephone ? [`<a href="tel:${contact.telephone.replace(/\(0\)/, '').replace(/[^+\d]/g, '')}">${escapeHtml(contact.telephone)}</a>`] : []),
    ...(contact.email ? [`<a href="mailto:${escapeHtml(contact.email)}">${escapeHtml(contact.email)}</a>`] : []),
  ];
  return `<span class="contact">${escapeHtml(contact.name)}: ${parts.join(', ')} ${citeHtml(contact.sources)}</span>`;
}

/** The contact details as a short paragraph after a text that tells the reader to contact SECAS, or `''`. */
export function contactAfterHtml(register: Register, text: string): string {
  if (!asksToContactSecas(text)) return '';
  const contact = contactOf(register);
  return contact ? `<p class="small">${contactHtml(contact)}</p>` : '';
}

/** Links to documents and systems by id, comma-separated. */
export function documentLinksHtml(register: Register, ids: readonly string[]): string {
  return ids.map((id) => linkHtml(urls.document(id), register.document(id).name)).join(', ');
}

/**
 * A cell of documents or systems, as the sources give it: links, "TBC (to be confirmed)", "Not
 * stated" or "None". An unknown is said in words, never left blank or read as "none".
 */
export function documentCellHtml(register: Register, ids: readonly string[] | 'TBC' | null): string {
  if (ids === 'TBC') return '<span class="unknown"><abbr title="To be confirmed">TBC</abbr> (to be confirmed)</span>';
  if (ids === null) return '<span class="unknown">Not stated</span>';
  if (ids.length === 0) return '<span class="unknown">None</span>';
  return documentLinksHtml(register, ids);
}

/** One entry of a timeline: an event that happened, or a step still planned. */
export interface TimelineItem {
  /** The fragment id of the entry, if it has one. */
  readonly id?: string;
  readonly date: SourceDate | null;
  /** What happened, e.g. "Panel approved Refinement". */
  readonly label: string;
  /** The state the entry moved the modification to, where it changed. */
  readonly newState?: PhaseState | null;
  readonly planned: boolean;
  /** A planned step's status in words where it is not simply planned: "Outcome not yet recorded". */
  readonly status?: string | undefined;
  readonly detail: string;
  readonly meeting?: string | undefined;
  readonly documents: readonly string[];
  readonly inferred?: string | undefined;
  readonly sources: readonly CitedSource[];
}

/** "Meeting: Working Group 1, 27 October 2016", linked to the meeting. */
function meetingHtml(register: Register, id: string): string {
  const meeting = register.meeting(id);
  return `<p class="small">Meeting: <a href="${urls.meeting(id)}">${escapeHtml(meetingTitle(meeting))}, ${dateHtml(meeting.parsedDate)}</a></p>`;
}

/**
 * A timeline of events or plans as one list. Written as a string: a modification's history
 * is the longest part of its page, and the page is built thousands of times.
 */
export function timelineHtml(register: Register, items: readonly TimelineItem[]): string {
  const entries = items.map((item) => {
    const when = item.date ? dateHtml(item.date) : 'Date not given';
    const state = item.newState !== undefined ? ` → ${phaseBadgeHtml(item.newState)}` : '';
    const planned = item.planned ? ` <span class="tag${item.status ? ' tag-unrecorded' : ''}">${escapeHtml(item.status ?? 'Planned')}</span>` : '';
    const meeting = item.meeting ? meetingHtml(register, item.meeting) : '';
    const documents = item.documents.length ? `<p class="small">Concerns: ${documentLinksHtml(register, item.documents)}</p>` : '';
    const inferred = item.inferred ? `<p class="small"><span class="tag tag-inferred">Inferred</span> ${escapeHtml(item.inferred)}</p>` : '';
    return (
      `<li${item.id ? ` id="${item.id}"` : ''}${item.planned ? ' class="planned"' : ''}>` +
      `<p><span class="when">${when}</span>: <strong>${escapeHtml(item.label)}</strong>${state}${planned}</p>` +
      `<p>${escapeHtml(item.detail)} ${citeHtml(item.sources)}</p>${contactAfterHtml(register, item.detail)}${meeting}${documents}${inferred}</li>`
    );
  });
  return `<ol class="timeline">${entries.join('')}</ol>`;
}

/** A modification's working group as a table cell's content: a link, or "Not stated". */
export function workingGroupHtml(group: WorkingGroup | null, allocation: string | undefined, markProposed = true): string {
  if (!group) return '<span class="unknown">Not stated</span>';
  const link = linkHtml(urls.workingGroup(group.id), group.abbreviation);
  return markProposed && allocation === 'proposed' ? `${link} (proposed)` : link;
}

/** The working group a modification is allocated to, or `null`. */
export function groupOf(register: Register, m: Modification): WorkingGroup | null {
  return m.workingGroup ? register.workingGroup(m.workingGroup.group) : null;
}

/** A list of modification numbers, each linked to its page: "SECMP0002, SECMP0005". */
export function modificationLinksHtml(ids: readonly string[], separator = ', '): string {
  return ids.map((id) => linkHtml(urls.modification(id), id)).join(separator);
}

/** A text with every modification number it names ("SECMP0023") linked to that modification's page. */
export function textWithModificationLinksHtml(text: string): string {
  return escapeHtml(text).replace(/\bSECMP\d{4}\b/g, (id) => linkHtml(urls.modification(id), id));
}
