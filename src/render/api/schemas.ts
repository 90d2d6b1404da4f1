/**
 * The JSON API's documents, version 1: one zod schema per file of `/api/v1/`, with a
 * description on every field. These schemas are the one source of the API: the TypeScript types
 * the builders in `documents.ts` return are inferred from them, the build checks every file it
 * writes against them, and the JSON Schemas published under `/api/v1/schema/` are generated from
 * them (`json-schema.ts`); none is written by hand.
 *
 * The promise of v1: changes are additive only. A field may be added; no field is removed,
 * renamed or given another meaning or type, and no value of an enumeration is taken away (new
 * phases or kinds may appear). Anything else is v2, at a new address.
 */
import { z } from 'astro/zod';
import { meetingTypes, phases, progressionActivities, versionChangeKinds } from '../../domain/vocabulary';
import { day, month, address, modificationId, text, sourceDate, citation, citations, phaseState, sourcedText, documentRef, modificationAddresses, workingGroupRef, releaseRef, planStatus, step, meta } from './schema-parts';
import { reportDocument, reportsDocument } from './report-schemas';

export { reportDocument, reportsDocument };

/** `/api/v1/register.json` */
export const registerDocument = z
  .strictObject({
    ...meta,
    count: z.number().int().min(0).describe('How many modifications the register holds.'),
    phases: z
      .array(
        z.strictObject({
          phase: z.enum(phases).describe('The phase.'),
          label: text.describe('The phase in words.'),
          count: z.number().int().min(0).describe('How many modifications are in it on the as-of date.'),
          page: address.describe('The page listing them.'),
        }),
      )
      .describe('Every phase, in process order, with how many modifications are in it.'),
    modifications: z
      .array(
        z.strictObject({
          id: modificationId,
          number: z.number().int().min(1).describe('The number alone: 23 for SECMP0023.'),
          title: z.string().nullable().describe('The full title; null where no source gives one.'),
          shortTitle: text.describe('The status report\'s short title.'),
          phase: phaseState,
          workingGroup: workingGroupRef.nullable().describe('The working group; null where the sources do not say.'),
          targetRelease: releaseRef.nullable().describe('The release it is targeted for; null where none is given.'),
          lastEvent: step.omit({ meeting: true }).describe('The last dated event of its history.'),
          nextStep: step
            .extend({ status: planStatus })
            .nullable()
            .describe('The next planned step among those not yet done: the earliest dated plan, or the first undated one where no plan has a date; null where nothing is planned.'),
          addresses: modificationAddresses,
        }),
      )
      .describe('Every modification, in number order.'),
  })
  .meta({ title: 'The SEC Register', description: 'Every modification with its phase, working group, target release, last event and next planned step.' });

