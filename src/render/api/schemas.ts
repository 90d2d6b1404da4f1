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
import { datePrecisions } from './vocabulary';
import { closedPhases, eventKinds, meetingTypes, openPhases, phases, progressionActivities, refinementStages, versionChangeKinds } from '../../domain/vocabulary';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('A calendar day, YYYY-MM-DD.');
const month = z.string().regex(/^\d{4}-\d{2}$/).describe('A month, YYYY-MM.');
const address = z
  .string()
  .regex(/^\/[^\s]*$/)
  .describe('An address on this site, root-relative (it starts with "/"): resolve it against the address this file was fetched from.');
const modificationId = z.string().regex(/^SECMP\d{4}$/).describe('A modification number, e.g. "SECMP0023".');
const text = z.string().min(1);

const sourceDate = z
  .strictObject({
    text: z.string().describe('The date as the sources give it: a day "2016-10-27", a month "2016-10", or an interval "2016-10/2016-11-09" or "../2016-11-09" (open start: on or before).'),
    precision: z.enum(datePrecisions).describe('How precise the sources are: a day, a month, or an interval between two dates.'),
    earliest: day.nullable().describe('The earliest day the date allows; null for an interval with an open start.'),
    latest: day.describe('The latest day the date allows.'),
    words: z.string().describe('The date in words, as the pages show it: "27 October 2016", "by 9 November 2016".'),
  })
  .describe('A date as precisely as the sources give it.');

const citation = z
  .strictObject({
    source: text.describe('The id of the source paper.'),
    section: text.describe('The section of the source, e.g. "4.1".'),
    locator: z.string().nullable().describe('A finer place within the section, e.g. "Table two"; null where none is given.'),
    label: text.describe('The citation in words, e.g. "SEC Update §4.3 (Table two)".'),
    page: address.describe("The address of the section on the source's page."),
  })
  .describe('Where a fact comes from.');
const citations = z.array(citation).describe('Where the fact comes from: one or more source sections.');

const phaseState = z
  .strictObject({
    phase: z.enum(phases).describe('The phase, from the status report\'s phases: open phases first, then closed ones.'),
    phaseLabel: text.describe('The phase in words, e.g. "Refinement".'),
    open: z.boolean().describe('Whether the status report counts the phase as open.'),
    stage: z.enum(refinementStages).nullable().describe('The Refinement stage; null outside Refinement.'),
    stageLabel: z.string().nullable().describe('The stage in words; null outside Refinement.'),
    onHold: z.boolean().describe('Whether the status report marks it on hold.'),
    words: text.describe('The whole state in words, as a badge on the pages reads it: "Refinement · DCC Impact Assessment · on hold".'),
  })
  .describe("Where a modification stands, replayed from its dated events (never typed in).");

const sourcedText = z
  .strictObject({ text: text.describe('The text, in the sources\' words where possible.'), sources: citations })
  .describe('A passage from the sources, with its citations.');

const documentRef = z
  .strictObject({ id: text.describe('The document\'s id.'), name: text.describe('Its name.'), page: address.describe('Its page.') })
  .describe('A SEC section, appendix, technical document or system.');

const modificationAddresses = z
  .strictObject({
    page: address.describe('The modification\'s page.'),
    feed: address.describe('Its Atom feed of events.'),
    calendar: address.describe('Its iCalendar file of planned dates.'),
    api: address.describe('Its JSON file in this API.'),
  })
  .describe('Where to find the modification.');

const workingGroupRef = z
  .strictObject({
    id: text.describe('The working group\'s id, e.g. "wg1".'),
    name: text.describe('Its name, e.g. "Working Group 1".'),
    abbreviation: text.describe('Its short name, e.g. "WG1".'),
    allocation: z.enum(['allocated', 'proposed']).describe('Whether the Panel allocated the modification to it, or it is only proposed for allocation.'),
  })
  .describe('The working group the modification is allocated (or proposed) to.');

const releaseRef = z
  .strictObject({ id: month.describe('The release\'s id, its month.'), name: text.describe('Its name, e.g. "February 2018 SEC Release".'), date: day.describe('Its scheduled day.') })
  .describe('A scheduled SEC Release.');

const planStatus = z
  .enum(['planned', 'done', 'unrecorded'])
  .describe('"done" once its event is on record, "planned" while it is still to come, "unrecorded" where its date has passed and no source records it done (a date passing is not an outcome).');

const step = z
  .strictObject({
    kind: z.enum(eventKinds).describe('What happens, from the register\'s closed vocabulary of event kinds.'),
    label: text.describe('The kind in words, e.g. "Panel approved Refinement".'),
    date: sourceDate.nullable().describe('When; null where the sources give no date.'),
    detail: text.describe('What the sources say.'),
    meeting: z.string().nullable().describe('The id of the meeting it happens at, if any (see meetings.json).'),
  })
  .describe('A step of the process.');

const meta = {
  $schema: address.describe("The address of this file's JSON Schema."),
  version: z.literal('v1').describe('The API version: within v1, changes are additive only.'),
  asOf: day.describe("The register's as-of date: the date of its newest source. Every fact is as of this day; it is never the build date."),
};

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

