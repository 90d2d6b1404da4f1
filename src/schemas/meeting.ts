/**
 * A meeting: `content/meetings/<id>.json`. SEC Panel, DCUSA Panel, Change Board and Working
 * Group meetings, and the SEC Small Supplier Engagement Day.
 *
 * Whether a meeting met is what a source records (`held`, or an event at it in a modification's
 * history), never inferred from its date. A meeting that the sources say did not take place
 * keeps its entry, with `notHeld` saying why: "did not meet in October 2016, because ..." is a
 * fact too.
 */
import { z } from 'astro/zod';
import { meetingTypes, type MeetingType } from '../domain/vocabulary';
import { citationsSchema, discrepancySchema, notesSchema, sourceDateSchema, type Reference } from './common';

const base = (reference: Reference) => ({
  /** The meeting's id, e.g. `wg1-2016-10-27`; the file is named after it. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'),
  /** A name, where the meeting has one beyond its type and date. */
  title: z.string().min(1).optional(),
  /** When it met or is to meet, as precisely as the sources say. */
  date: sourceDateSchema,
  /** How it met, where the sources say. */
  mode: z.enum(['teleconference', 'in-person']).nullable().default(null),
  /** What is known of its agenda, item by item. */
  agenda: z
    .array(
      z
        .object({
          /**
           * The item, in the source's words. The modifications it concerns are those it names
           * (SECMP0023); each is linked, and what the meeting did for each is written once, as an
           * event or a plan in that modification's history.
           */
          item: z.string().min(1),
          /** Documents the item concerns. */
          documents: z.array(reference('documents')).default([]),
          /** Where it is stated. */
          sources: citationsSchema(reference),
        })
        .strict(),
    )
    .default([]),
  /**
   * Present when a source says the meeting took place and no modification's history records an
   * event at it (an event at a meeting is itself the record that it met). Without either, a
   * meeting whose date has passed is shown as "outcome not yet recorded", never as held.
   */
  held: z
    .object({
      /** What the source says of it, in its words where possible. */
      detail: z.string().min(1).optional(),
      /** Where it is stated. */
      sources: citationsSchema(reference),
    })
    .strict()
    .optional(),
  /** Present when the sources say the meeting did not take place: why. */
  notHeld: z
    .object({
      /** Why it did not take place, in the source's words where possible. */
      reason: z.string().min(1),
      /** Where it is stated. */
      sources: citationsSchema(reference),
    })
    .strict()
    .optional(),
  /** Where the meeting is named. */
  sources: citationsSchema(reference),
  /** Where the sources disagree about the meeting. */
  discrepancies: z.array(discrepancySchema(reference)).default([]),
  /** Anything else the sources say. */
  notes: notesSchema(reference),
});

export const meetingSchema = (reference: Reference) =>
  z.discriminatedUnion(
    'type',
    [
      z
        .object({
          /** `sec-panel`: a meeting of the SEC Panel. */
          type: z.literal('sec-panel'),
          ...base(reference),
        })
        .strict(),
      z
        .object({
          /** `dcusa-panel`: a meeting of the DCUSA Panel. */
          type: z.literal('dcusa-panel'),
          ...base(reference),
        })
        .strict(),
      z
        .object({
          /** `change-board`: a meeting of the SEC Change Board. */
          type: z.literal('change-board'),
          ...base(reference),
        })
        .strict(),
      z
        .object({
          /** `engagement-day`: the SEC Small Supplier Engagement Day. */
          type: z.literal('engagement-day'),
          ...base(reference),
        })
        .strict(),
      z
        .object({
          /** `working-group`: a meeting of a SEC Working Group. */
          type: z.literal('working-group'),
          /** The working group that meets. */
          workingGroup: reference('workingGroups'),
          ...base(reference),
        })
        .strict(),
    ],
    {
      error: (issue) =>
        issue.code === 'invalid_union' && issue.input !== undefined ? `must be one of: ${meetingTypes.join(', ')}` : undefined,
    },
  );

export type MeetingData = z.output<ReturnType<typeof meetingSchema>>;
export type WorkingGroupMeeting = Extract<MeetingData, { type: 'working-group' }>;

/** Whether a meeting is a working group's. */
export function isWorkingGroupMeeting<M extends { readonly type: MeetingType }>(meeting: M): meeting is Extract<M, { type: 'working-group' }> {
  return meeting.type === 'working-group';
}
