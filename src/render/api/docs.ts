/**
 * What the API's documentation page (`/api/`) and the page of data and feeds (`/data/`) show:
 * every endpoint with its address, what it holds, its schema and an example taken from the
 * register as built (never typed in), and every feed, calendar and download.
 */
import { formatDay } from '../../domain/dates';
import { reportingPeriod, reportMonths } from '../../register/reports';
import type { Register } from '../../register/types';
import { addressOn } from '../address';
import { urls } from '../urls';
import {
  meetingsDocument,
  modificationDocument,
  registerDocument,
  releasesDocument,
  reportDocument,
  reportsDocument,
  versionsDocument,
  workingGroupsDocument,
} from './documents';
import type { ApiSchemaName } from './schemas';

/** A copy of a JSON value with every array cut to its first `keep` items. */
export function shortened(value: unknown, keep = 1): unknown {
  if (Array.isArray(value)) return value.slice(0, keep).map((v) => shortened(v, keep));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shortened(v, keep)]));
  return value;
}

/** One endpoint of the API. */
export interface Endpoint {
  /** Where it is: an address, or a pattern with `{…}` for the part that varies. */
  readonly pattern: string;
  /** The address of the example shown. */
  readonly example: string;
  readonly title: string;
  readonly holds: string;
  readonly schema: ApiSchemaName;
  /** The example file, with every array cut to its first item, as JSON text. */
  readonly exampleJson: string;
}

/** Every endpoint of the API, with its example from the register as built. */
export function apiEndpoints(register: Register): Endpoint[] {
  const modification = register.modifications.find((m) => m.plans.length > 0 && m.history.length > 1) ?? register.modifications[0];
  const months = reportMonths(register);
  const month = months[months.length - 1];
  const json = (value: unknown) => JSON.stringify(shortened(value), null, 2);
  const endpoints: Endpoint[] = [
    {
      pattern: urls.apiFile('register'),
      example: urls.apiFile('register'),
      title: 'The register',
      holds: 'Every modification, in number order, with its number, titles, phase, working group, target release, last event and next planned step and date; and the count in each phase.',
      schema: 'register',
      exampleJson: json(registerDocument(register)),
    },
  ];
  if (modification) {
    endpoints.push({
      pattern: '/api/v1/modifications/{secmp0023}.json',
      example: urls.apiModification(modification.id),
      title: 'One modification',
      holds:
        'One modification in full: its history (each event with its date as precise as the sources give it, its citations and the phase it moved the modification to), its plans, its row of the progression table, related modifications, discrepancies between sources, notes, its narrative as HTML, and the addresses of its page, feed and calendar. The number in the address is lower case and four digits.',
      schema: 'modification',
      exampleJson: json(modificationDocument(register, modification.id)),
    });
  }
  endpoints.push(
    {
      pattern: urls.apiFile('releases'),
      example: urls.apiFile('releases'),
      title: 'SEC Releases',
      holds: 'Every scheduled SEC Release, in date order, with its date, scope, notes and the modifications targeted for it.',
      schema: 'releases',
      exampleJson: json(releasesDocument(register)),
    },
    {
      pattern: urls.apiFile('versions'),
      example: urls.apiFile('versions'),
      title: 'SEC versions',
      holds: 'Every designated SEC version, newest first, with what its designation changed.',
      schema: 'versions',
      exampleJson: json(versionsDocument(register)),
    },
    {
      pattern: urls.apiFile('working-groups'),
      example: urls.apiFile('working-groups'),
      title: 'Working groups',
      holds: 'Every working group with its remit, its modifications, its meetings and the addresses of its feed and calendar.',
      schema: 'working-groups',
      exampleJson: json(workingGroupsDocument(register)),
    },
    {
      pattern: urls.apiFile('meetings'),
      example: urls.apiFile('meetings'),
      title: 'Meetings',
      holds: "Every meeting, in date order: held, not held (with why) or planned, its agenda, and what each modification's history records of it.",
      schema: 'meetings',
      exampleJson: json(meetingsDocument(register)),
    },
    {
      pattern: urls.apiFile('reports'),
      example: urls.apiFile('reports'),
      title: 'Monthly reports',
      holds: 'Every month the register reports on, with its reporting period, whether it is sourced or reconstructed, its open count, and the addresses of its report in HTML, JSON and CSV.',
      schema: 'reports',
      exampleJson: json(reportsDocument(register)),
    },
  );
  if (month) {
    endpoints.push({
      pattern: '/api/v1/reports/{2016-11}.json',
      example: urls.apiReport(month),
      title: 'One monthly report',
      holds:
        "A month's status report for its reporting period, built from only what sources dated on or before its cut-off say: the period and where its ends come from, every count (open by phase, Refinement by stage, on hold, closed, not on record) with the modifications behind it, and the period's events, meetings and known releases. A month before the earliest paper is reconstructed from later papers: its status is null, since it gives no counts.",
      schema: 'report',
      exampleJson: json(reportDocument(register, month)),
    });
  }
  return endpoints;
}

