/**
 * The register's entries as one list of typed entities (a modification, a release, a version,
 * a working group, a document, a meeting), so that questions asked of every entry alike, such
 * as who cites a source or where the sources disagree, are answered in one place. The render
 * layer turns an entity into its address and its title.
 */
import { memoize } from '../domain/memo';
import { compareDotted } from '../domain/numbering';
import { citationsIn } from '../schemas/citations';
import type { Document, Meeting, Modification, Register, Release, Version, WorkingGroup } from './types';

/** An entry of the register, tagged with its kind. */
export type Entity =
  | { readonly type: 'modification'; readonly item: Modification }
  | { readonly type: 'release'; readonly item: Release }
  | { readonly type: 'version'; readonly item: Version }
  | { readonly type: 'working-group'; readonly item: WorkingGroup }
  | { readonly type: 'document'; readonly item: Document }
  | { readonly type: 'meeting'; readonly item: Meeting };

/** Every entry of the register, modifications first, in the register's orders. */
export const entities = memoize((register: Register): readonly Entity[] => [
  ...register.modifications.map((item) => ({ type: 'modification' as const, item })),
  ...register.releases.map((item) => ({ type: 'release' as const, item })),
  ...register.versions.map((item) => ({ type: 'version' as const, item })),
  ...register.workingGroups.map((item) => ({ type: 'working-group' as const, item })),
  ...register.documents.map((item) => ({ type: 'document' as const, item })),
  ...register.meetings.map((item) => ({ type: 'meeting' as const, item })),
]);

/** An entry that cites a source, and the sections of it that it cites. */
export interface Citer {
  readonly entity: Entity;
  readonly sections: readonly string[];
}

const citersBySource = memoize((register: Register) => {
  const bySource = new Map<string, Citer[]>();
  for (const entity of entities(register)) {
    const cited = new Map<string, Set<string>>();
    for (const { citation } of citationsIn(entity.item)) {
      const sections = cited.get(citation.source) ?? new Set<string>();
      sections.add(citation.section);
      cited.set(citation.source, sections);
    }
    for (const [source, sections] of cited) {
      const list = bySource.get(source) ?? [];
      list.push({ entity, sections: [...sections].sort(compareDotted) });
      bySource.set(source, list);
    }
  }
  return bySource;
});

/** Every entry that cites a source, with the sections it cites; for the source's own page. */
export function citersOf(register: Register, source: string): readonly Citer[] {
  return citersBySource(register).get(source) ?? [];
}

/** A recorded disagreement between sources, with the entry it belongs to. */
export interface PlacedDiscrepancy {
  readonly entity: Entity;
  readonly discrepancy: Modification['discrepancies'][number];
}

/** Every place the sources disagree, across the register. */
export function allDiscrepancies(register: Register): PlacedDiscrepancy[] {
  return entities(register).flatMap((entity) =>
    'discrepancies' in entity.item ? entity.item.discrepancies.map((discrepancy) => ({ entity, discrepancy })) : [],
  );
}