/** `/api/v1/modifications/secmp0023.json` */
export const modificationDocument = z
  .strictObject({
    ...meta,
    id: modificationId,
    number: z.number().int().min(1).describe('The number alone.'),
    title: z.string().nullable().describe('The full title; null where no source gives one.'),
    shortTitle: text.describe('The status report\'s short title.'),
    titleSources: citations,
    otherTitles: z.array(z.strictObject({ title: text.describe('The name as written.'), sources: citations })).describe('Other names the sources use.'),
    proposer: sourcedText.nullable().describe('Who proposed it; null where the sources do not say.'),
    phase: phaseState,
    workingGroup: workingGroupRef
      .extend({ reason: z.string().nullable().describe('Why, where the sources say.'), sources: citations })
      .nullable()
      .describe('The working group; null where the sources do not say.'),
    governance: z
      .strictObject({ path: z.enum(['self-governance', 'authority', 'fast-track']).describe('The governance path.'), sources: citations })
      .nullable()
      .describe('Self-governance, Authority decision or fast track; null where the sources do not say.'),
    targetRelease: releaseRef
      .extend({
        impactedDocuments: z.array(documentRef).describe('The documents the release contents list as potentially impacted.'),
        impactedSystems: z
          .union([z.array(documentRef), z.literal('TBC')])
          .nullable()
          .describe('The systems it lists; "TBC" where the sources say to be confirmed; null where the cell is blank.'),
        page: address.describe("The release's page."),
        sources: citations,
      })
      .nullable()
      .describe('The release it is targeted for; null where none is given.'),
    history: z
      .array(
        step.extend({
          date: sourceDate.describe('When it happened, as precisely as the sources say.'),
          index: z.number().int().min(0).describe('Its place in the history, from 0.'),
          page: address.describe('Its place on the modification\'s page.'),
          documents: z.array(z.string()).describe('The ids of documents it concerns.'),
          inferred: z.string().nullable().describe('How the register inferred the event or its date; null where the sources state it.'),
          knownBy: day.describe('The day by which it is known to have happened.'),
          before: phaseState.nullable().describe('Where the modification stood before it; null before its first event.'),
          after: phaseState.describe('Where it stood after it.'),
          changed: z.boolean().describe('Whether it moved the modification to another phase, stage or hold.'),
          sources: citations,
        }),
      )
      .describe('Its dated events, in the order they happened: the history its phase is replayed from.'),
    plans: z
      .array(step.extend({ status: planStatus, documents: z.array(z.string()).describe('The ids of documents it concerns.'), sources: citations }))
      .describe('Its planned steps, as the sources state them on the as-of date.'),
    progression: z
      .strictObject({
        matchedBy: text.describe("How the status report's row was matched to the modification."),
        cells: z.array(text).describe('The row\'s cells as the text extraction gives them.'),
        labels: z.array(text).describe('Labels printed beside the row.'),
        placements: z
          .array(
            z.strictObject({
              activity: z.enum(progressionActivities).describe('The activity.'),
              months: z.array(month).describe('The months it covers.'),
              placement: z.enum(['stated', 'inferred']).describe('Whether the sources state the months or the register inferred them.'),
              basis: text.describe('How the months were arrived at.'),
            }),
          )
          .describe('The activities placed in months.'),
        originalDecisionDate: month.nullable().describe('The original decision month; null where unknown.'),
        originalAssessmentDueDate: month.nullable().describe("The month DCC's assessment was originally due; null where unknown."),
        sources: citations,
      })
      .nullable()
      .describe("Its row of the status report's progression table; null where it has none."),
    related: z
      .array(z.strictObject({ id: modificationId, reason: text.describe('What connects them.'), sources: citations, api: address.describe("The other modification's JSON file.") }))
      .describe('Modifications the sources treat with it, stated in either file.'),
    mentions: z.array(documentRef).describe('Documents the sources name with it, beyond its release impacts.'),
    links: z.array(z.strictObject({ title: text.describe('What the link is.'), url: text.describe('The absolute address.'), sources: citations })).describe('Pages elsewhere.'),
    discrepancies: z
      .array(
        z.strictObject({
          about: text.describe('The fact the readings concern.'),
          readings: z.array(z.strictObject({ value: text.describe('The reading.'), sources: citations })).describe('Every reading, with its sources.'),
          shown: z.number().int().min(0).describe('The index of the reading the site shows.'),
          why: text.describe('Why the site shows that reading.'),
        }),
      )
      .describe('Where the sources disagree about it.'),
    notes: z.array(sourcedText).describe('Anything else the sources say.'),
    narrative: z
      .strictObject({
        summary: z.string().nullable().describe('The summary, as HTML; null where the sources give none.'),
        issue: z.string().nullable().describe('The issue, as HTML; null where the sources do not describe it.'),
        solution: z.string().nullable().describe('The proposed solution, as HTML; null where the sources do not describe it.'),
        background: z.string().nullable().describe('The background, as HTML; null where the sources give none.'),
      })
      .describe('Its narrative as the page shows it, as HTML fragments with citations.'),
    addresses: modificationAddresses,
  })
  .meta({ title: 'A SEC modification', description: 'One modification in full: history with citations, plans, progression, discrepancies and addresses.' });

const modificationRef = z
  .strictObject({ id: modificationId, shortTitle: text.describe('Its short title.'), api: address.describe('Its JSON file.') })
  .describe('A modification.');

/** `/api/v1/releases.json` */
export const releasesDocument = z
  .strictObject({
    ...meta,
    releases: z
      .array(
        releaseRef.extend({
          scope: z.array(sourcedText).describe('What the sources say the release will and will not contain.'),
          notes: z.array(sourcedText).describe('Anything else the sources say.'),
          sources: citations,
          modifications: z.array(modificationRef).describe('The modifications targeted for it, in number order.'),
          page: address.describe("The release's page."),
        }),
      )
      .describe('Every scheduled SEC Release, in date order.'),
  })
  .meta({ title: 'SEC Releases', description: 'Every scheduled SEC Release with its date, scope and targeted modifications.' });

