/**
 * References between entries: a modification's working group, target release, impacted
 * documents and systems, mentions and related modifications; a meeting's working group and
 * agenda; a version's changed documents. Each must name an existing entry of the right kind.
 */
import { modificationIdsIn } from '../../domain/ids';
import { narrativeNodes } from '../../schemas/narrative';
import type { Problem } from '../problems';
import { missing, missingInList, problem, type IntegrityContext } from './context';

export function* checkModificationReferences(context: IntegrityContext): Generator<Problem> {
  const documentTypes = new Map(context.content.documents.map((d) => [d.data.id, d.data.type]));
  const statedRelations = new Map(context.content.modifications.flatMap((e) => e.data.related.map((r) => [`${e.data.id}\0${r.modification}`, e.file] as const)));
  for (const entry of context.content.modifications) {
    const m = entry.data;
    if (m.workingGroup) yield* missing(context, entry, ['workingGroup', 'group'], 'workingGroups', m.workingGroup.group);
    if (m.targetRelease) {
      yield* missing(context, entry, ['targetRelease', 'release'], 'releases', m.targetRelease.release);
      yield* missingInList(context, entry, ['targetRelease', 'impactedDocuments'], 'documents', m.targetRelease.impactedDocuments);
      for (const [i, id] of m.targetRelease.impactedDocuments.entries()) {
        if (documentTypes.get(id) === 'system') yield problem(entry, ['targetRelease', 'impactedDocuments', i], `"${id}" is a system; list it under impactedSystems`);
      }
      const systems = m.targetRelease.impactedSystems;
      if (Array.isArray(systems)) {
        yield* missingInList(context, entry, ['targetRelease', 'impactedSystems'], 'documents', systems);
        for (const [i, id] of systems.entries()) {
          const type = documentTypes.get(id);
          if (type && type !== 'system') yield problem(entry, ['targetRelease', 'impactedSystems', i], `"${id}" is a ${type}, not a system; list it under impactedDocuments`);
        }
      }
    }
    yield* missingInList(context, entry, ['mentions'], 'documents', m.mentions);
    for (const node of narrativeNodes(entry.narrative ?? [])) {
      if (node.type === 'mod' && !context.has('modifications', node.id) && !context.isInvalid('modifications', node.id)) {
        yield { file: entry.file, field: ['(body)'], message: `<Mod> links to ${node.id}, which is not an entry of modifications`, line: node.line };
      }
    }
    const related = new Set<string>();
    for (const [i, r] of m.related.entries()) {
      yield* missing(context, entry, ['related', i, 'modification'], 'modifications', r.modification);
      if (r.modification === m.id) yield problem(entry, ['related', i, 'modification'], 'a modification cannot be related to itself');
      if (related.has(r.modification)) yield problem(entry, ['related', i, 'modification'], `"${r.modification}" is listed twice`);
      related.add(r.modification);
      // A relation is read both ways, so it is written in one file: the other's is a second copy.
      const other = statedRelations.get(`${r.modification}\0${m.id}`);
      if (other && m.id > r.modification) {
        yield problem(entry, ['related', i, 'modification'], `${other} already relates ${r.modification} to ${m.id}, and a relation is shown on both pages: state it in one file only`);
      }
    }
  }
}

export function* checkMeetingReferences(context: IntegrityContext): Generator<Problem> {
  for (const entry of context.content.meetings) {
    const m = entry.data;
    if (m.type === 'working-group') yield* missing(context, entry, ['workingGroup'], 'workingGroups', m.workingGroup);
    for (const [i, item] of m.agenda.entries()) {
      for (const id of modificationIdsIn(item.item)) {
        if (!context.has('modifications', id) && !context.isInvalid('modifications', id)) yield problem(entry, ['agenda', i, 'item'], `names ${id}, which is not an entry of modifications`);
      }
      yield* missingInList(context, entry, ['agenda', i, 'documents'], 'documents', item.documents);
    }
  }
}

export function* checkVersionReferences(context: IntegrityContext): Generator<Problem> {
  for (const entry of context.content.versions) {
    for (const [i, change] of entry.data.changes.entries()) yield* missing(context, entry, ['changes', i, 'document'], 'documents', change.document);
  }
}
