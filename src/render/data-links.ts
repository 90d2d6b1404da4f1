/**
 * The machine-readable files that go with a page (its feed, its calendar, its JSON and CSV), as
 * one list per kind of page. The page links each one where a reader looks for it, and its
 * `<head>` announces each with `<link rel="alternate">`, so a feed reader or a calendar finds
 * them from the page's address alone.
 */
import { urls } from './urls';

/** A file that goes with a page. */
export interface DataLink {
  readonly href: string;
  /** What it is, in a few words: "Atom feed of SECMP0023's events". */
  readonly title: string;
  /** The link's text on the page: "Feed". */
  readonly label: string;
  /** Its media type, as `<link type>` gives it. */
  readonly type: 'application/atom+xml' | 'text/calendar' | 'application/json' | 'text/csv';
}

/** The site's own feed, which every page announces. */
export const siteFeedLink: DataLink = {
  href: urls.feed(),
  title: 'SEC Register: modification events',
  label: 'Feed of every event',
  type: 'application/atom+xml',
};

export function modificationDataLinks(id: string): DataLink[] {
  return [
    { href: urls.modificationFeed(id), title: `${id}: feed of its events`, label: 'Feed', type: 'application/atom+xml' },
    { href: urls.modificationCalendar(id), title: `${id}: calendar of its planned dates`, label: 'Calendar', type: 'text/calendar' },
    { href: urls.apiModification(id), title: `${id} as JSON`, label: 'JSON', type: 'application/json' },
  ];
}

export function workingGroupDataLinks(id: string, name: string): DataLink[] {
  return [
    { href: urls.workingGroupFeed(id), title: `${name}: feed of its modifications' events and its meetings`, label: 'Feed', type: 'application/atom+xml' },
    { href: urls.workingGroupCalendar(id), title: `${name}: calendar of its meetings and its modifications' dates`, label: 'Calendar', type: 'text/calendar' },
  ];
}

export function registerDataLinks(): DataLink[] {
  return [
    { href: urls.registerCsv(), title: 'The register as CSV', label: 'CSV', type: 'text/csv' },
    { href: urls.apiFile('register'), title: 'The register as JSON', label: 'JSON', type: 'application/json' },
    siteFeedLink,
  ];
}

export function meetingsDataLinks(): DataLink[] {
  return [
    { href: urls.calendar(), title: 'SEC Register: calendar of meetings, consultations, plans and releases', label: 'Calendar', type: 'text/calendar' },
    { href: urls.apiFile('meetings'), title: 'The meetings as JSON', label: 'JSON', type: 'application/json' },
  ];
}

export function reportDataLinks(month: string): DataLink[] {
  return [
    { href: urls.reportCsv(month), title: `The ${month} report as CSV`, label: 'CSV', type: 'text/csv' },
    { href: urls.apiReport(month), title: `The ${month} report as JSON`, label: 'JSON', type: 'application/json' },
  ];
}

export function releasesDataLinks(): DataLink[] {
  return [{ href: urls.apiFile('releases'), title: 'The releases as JSON', label: 'JSON', type: 'application/json' }];
}

export function versionsDataLinks(): DataLink[] {
  return [{ href: urls.apiFile('versions'), title: 'The SEC versions as JSON', label: 'JSON', type: 'application/json' }];
}
