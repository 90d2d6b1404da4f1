/** What a release's page and the releases index show. */
import { impactReading, systemsUnknown } from '../../register/impacts';
import { documentsImpactedBy, plannedFor, statusGroups, targeting } from '../../register/relations';
import type { Register } from '../../register/types';
import { documentCellHtml } from '../html';
import { urls } from '../urls';

export function releasePage(register: Register, id: string) {
  const release = register.release(id);
  const planned = plannedFor(register, release);
  const modifications = planned.map((p) => p.modification);
  const impacted = documentsImpactedBy(register, modifications);
  return {
    release,
    path: urls.release(release.id),
    count: planned.length,
    /** The release's status notes, each with the modifications it is the status of. */
    statusGroups: statusGroups(register, release).map(({ note, modifications: ms }) => ({ note, ids: ms.map((m) => m.id) })),
    rows: modifications.map((m) => ({
      id: m.id,
      href: urls.modification(m.id),
      shortTitle: m.shortTitle,
      modification: m,
      state: m.state,
      documentsHtml: documentCellHtml(register, m.targetRelease?.impactedDocuments ?? null),
      systemsHtml: documentCellHtml(register, m.targetRelease?.impactedSystems ?? null),
    })),
    /**
     * The impact matrix: documents first, then systems, each with a cell per planned
     * modification saying what the release contents say of it (see `impactReading`). Where a
     * modification's systems are "TBC" or blank, every system row reads so in its column; and
     * where no system is listed for any of them, one row stands for the systems.
     */
    matrix: [
      ...impacted.filter((d) => d.type !== 'system'),
      ...impacted.filter((d) => d.type === 'system'),
      ...(impacted.some((d) => d.type === 'system') || !modifications.some((m) => systemsUnknown(m)) ? [] : [{ id: null, name: 'Systems', type: 'system' as const }]),
    ].map((d) => ({
      id: d.id,
      href: d.id === null ? null : urls.document(d.id),
      name: d.name,
      system: d.type === 'system',
      cells: modifications.map((m) => (d.id === null ? (systemsUnknown(m) ?? 'not-listed') : impactReading(m, { id: d.id, type: d.type }))),
    })),
  };
}

export function releasesIndex(register: Register) {
  return register.releases.map((r) => ({
    release: r,
    href: urls.release(r.id),
    count: targeting(register, r.id).length,
    scope: r.scope.map((s) => s.text.split('. ')[0]).join(' ') || '—',
  }));
}
