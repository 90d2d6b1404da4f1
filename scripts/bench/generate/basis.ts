/**
 * What the generated register takes from the real one.
 *
 * The real sources, documents and working groups are copied unchanged: copying the sources
 * keeps every citation resolvable and keeps the as-of date that of the real register (the
 * latest day of its newest source), so every generated event lies on or before it and
 * everything after it is a plan. They are read rather than hard-coded, so the generator keeps
 * producing valid content while the real register's sources grow.
 */
import { fileURLToPath } from 'node:url';
import { laterDay, sourceDate, type Day } from '../../../src/domain/dates';
import type { DocumentType } from '../../../src/domain/vocabulary';
import { readEntries } from './files';

/** The real register's content folder. */
export const REAL_CONTENT = fileURLToPath(new URL('../../../content', import.meta.url));

/** A document a generated entry may mention or impact. */
export interface DocumentSummary {
  readonly id: string;
  readonly type: DocumentType;
  readonly name: string;
}

/** What the generator reuses from the real register. */
export interface Basis {
  /** Every citable section of the real sources: generated citations only ever use these. */
  readonly sections: readonly { readonly source: string; readonly section: string; readonly title: string }[];
  /** The as-of date the copied sources give the register. */
  readonly asOf: Day;
  readonly documents: readonly DocumentSummary[];
  readonly workingGroups: readonly { readonly id: string; readonly name: string }[];
}

/** Reads the basis from a content folder (by default the real register's). */
export function readBasis(dir = REAL_CONTENT): Basis {
  const sources = readEntries(dir, 'sources') as { id: string; date: string; sections: { id: string | number; title: string }[] }[];
  let asOf: Day | null = null;
  const sections: { source: string; section: string; title: string }[] = [];
  for (const source of sources) {
    const latest = sourceDate(String(source.date)).latest;
    asOf = asOf === null ? latest : laterDay(asOf, latest);
    for (const s of source.sections) sections.push({ source: source.id, section: String(s.id), title: s.title });
  }
  if (asOf === null || sections.length === 0) throw new Error(`no dated sources with sections in ${dir}/sources`);
  const documents = (readEntries(dir, 'documents') as DocumentSummary[]).map(({ id, type, name }) => ({ id, type, name }));
  const workingGroups = (readEntries(dir, 'workingGroups') as { id: string; name: string }[]).map(({ id, name }) => ({ id, name }));
  return { sections, asOf, documents, workingGroups };
}
