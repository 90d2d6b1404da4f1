/**
 * A SEC modification proposal: `content/modifications/SECMPnnnn.mdx`. This schema is its
 * frontmatter; its body is the narrative (issue, proposed solution, summary, background), whose
 * rules are in `narrative.ts`.
 *
 * The file records what the sources say of the modification. It never records the phase: the
 * phase is replayed from `events` by `src/domain/phases.ts`.
 */
import { z } from 'astro/zod';
import { eventKinds, progressionActivities } from '../domain/vocabulary';
import {
  citationsSchema,
  discrepancySchema,
  linkSchema,
  notesSchema,
  sourceDateSchema,
  sourcedTextSchema,
  typeError,
  type Reference,
} from './common';

/** A modification number as the SEC writes it: `SECMP` and four digits. */
export const modificationIdSchema = z
  .string({ error: typeError('must be a modification number written as text, e.g. "SECMP0023"') })
  .regex(/^SECMP\d{4}$/, 'must be "SECMP" followed by four digits, e.g. "SECMP0023"');

const monthSchema = z
  .string({ error: typeError('must be a month written as text, e.g. "2016-11"') })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a real month written YYYY-MM');

/** A dated event in a modification's history: something that happened, with its source. */
export const eventSchema = (reference: Reference) =>
  z
    .object({
      /** When it happened, as precisely as the source says (day, month, or interval). */
      date: sourceDateSchema,
      /** What happened, from the closed vocabulary of `src/domain/vocabulary.ts`. */
      kind: z.enum(eventKinds, {
        error: (issue) =>
          issue.code === 'invalid_value' && issue.input !== undefined
            ? `"${String(issue.input)}" is not an event kind; use one of: ${eventKinds.join(', ')}`
            : undefined,
      }),
      /** What the source says happened, in its words where possible. */
      detail: z.string().min(1),
      /** The meeting at which it happened, if any. */
      meeting: reference('meetings').optional(),
      /** Documents the event concerns, e.g. the SEC section a withdrawal follows. */
      documents: z.array(reference('documents')).default([]),
      /**
       * Present when the event, or its date, is the register's inference rather than a
       * statement of the source: says how it was inferred.
       */
      inferred: z.string().min(1).optional(),
      /** Where the fact comes from. */
      sources: citationsSchema(reference),
    })
    .strict();

/** A planned step: a scheduled meeting or decision that had not happened on the as-of date. */
export const planSchema = (reference: Reference) =>
  z
    .object({
      /** When it is planned for; absent where the source gives no date. */
      date: sourceDateSchema.optional(),
      /** What is planned to happen, from the same vocabulary as events. */
      kind: z.enum(eventKinds),
      /** What the source says is planned. */
      detail: z.string().min(1),
      /** The meeting at which it is planned to happen, if any. */
      meeting: reference('meetings').optional(),
      /** Documents the plan concerns. */
      documents: z.array(reference('documents')).default([]),
      /** Where the plan is stated. */
      sources: citationsSchema(reference),
    })
    .strict();

/** One activity of the progression table placed in the months it covers. */
export const progressionPlacementSchema = z
  .object({
    /** The activity, as the progression table names it. */
    activity: z.enum(progressionActivities),
    /** The months (`YYYY-MM`) the activity's cells cover, in order. */
    months: z.array(monthSchema).min(1),
    /** Whether the months are stated by the sources or inferred by the register. */
    placement: z.enum(['stated', 'inferred']),
    /** How the months were arrived at. */
    basis: z.string().min(1),
  })
  .strict();

/**
 * The modification's row in the status report's "Modification Proposal Progress" table. The
 * text extraction of the report kept each row's cells in order but lost their columns, so the
 * row is kept as extracted (`cells`) and placed in months separately (`placements`).
 */
export const progressionSchema = (reference: Reference) =>
  z
    .object({
      /** How the row was matched to this modification: the extraction separated rows from titles. */
      matchedBy: z.string().min(1),
      /** The row's cells as the text extraction gives them, line by line. */
      cells: z.array(z.string().min(1)).min(1),
      /** Labels the extraction printed beside the row's title, e.g. "Panel approved Refinement". */
      labels: z.array(z.string().min(1)).default([]),
      /** The activities placed in months. */
      placements: z.array(progressionPlacementSchema).default([]),
      /** What the colour highlights said; the text extraction lost them, so usually unknown. */
      originalDecisionDate: monthSchema.nullable().default(null),
      /** The month DCC was originally due to deliver its PA or IA; unknown where lost. */
      originalAssessmentDueDate: monthSchema.nullable().default(null),
      /** Where the row is. */
      sources: citationsSchema(reference),
    })
    .strict();