/** A file on the page of data and feeds. */
export interface DataFile {
  readonly href: string;
  /** The address to give a feed reader or calendar: absolute where the origin is known. */
  readonly address: string;
  readonly label: string;
  readonly what: string;
}

/** Everything the page of data and feeds lists. */
export function dataPage(register: Register, origin: string | null) {
  const file = (href: string, label: string, what: string): DataFile => ({ href, address: addressOn(origin, href), label, what });
  const months = reportMonths(register);
  return {
    asOfWords: formatDay(register.asOf),
    site: [
      file(urls.feed(), 'Atom feed of every event', 'Every dated event of every modification, newest first; each title says what changed, e.g. “SECMP0003: Refinement → Withdrawn”.'),
      file(urls.calendar(), 'Calendar (iCalendar)', 'Every dated meeting, consultation window, planned step and SEC Release date. Meetings still to come and plans are tentative.'),
      file(urls.registerCsv(), 'The register as CSV', 'One row per modification: the register table’s columns and the addresses of its page, feed, calendar and JSON.'),
      file(urls.api(), 'JSON API, version 1', 'The register, every modification in full, releases, versions, working groups, meetings and monthly reports, each with a JSON Schema.'),
    ],
    workingGroups: register.workingGroups.map((w) => ({
      name: w.name,
      page: urls.workingGroup(w.id),
      feed: file(urls.workingGroupFeed(w.id), 'Feed', `${w.name}: its modifications’ events and its meetings`),
      calendar: file(urls.workingGroupCalendar(w.id), 'Calendar', `${w.name}: its meetings and its modifications’ consultations and plans`),
    })),
    modifications: register.modifications.map((m) => ({
      id: m.id,
      shortTitle: m.shortTitle,
      page: urls.modification(m.id),
      feed: file(urls.modificationFeed(m.id), 'Feed', `${m.id}: its events`),
      calendar: file(urls.modificationCalendar(m.id), 'Calendar', `${m.id}: its planned dates`),
      json: file(urls.apiModification(m.id), 'JSON', `${m.id} in full`),
    })),
    reports: [...months].reverse().map((month) => ({
      month,
      page: urls.report(month),
      csv: file(
        urls.reportCsv(month),
        'CSV',
        reportingPeriod(register, month).kind === 'sourced'
          ? `The ${month} report’s counts and the modifications behind each`
          : `The events later papers place in ${month} (reconstructed, no counts)`,
      ),
      json: file(urls.apiReport(month), 'JSON', `The ${month} report`),
    })),
    other: [
      ...(origin ? [file(urls.sitemap(), 'Sitemap', 'Every page of the register, for search engines.')] : []),
      file(urls.redirects(), 'Redirects', 'Every address that leads to a page here (short numbers such as /mp23/, and the SEC website’s own addresses), and where to.'),
    ],
    /** Whether the build knows its public origin: a preview build gives paths, not addresses. */
    preview: origin === null,
  };
}