/** `/api/v1/versions.json` */
export const versionsDocument = z
  .strictObject({
    ...meta,
    versions: z
      .array(
        z.strictObject({
          id: z.string().regex(/^\d+\.\d+$/).describe('The version number, e.g. "5.0".'),
          title: text.describe('The heading the source gives the designation.'),
          effective: day.describe('The day the designated changes took effect.'),
          effectiveBasis: z.string().nullable().describe("Why the register reads the effective date so, where it is not the source's words; null otherwise."),
          designatedBy: z.string().nullable().describe('Who designated it; null where the sources do not say.'),
          instrument: text.describe('The instrument, e.g. "Direction letter".'),
          summary: text.describe('What the designation does.'),
          changes: z
            .array(
              z.strictObject({
                kind: z.enum(versionChangeKinds).describe('What kind of change.'),
                document: documentRef.nullable().describe('The document changed; null where the sources name none.'),
                detail: text.describe('The change in the sources\' words.'),
                sources: citations,
              }),
            )
            .describe('The changes to the SEC and its subsidiary documents.'),
          links: z.array(z.strictObject({ title: text.describe('What the link is.'), url: text.describe('The absolute address.'), sources: citations })).describe('Direction letters and notices.'),
          sources: citations,
          page: address.describe("The version's page."),
        }),
      )
      .describe('Every designated SEC version, newest first.'),
  })
  .meta({ title: 'SEC versions', description: 'Every designated version of the SEC and what its designation changed.' });

/** `/api/v1/working-groups.json` */
export const workingGroupsDocument = z
  .strictObject({
    ...meta,
    workingGroups: z
      .array(
        z.strictObject({
          id: text.describe('The working group\'s id, e.g. "wg1".'),
          name: text.describe('Its name.'),
          abbreviation: text.describe('Its short name.'),
          remit: text.describe('What it deals with.'),
          sources: citations,
          modifications: z.array(modificationRef).describe('The modifications allocated (or proposed) to it, in number order.'),
          meetings: z.array(z.string()).describe('The ids of its meetings, in date order (see meetings.json).'),
          page: address.describe('Its page.'),
          feed: address.describe('Its Atom feed.'),
          calendar: address.describe('Its iCalendar file.'),
        }),
      )
      .describe('Every SEC Working Group.'),
  })
  .meta({ title: 'SEC Working Groups', description: 'Every working group with its modifications and meetings.' });

/** `/api/v1/meetings.json` */
export const meetingsDocument = z
  .strictObject({
    ...meta,
    meetings: z
      .array(
        z.strictObject({
          id: text.describe("The meeting's id."),
          type: z.enum(meetingTypes).describe('Which body meets.'),
          title: text.describe('Its name, as the pages show it.'),
          date: sourceDate,
          status: z
            .enum(['held', 'not-held', 'planned', 'unrecorded'])
            .describe(
              '"held" where a source records that it took place, "not-held" where the sources say it did not, "planned" while it may still lie after the as-of date, "unrecorded" where its date has passed and no source records whether it met.',
            ),
          mode: z.enum(['teleconference', 'in-person']).nullable().describe('How it met; null where the sources do not say.'),
          workingGroup: z.string().nullable().describe("The working group's id, for a working group's meeting; null otherwise."),
          agenda: z
            .array(
              z.strictObject({
                item: text.describe('The item, in the sources\' words.'),
                modifications: z.array(modificationId).describe('The modifications the item names.'),
                documents: z.array(z.string()).describe('Ids of documents it concerns.'),
                sources: citations,
              }),
            )
            .describe('What is known of its agenda.'),
          notHeld: sourcedText.nullable().describe('Why it did not take place; null unless the sources say it did not.'),
          outcomes: z
            .array(
              z.strictObject({
                modification: modificationId,
                events: z.array(step.omit({ meeting: true })).describe("What the modification's history records of the meeting."),
                plans: z.array(step.omit({ meeting: true }).extend({ status: planStatus })).describe('What is planned for the modification at the meeting.'),
              }),
            )
            .describe('What each modification\'s history records of it, in number order.'),
          sources: citations,
          page: address.describe('Its place on the meetings page.'),
        }),
      )
      .describe('Every meeting, in date order.'),
  })
  .meta({ title: 'Meetings', description: 'Every Panel, Change Board, Working Group and DCUSA meeting, held, not held or planned.' });

/** Every API schema by the name of its file under `/api/v1/schema/`. */
export const apiSchemas = {
  register: registerDocument,
  modification: modificationDocument,
  releases: releasesDocument,
  versions: versionsDocument,
  'working-groups': workingGroupsDocument,
  meetings: meetingsDocument,
  reports: reportsDocument,
  report: reportDocument,
} as const;
export type ApiSchemaName = keyof typeof apiSchemas;

export type RegisterDocument = z.output<typeof registerDocument>;
export type ModificationDocument = z.output<typeof modificationDocument>;
export type ReleasesDocument = z.output<typeof releasesDocument>;
export type VersionsDocument = z.output<typeof versionsDocument>;
export type WorkingGroupsDocument = z.output<typeof workingGroupsDocument>;
export type MeetingsDocument = z.output<typeof meetingsDocument>;
export type ReportsDocument = z.output<typeof reportsDocument>;
export type ReportDocument = z.output<typeof reportDocument>;
export type SourceDateValue = z.output<typeof sourceDate>;
export type CitationValue = z.output<typeof citation>;
export type PhaseStateValue = z.output<typeof phaseState>;
