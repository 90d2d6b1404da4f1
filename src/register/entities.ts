/**
 * The register's entries as one list of typed entities (a modification, a release, a version,
 * a working group, a document, a meeting), so that questions asked of every entry alike, such
 * as who cites a source or where the sources disagree, are answered in one place. The render
 * layer turns an entity into its address and its title.
 */
import { modificationIdsIn } from '../domain/ids';
import { memoize } from '../domain/memo';
import { compareDotted } from '../domain/numbering';
import { citationsIn } from '../schemas/citations';
import type { CitedSource, Document, Meeting, Modification, Register, Release, Version, WorkingGroup } from './types';

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


/** What another entry states about a modification: its words, and where they are stated. */
export interface Statement {
  /** The entry that states it. */
  readonly entity: Entity;
  /** What it says of the modification: "Status in the release contents", "On the agenda", "Note". */
  readonly role: 'release-status' | 'release-scope' | 'agenda' | 'held' | 'not-held' | 'note' | 'change' | 'summary';
  readonly text: string;
  readonly sources: readonly CitedSource[];
}

/** The fields of a cited object whose words a statement can be, and the role each plays. */
const STATED_FIELDS: readonly [string, Statement['role']][] = [
  ['item', 'agenda'],
  ['detail', 'note'],
  ['reason', 'note'],
  ['text', 'note'],
  ['summary', 'summary'],
];

/** Every cited passage of an entry that names a modification (`SECMP0023`), with the ids it names. */
function* namingPassages(value: unknown, role: Statement['role'] | null, inherited: readonly CitedSource[] | null): Generator<{ role: Statement['role']; text: string; sources: readonly CitedSource[]; ids: string[] }> {
  if (Array.isArray(value)) {
    for (const item of value) yield* namingPassages(item, role, inherited);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const own = Array.isArray(record['sources']) && record['sources'].length > 0 ? (record['sources'] as CitedSource[]) : inherited;
  for (const [field, fieldRole] of STATED_FIELDS) {
    const text = record[field];
    if (typeof text !== 'string' || own === null) continue;
    const ids = modificationIdsIn(text);
    if (ids.length > 0) yield { role: role ?? fieldRole, text, sources: own, ids };
  }
  for (const [key, child] of Object.entries(record)) {
    if (key === 'sources' || typeof child !== 'object') continue;
    const childRole = key === 'changes' ? 'change' : key === 'held' ? 'held' : key === 'notHeld' ? 'not-held' : key === 'agenda' ? 'agenda' : role;
    yield* namingPassages(child, childRole, own);
  }
}

const statementsByModification = memoize((register: Register) => {
  const byModification = new Map<string, Statement[]>();
  const add = (id: string, statement: Statement) => {
    const list = byModification.get(id);
    if (list) list.push(statement);
    else byModification.set(id, [statement]);
  };
  // The release contents: the status note of each modification's row, and the release's scope.
  for (const m of register.modifications) {
    if (!m.targetRelease) continue;
    const release = register.release(m.targetRelease.release);
    const entity = { type: 'release' as const, item: release };
    const note = release.statusNotes.find((n) => n.id === m.targetRelease?.status);
    if (note) add(m.id, { entity, role: 'release-status', text: note.text, sources: note.sources });
    for (const scope of release.scope) add(m.id, { entity, role: 'release-scope', text: scope.text, sources: scope.sources });
  }
  // Whatever else another entry says that names the modification (one the register holds).
  const held = new Set(register.modifications.map((m) => m.id));
  for (const entity of entities(register)) {
    if (entity.type === 'modification') continue;
    for (const passage of namingPassages(entity.item, null, null)) {
      for (const id of passage.ids) if (held.has(id)) add(id, { entity, role: passage.role, text: passage.text, sources: passage.sources });
    }
  }
  return byModification;
});

/**
 * Everything other entries state about a modification, so that its page shows every fact about
 * it, whichever file states it: its release's status note and scope, agenda items and meeting
 * records that name it, versions' changes and notes that name it.
 */
export function statementsAbout(register: Register, modification: string): readonly Statement[] {
  return statementsByModification(register).get(modification) ?? [];
}
