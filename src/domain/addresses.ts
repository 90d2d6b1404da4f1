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
  /** The page that lists every feed, calendar, download and API file. */
  data: () => '/data/',
  /** The API's documentation. */
  api: () => '/api/',
  feed: () => '/feed.xml',
  modificationFeed: (id: string) => `/modifications/${modificationSlug(id)}/feed.xml`,
  workingGroupFeed: (id: string) => `/working-groups/${id}/feed.xml`,
  calendar: () => '/calendar.ics',
  modificationCalendar: (id: string) => `/modifications/${modificationSlug(id)}/calendar.ics`,
  workingGroupCalendar: (id: string) => `/working-groups/${id}/calendar.ics`,
  registerCsv: () => '/register.csv',
  reportCsv: (month: string) => `/reports/${month}.csv`,
  /** The JSON API, version 1: `apiFile('register')` is `/api/v1/register.json`. */
  apiFile: (name: string) => `/api/v1/${name}.json`,
  apiModification: (id: string) => `/api/v1/modifications/${modificationSlug(id)}.json`,
  apiReport: (month: string) => `/api/v1/reports/${month}.json`,
  apiSchema: (name: string) => `/api/v1/schema/${name}.schema.json`,
  sitemap: () => '/sitemap-index.xml',
  redirects: () => '/redirects.json',
} as const;

/** The fragment id of a source section: `section-4-1` for §4.1. */
export function sectionAnchor(section: string): string {
  return `section-${section.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
}

/** The fragment id of the `index`-th event (from 0) of a modification's history: `event-1`. */
export function eventAnchor(index: number): string {
  return `event-${index + 1}`;
}
