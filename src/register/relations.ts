/**
 * How entries relate: the modifications of a working group or a release, the documents a
 * modification impacts, the versions that changed a document, and modifications related to
 * each other. Every relation is stated once in content and read both ways here.
 */
import { memoize } from '../domain/memo';
import type { Document, Modification, Register, Release, CitedSource } from './types';

/** The modifications allocated, or proposed for allocation, to a working group. */
export function allocatedTo(register: Register, workingGroup: string): Modification[] {
  return register.modifications.filter((m) => m.workingGroup?.group === workingGroup);
}

/** A modification planned for a release, with the release's status note for it. */
export interface PlannedModification {
  readonly modification: Modification;
  readonly status: string;
  readonly sources: readonly CitedSource[];
}

/**
 * The modifications a release would carry, in number order, each with the release's status
 * note that its row of the contents table gives. Derived from each modification's
 * `targetRelease`: a release does not list its contents itself.
 */
export function plannedFor(register: Register, release: Release): PlannedModification[] {
  const notes = new Map(release.statusNotes.map((note) => [note.id, note]));
  return targeting(register, release.id).map((modification) => {
    // The integrity checks make sure the note exists; an unknown note reads as no note.
    const note = notes.get(modification.targetRelease?.status ?? '');
    return { modification, status: note?.text ?? '', sources: note?.sources ?? [] };
  });
}

/** A release's status notes, each with the modifications whose rows carry it, in number order. */
export function statusGroups(register: Register, release: Release) {
  const planned = targeting(register, release.id);
  return release.statusNotes
    .map((note) => ({ note, modifications: planned.filter((m) => m.targetRelease?.status === note.id) }))
    .filter((group) => group.modifications.length > 0);
}

/** The modifications that name a release as their target, in number order. */
export function targeting(register: Register, release: string): Modification[] {
  return register.modifications.filter((m) => m.targetRelease?.release === release);
}

/** The documents and systems a modification's target release lists for it. */
export function impactsOf(m: Modification): { documents: readonly string[]; systems: readonly string[] | 'TBC' | null } {
  if (!m.targetRelease) return { documents: [], systems: null };
  return { documents: m.targetRelease.impactedDocuments, systems: m.targetRelease.impactedSystems };
}

/** Whether a modification's release contents name a document or system as impacted. */
export function impacts(m: Modification, document: string): boolean {
  const { documents, systems } = impactsOf(m);
  return documents.includes(document) || (Array.isArray(systems) && systems.includes(document));
}

const byDocument = memoize((register: Register) => {
  const impactedBy = new Map<string, Modification[]>();
  const namedWith = new Map<string, Modification[]>();
  const add = (map: Map<string, Modification[]>, id: string, m: Modification) => {
    const list = map.get(id);
    if (!list) map.set(id, [m]);
    else if (list[list.length - 1] !== m) list.push(m);
  };
  for (const m of register.modifications) {
    const { documents, systems } = impactsOf(m);
    const impacted = new Set([...documents, ...(Array.isArray(systems) ? systems : [])]);
    for (const id of impacted) add(impactedBy, id, m);
    const named = [...m.mentions, ...m.events.flatMap((e) => e.documents), ...m.plans.flatMap((p) => p.documents)];
    for (const id of named) if (!impacted.has(id)) add(namedWith, id, m);
  }
  return { impactedBy, namedWith };
});

/** The modifications whose release contents name a document or system as impacted. */
export function impacting(register: Register, document: string): Modification[] {
  return byDocument(register).impactedBy.get(document) ?? [];
}

/** The modifications the sources name a document with, beyond release impacts. */
export function mentioning(register: Register, document: string): Modification[] {
  return byDocument(register).namedWith.get(document) ?? [];
}

/** The documents a release's modifications impact, in the register's document order. */
export function documentsImpactedBy(register: Register, modifications: readonly Modification[]): Document[] {
  return register.documents.filter((d) => modifications.some((m) => impacts(m, d.id)));
}

/** The versions that changed a document, newest first. */
export function versionsChanging(register: Register, document: string) {
  return register.versions.filter((v) => v.changes.some((c) => c.document === document));
}

/** A modification related to another, and why. */
export interface Relation {
  readonly modification: Modification;
  readonly reason: string;
  readonly sources: readonly CitedSource[];
}

const relationsStatedBy = memoize((register: Register) => {
  const reverse = new Map<string, Relation[]>();
  for (const other of register.modifications) {
    for (const r of other.related) {
      const list = reverse.get(r.modification) ?? [];
      list.push({ modification: other, reason: r.reason, sources: r.sources });
      reverse.set(r.modification, list);
    }
  }
  return reverse;
});

/** Related modifications, both ways: a relation stated in either file shows on both pages. */
export function relatedTo(register: Register, m: Modification): Relation[] {
  const stated = m.related.map((r) => ({ modification: register.modification(r.modification), reason: r.reason, sources: r.sources }));
  const reverse = (relationsStatedBy(register).get(m.id) ?? []).filter((r) => !m.related.some((own) => own.modification === r.modification.id));
  return [...stated, ...reverse].sort((a, b) => a.modification.number - b.modification.number);
}
