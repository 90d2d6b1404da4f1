/** What a SEC version's page and the versions changelog show. */
import { versionChangeLabels } from '../../domain/vocabulary';
import type { Register, Version } from '../../register/types';
import { documentCellHtml } from '../html';

/** A version's changes, each with its words and the document it changed as a link. */
export function versionChanges(register: Register, version: Version) {
  return version.changes.map((c) => ({
    label: versionChangeLabels[c.kind],
    documentHtml: c.document ? documentCellHtml(register, [c.document]) : '',
    detail: c.detail,
    sources: c.sources,
  }));
}

export function versionPage(register: Register, id: string) {
  const version = register.version(id);
  const index = register.versions.indexOf(version);
  return {
    version,
    changes: versionChanges(register, version),
    newer: register.versions[index - 1],
    older: register.versions[index + 1],
  };
}

export function versionsIndex(register: Register) {
  return register.versions.map((version) => ({ version, anchor: `v-${version.id.replace('.', '-')}`, changes: versionChanges(register, version) }));
}