/** What a modification impacts, from a release's contents table. */
const systemsSchema = (reference: Reference) =>
  z.union([z.literal('TBC'), z.array(reference('documents'))], {
    error: typeError('must be "TBC" or a list of document ids'),
  });

export const modificationSchema = (reference: Reference) =>
  z
    .object({
      /** The modification number, `SECMPnnnn`; the file is named after it. */
      id: modificationIdSchema,
      /** The full title as the code administrator's paper gives it; `null` where no source gives one. */
      title: z.string().min(1).nullable(),
      /** The status report's short title (its "Mod Title" column). */
      shortTitle: z.string().min(1),
      /** Where the full and short titles come from. */
      titleSources: citationsSchema(reference),
      /** Other names the sources use for the modification. */
      otherTitles: z
        .array(
          z
            .object({
              /** The name as written. */
              title: z.string().min(1),
              /** Where it is written. */
              sources: citationsSchema(reference),
            })
            .strict(),
        )
        .default([]),
      /** Who proposed it; `null` where the sources do not say. */
      proposer: sourcedTextSchema(reference).nullable(),
      /** The Working Group it is allocated (or proposed to be allocated) to; `null` if unknown. */
      workingGroup: z
        .object({
          /** The working group's id, e.g. `wg1`. */
          group: reference('workingGroups'),
          /** `allocated` by the Panel, or only `proposed` for allocation. */
          allocation: z.enum(['allocated', 'proposed']),
          /** Why, where the source says. */
          reason: z.string().min(1).optional(),
          /** Where the allocation is stated. */
          sources: citationsSchema(reference),
        })
        .strict()
        .nullable(),
      /** Self-governance or Authority decision; `null` where the sources do not say. */
      governance: z
        .object({
          /** The governance path. */
          path: z.enum(['self-governance', 'authority', 'fast-track']),
          /** Where it is stated. */
          sources: citationsSchema(reference),
        })
        .strict()
        .nullable(),
      /** The SEC Release it is targeted for, with what it would impact; `null` if none is given. */
      targetRelease: z
        .object({
          /** The release's id, `YYYY-MM`. */
          release: reference('releases'),
          /** The id of the release's status note that the contents table gives this row, e.g. "earliest-point". */
          status: z.string().min(1),
          /** The documents the release contents table lists as potentially impacted. */
          impactedDocuments: z.array(reference('documents')).min(1, 'must list at least one document (use the release note for "TBC")'),
          /** The systems it lists: ids of documents of type `system`, "TBC", or `null` where the cell is blank. */
          impactedSystems: systemsSchema(reference).nullable(),
          /** Where the release contents are stated. */
          sources: citationsSchema(reference),
        })
        .strict()
        .nullable(),
      /** The dated history: facts on or before the as-of date, in date order. */
      events: z.array(eventSchema(reference)).min(1, 'must hold at least one event: the phase is derived from events'),
      /** Planned steps, which may lie after the as-of date. */
      plans: z.array(planSchema(reference)).default([]),
      /** The row of the status report's progression table; `null` where it has none. */
      progression: progressionSchema(reference).nullable().default(null),
      /** Modifications the sources treat together, and why. Shown on both pages. */
      related: z
        .array(
          z
            .object({
              /** The other modification's number. */
              modification: reference('modifications'),
              /** What the sources say connects them. */
              reason: z.string().min(1),
              /** Where. */
              sources: citationsSchema(reference),
            })
            .strict(),
        )
        .default([]),
      /** Documents the sources name in connection with the modification, beyond its release impacts. */
      mentions: z.array(reference('documents')).default([]),
      /** Pages elsewhere, such as the modification's page on the SEC website. */
      links: z.array(linkSchema(reference)).default([]),
      /** Where the sources disagree about this modification. */
      discrepancies: z.array(discrepancySchema(reference)).default([]),
      /** Anything else the sources say. */
      notes: notesSchema(reference),
    })
    .strict();

export type ModificationData = z.output<ReturnType<typeof modificationSchema>>;
export type ModificationEventData = ModificationData['events'][number];
export type ModificationPlanData = ModificationData['plans'][number];
export type ProgressionData = NonNullable<ModificationData['progression']>;