const periodKind = z
  .enum(['sourced', 'reconstructed'])
  .describe('"sourced" where a paper dated on or before the cut-off exists, so the report is built from what was known then; "reconstructed" for a month before the first paper, listed from what later papers say, with no counts.');

/** `/api/v1/reports.json` */
export const reportsDocument = z
  .strictObject({
    ...meta,
    reports: z
      .array(
        z.strictObject({
          month: month.describe('The month reported on.'),
          kind: periodKind,
          from: day.describe('The first day the report covers.'),
          day: day.describe("The report's cut-off: the last day it covers, and the day its counts are taken."),
          open: z.number().int().min(0).nullable().describe('How many modifications were open on the cut-off; null for a reconstructed month, which gives no counts.'),
          page: address.describe('The report page.'),
          api: address.describe('Its JSON file.'),
          csv: address.describe('Its CSV file.'),
        }),
      )
      .describe('Every month the register reports on, oldest first.'),
  })
  .meta({ title: 'Monthly status reports', description: 'Every monthly status report the register builds from its events, by reporting period.' });

const count = z
  .strictObject({
    count: z.number().int().min(0).describe('How many.'),
    modifications: z.array(modificationId).describe('The modifications counted, in number order.'),
  })
  .describe('A count and the modifications behind it.');

const reportedEvent = z
  .strictObject({
    modification: modificationId,
    date: sourceDate,
    kind: z.enum(eventKinds).describe('The event kind.'),
    label: text.describe('The kind in words.'),
    detail: text.describe('What the sources say.'),
    between: z.boolean().describe('Whether the sources date it only to an interval reaching back before the period, so it is reported in the period by whose cut-off it had certainly happened.'),
  })
  .describe('An event in the period.');

/** `/api/v1/reports/2016-11.json` */
export const reportDocument = z
  .strictObject({
    ...meta,
    month: month.describe('The month reported on.'),
    day: day.describe("The report's cut-off: the last day it covers, and the day its counts are taken."),
    period: z
      .strictObject({
        kind: periodKind,
        from: day.describe('The first day the report covers.'),
        to: day.describe('The cut-off.'),
        start: z
          .enum(['previous-cut-off', 'stated', 'month'])
          .describe("Where the start comes from: the day after the previous report's cut-off, the period the status report states, or the month's first day."),
        startInferred: z.boolean().describe('Whether the sources date the start less precisely than a day, so the register starts the period on the first day they allow (an inference).'),
        cutOff: z
          .enum(['status-report', 'month-end', 'as-of'])
          .describe("Where the cut-off comes from: the status report's date, the month's end, or the register's as-of date."),
        statusReport: z.string().nullable().describe("The id of the source that is the month's status report; null where the register holds none."),
      })
      .describe('The reporting period.'),
    status: z
      .strictObject({
        open: count.describe('Open modifications.'),
        byPhase: z.array(count.extend({ phase: z.enum(openPhases).describe('The phase.'), label: text.describe('The phase in words.') })).describe('Open modifications by phase, in process order.'),
        byStage: z.array(count.extend({ stage: z.enum(refinementStages).describe('The stage.'), label: text.describe('The stage in words.') })).describe('Refinement by stage.'),
        onHold: count.describe('Open modifications on hold.'),
        closed: z.array(count.extend({ phase: z.enum(closedPhases).describe('The phase.'), label: text.describe('The phase in words.') })).describe('Closed modifications by outcome.'),
        notOnRecord: count.describe('Modifications the sources place in no phase that day.'),
      })
      .nullable()
      .describe('The counts on the cut-off, from what was known then; null for a reconstructed month, since counting only what later papers mention would show growth that is only missing data.'),
    raised: z.array(reportedEvent).describe('Modifications raised in the period.'),
    decisions: z.array(reportedEvent).describe('Change Board and Authority decisions in the period.'),
    withdrawals: z.array(reportedEvent).describe('Withdrawal notices and withdrawals in the period.'),
    consultationsOpened: z.array(reportedEvent).describe('Consultations opened in the period.'),
    consultationsClosed: z.array(reportedEvent).describe('Consultations closed in the period.'),
    meetings: z
      .array(z.strictObject({ id: text.describe("The meeting's id."), status: z.enum(['held', 'not-held', 'planned', 'unrecorded']).describe('Its status as known on the cut-off.') }))
      .describe('Meetings in the period.'),
    releases: z
      .array(z.strictObject({ id: month.describe("The release's id."), name: text.describe('Its name.'), statedOn: day.describe('The date of the newest source its contents come from.') }))
      .describe('Releases whose contents were known on the cut-off.'),
    sources: z.array(z.string()).describe('The ids of the sources the report rests on: for a sourced month, those dated on or before the cut-off.'),
    addresses: z
      .strictObject({ page: address.describe('The report page.'), csv: address.describe('Its CSV file.'), api: address.describe('This file.') })
      .describe('Where to find the report.'),
  })
  .meta({ title: 'A monthly status report', description: 'A reporting period\'s counts, built from what was known on its cut-off, and the modifications behind each.' });

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
