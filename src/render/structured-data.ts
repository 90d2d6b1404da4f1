/**
 * JSON-LD (schema.org) for the pages where a schema.org type fits what the page is about:
 *
 * - the home page is a `WebSite`, with a `SearchAction` for its search page;
 * - a modification is a `Legislation`: schema.org's type for "a legal document such as an act,
 *   decree, bill, etc. (enforceable or not)", which a proposal to change the Smart Energy Code
 *   is; `legislationIdentifier` is its number, `legislationChanges` names the SEC, and its phase
 *   is the `creativeWorkStatus`;
 * - a meeting is an `Event`, cancelled where the sources say it did not take place, with a
 *   start date only as precise as the sources give it (a day or a month; no date for an interval);
 * - the page of data and feeds is a `Dataset` whose `distribution` is every download.
 *
 * Nothing goes in that the sources do not say: no jurisdiction, no legal force, no place.
 */
import type { Day } from '../domain/dates';
import { meetingTypeLabels } from '../domain/vocabulary';
import type { Meeting, Modification, Register } from '../register/types';
import { addressOn } from './address';
import { urls } from './urls';
import { badgeWords, meetingTitle } from './words';

type Thing = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`: characters that could end the
 * element or open a comment are written as JSON escapes, which read back as the same text.
 */
export function jsonLdText(data: Thing | readonly Thing[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function websiteData(origin: string | null): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: 'SEC Register',
    url: addressOn(origin, urls.home()),
    inLanguage: 'en-GB',
    description: "The Smart Energy Code's change process: every modification proposal, its phase and history, releases, versions, working groups and meetings, each fact cited to its source.",
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${addressOn(origin, urls.search())}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

export function modificationData(m: Modification, description: string, origin: string | null): Thing {
  const url = addressOn(origin, urls.modification(m.id));
  const names = [...new Set([m.shortTitle, ...m.otherTitles.map((t) => t.title)])].filter((n) => n !== m.displayTitle);
  return {
    '@context': CONTEXT,
    '@type': 'Legislation',
    '@id': url,
    url,
    name: `${m.id}: ${m.displayTitle}`,
    ...(names.length > 0 ? { alternateName: names } : {}),
    description,
    legislationIdentifier: m.id,
    legislationType: 'SEC Modification Proposal',
    legislationChanges: { '@type': 'Legislation', name: 'Smart Energy Code', alternateName: 'SEC' },
    creativeWorkStatus: badgeWords(m.state),
    inLanguage: 'en-GB',
  };
}

/** A schema.org date: a day or a month as ISO 8601 gives them; `null` for an interval. */
function isoDate(meeting: Meeting): Day | null {
  return meeting.parsedDate.precision === 'interval' ? null : meeting.parsedDate.text;
}

export function meetingData(meeting: Meeting, origin: string | null): Thing {
  const start = isoDate(meeting);
  const organizer = meeting.type === 'working-group' ? `Working Group ${meeting.workingGroup.slice(2)}` : meetingTypeLabels[meeting.type];
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    '@id': addressOn(origin, urls.meeting(meeting.id)),
    url: addressOn(origin, urls.meeting(meeting.id)),
    name: meetingTitle(meeting),
    ...(start ? { startDate: start } : {}),
    // schema.org has no status for "held"; EventScheduled claims only that it was planned for its date.
    eventStatus: meeting.status === 'not-held' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    ...(meeting.mode
      ? { eventAttendanceMode: meeting.mode === 'teleconference' ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode' }
      : {}),
    organizer: { '@type': 'Organization', name: organizer },
    ...(meeting.agenda.length > 0 ? { description: meeting.agenda.map((a) => a.item).join(' ') } : {}),
  };
}

/** A download of the register: its address and media type. */
export interface Distribution {
  readonly href: string;
  readonly type: string;
  readonly name: string;
}

export function datasetData(register: Register, firstMonth: string | undefined, distributions: readonly Distribution[], origin: string | null): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    name: 'The SEC Register',
    description:
      "Every modification proposal of the Smart Energy Code with its phase, replayed from its dated and cited history, with releases, versions, working groups, meetings and monthly status reports.",
    url: addressOn(origin, urls.data()),
    inLanguage: 'en-GB',
    isAccessibleForFree: true,
    dateModified: register.asOf,
    ...(firstMonth ? { temporalCoverage: `${firstMonth}/${register.asOf}` } : {}),
    distribution: distributions.map((d) => ({ '@type': 'DataDownload', name: d.name, encodingFormat: d.type, contentUrl: addressOn(origin, d.href) })),
  };
}
