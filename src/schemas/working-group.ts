/**
 * A SEC Working Group: `content/working-groups/wgN.json`.
 *
 * The file holds the group's name and remit. Its allocated modifications and its meetings are
 * not listed here: they are queried from the modifications and meetings that name the group,
 * so they cannot disagree with them.
 */
import { z } from 'astro/zod';
import { citationsSchema, notesSchema, type Reference } from './common';

export const workingGroupSchema = (reference: Reference) =>
  z
    .object({
      /** `wg1` to `wg5`; the file is named after it. */
      id: z.string().regex(/^wg\d+$/, 'must be "wg" followed by the group number, e.g. "wg1"'),
      /** The group's name, e.g. "Working Group 1". */
      name: z.string().min(1),
      /** The short form the sources use, e.g. "WG1". */
      abbreviation: z.string().min(1),
      /** What the group deals with, in the status report's words. */
      remit: z.string().min(1),
      /** Where the remit is stated. */
      sources: citationsSchema(reference),
      /** Anything else the sources say. */
      notes: notesSchema(reference),
    })
    .strict();

export type WorkingGroupData = z.output<ReturnType<typeof workingGroupSchema>>;
