/**
 * The JSON API's monthly status reports, version 1: `/api/v1/reports.json` and
 * `/api/v1/reports/2016-11.json`, under the same promise as `schemas.ts` (additive changes only).
 */
import { z } from 'astro/zod';
import { closedPhases, eventKinds, openPhases, refinementStages } from '../../domain/vocabulary';
import { day, month, address, modificationId, text, sourceDate, meta } from './schema-parts';

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
