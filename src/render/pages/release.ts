/** What a release's page and the releases index show. */
import { documentsImpactedBy, impacts, plannedFor, statusGroups, targeting } from '../../register/relations';
import type { Register } from '../../register/types';
import { documentCellHtml } from '../html';
import { urls } from '../urls';

export function releasePage(register: Register, id: string) {
  const release = register.release(id);
  const planned = plannedFor(register, release);
  const modifications = planned.map((p) => p.modification);
  const impacted = documentsImpactedBy(register, modifications);
  const tbc = new Set(modifications.filter((m) => m.targetRelease?.impactedSystems === 'TBC'));
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
      state: m.state,
      documentsHtml: documentCellHtml(register, m.targetRelease?.impactedDocuments ?? null),
      systemsHtml: documentCellHtml(register, m.targetRelease?.impactedSystems ?? null),
    })),
    /** The impact matrix: documents first, then systems, each with a cell per planned modification. */
    matrix: [...impacted.filter((d) => d.type !== 'system'), ...impacted.filter((d) => d.type === 'system')].map((d) => ({
      id: d.id,
      href: urls.document(d.id),
      name: d.name,
      system: d.type === 'system',
      cells: modifications.map((m) => impacts(m, d.id)),
    })),
    /** The matrix's last row, where any planned modification's systems are "TBC". */
    tbc: tbc.size > 0 ? modifications.map((m) => tbc.has(m)) : null,
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
