/**
 * Every address on the site, in one place. Addresses are a public contract: lowercase,
 * directory style, and never changed once published. The validator checks content against
 * them (an old address that would redirect onto a page of this site is refused), and the
 * render layer links with them.
 */
import { modificationSlug } from './ids';

export const urls = {
  home: () => '/',
  modifications: () => '/modifications/',
  modification: (id: string) => `/modifications/${modificationSlug(id)}/`,
  modificationsByPhase: (phase: string) => `/modifications/phase/${phase}/`,
  modificationsByWorkingGroup: (group: string) => `/modifications/working-group/${group}/`,
  modificationsByRelease: (release: string) => `/modifications/release/${release}/`,
  modificationsByDocument: (document: string) => `/modifications/document/${document}/`,
  releases: () => '/releases/',
  release: (id: string) => `/releases/${id}/`,
  versions: () => '/versions/',
  version: (id: string) => `/versions/${id}/`,
  workingGroups: () => '/working-groups/',
  workingGroup: (id: string) => `/working-groups/${id}/`,
  documents: () => '/documents/',
  document: (id: string) => `/documents/${id}/`,
  sources: () => '/sources/',
  source: (id: string) => `/sources/${id}/`,
  sourceSection: (id: string, section: string) => `/sources/${id}/#${sectionAnchor(section)}`,
  meetings: () => '/meetings/',
  meeting: (id: string) => `/meetings/#${id}`,
  reports: () => '/reports/',
  report: (month: string) => `/reports/${month}/`,
  search: () => '/search/',
  about: () => '/about/',
} as const;

/** The fragment id of a source section: `section-4-1` for §4.1. */
export function sectionAnchor(section: string): string {
  return `section-${section.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
}

/** The fragment id of the `index`-th event (from 0) of a modification's history: `event-1`. */
export function eventAnchor(index: number): string {
  return `event-${index + 1}`;
}
