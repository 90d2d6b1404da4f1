/** What a document's page and the documents index show. */
import { documentTypeLabels, documentTypePluralLabels, documentTypes, versionChangeLabels } from '../../domain/vocabulary';
import { impacting, mentioning, versionsChanging } from '../../register/relations';
import type { Register } from '../../register/types';
import { isSecPart } from '../../schemas/document';
import { registerRowsHtml } from '../tables';
import { urls } from '../urls';

export function documentPage(register: Register, id: string) {
  const d = register.document(id);
  const impactedBy = impacting(register, d.id);
  const namedWith = mentioning(register, d.id);
  return {
    document: d,
    path: urls.document(d.id),
    title: d.fullName && isSecPart(d) ? `${d.name} – ${d.fullName}` : d.name,
    typeLabel: documentTypeLabels[d.type],
    reference: isSecPart(d) ? d.reference : null,
    keywords: 'abbreviation' in d ? [d.abbreviation] : [d.name],
    impactedBy: { count: impactedBy.length, rows: registerRowsHtml(register, impactedBy) },
    namedWith: { count: namedWith.length, rows: registerRowsHtml(register, namedWith) },
    versions: versionsChanging(register, d.id).map((v) => ({
      id: v.id,
      href: urls.version(v.id),
      effective: v.effective,
      changes: v.changes.filter((c) => c.document === d.id).map((c) => `${versionChangeLabels[c.kind]}. ${c.detail}`).join(' '),
    })),
  };
}

export function documentsIndex(register: Register) {
  return documentTypes
    .map((type) => ({ type, docs: register.documents.filter((d) => d.type === type) }))
    .filter((g) => g.docs.length > 0)
    .map(({ type, docs }) => ({
      type,
      heading: docs.length > 1 ? documentTypePluralLabels[type] : documentTypeLabels[type],
      label: documentTypeLabels[type],
      rows: docs.map((d) => ({
        document: d,
        href: urls.document(d.id),
        impactedBy: impacting(register, d.id).length,
        namedWith: mentioning(register, d.id).length,
        versions: versionsChanging(register, d.id).length,
      })),
    }));
}
