/**
 * What a release's contents table says of one document or system for one modification, kept
 * apart from what it does not say. The table lists each modification's potentially impacted
 * documents, and its systems as a list, as "TBC", or not at all; a system the table does not
 * list for a modification whose systems are "TBC" or blank is unknown, never "not impacted".
 */
import { impactsOf } from './relations';
import type { Document, Modification, Register } from './types';

/**
 * - `listed`: the release contents list it as potentially impacted;
 * - `not-listed`: they list the modification's impacts of that kind without it;
 * - `to-be-confirmed`: a system, where the release contents give the systems as "TBC";
 * - `not-stated`: a system, where the release contents leave the systems blank, or any
 *   document, where the modification has no release contents at all.
 */
export type ImpactReading = 'listed' | 'not-listed' | 'to-be-confirmed' | 'not-stated';

/** What the release contents say of a document or system for a modification. */
export function impactReading(m: Modification, document: Pick<Document, 'id' | 'type'>): ImpactReading {
  if (!m.targetRelease) return 'not-stated';
  const { documents, systems } = impactsOf(m);
  if (documents.includes(document.id) || (Array.isArray(systems) && systems.includes(document.id))) return 'listed';
  if (document.type !== 'system') return 'not-listed';
  if (systems === 'TBC') return 'to-be-confirmed';
  if (systems === null) return 'not-stated';
  return 'not-listed';
}

/** Whether a modification's systems are unknown: "TBC" or left blank in its release contents. */
export function systemsUnknown(m: Modification): 'to-be-confirmed' | 'not-stated' | null {
  if (!m.targetRelease) return null;
  if (m.targetRelease.impactedSystems === 'TBC') return 'to-be-confirmed';
  if (m.targetRelease.impactedSystems === null) return 'not-stated';
  return null;
}

/**
 * For a system, the modifications whose release contents leave their systems unknown: whether
 * they impact it is unknown too, and a page listing what impacts it must say so.
 */
export function unknownForSystem(register: Register, document: Pick<Document, 'type'>): { readonly toBeConfirmed: Modification[]; readonly notStated: Modification[] } {
  if (document.type !== 'system') return { toBeConfirmed: [], notStated: [] };
  return {
    toBeConfirmed: register.modifications.filter((m) => systemsUnknown(m) === 'to-be-confirmed'),
    notStated: register.modifications.filter((m) => systemsUnknown(m) === 'not-stated'),
  };
}
