/**
 * A scheduled SEC Release: `content/releases/YYYY-MM.json`, named after the month of its date.
 *
 * The release lists the modifications the status report plans for it; each of those names
 * this release as its target, and the integrity checks hold the two sides together. The
 * impacts of each modification live in the modification's file, so they are written once.
 */
import { z } from 'astro/zod';
import { citationsSchema, daySchema, notesSchema, sourcedTextSchema, typeError, type Reference } from './common';

export const releaseSchema = (reference: Reference) =>
  z
    .object({
      /** `YYYY-MM` of the release date; the file is named after it. */
      id: z
        .string({ error: typeError('must be the release month written as text, e.g. "2018-02"') })
        .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be the release month, YYYY-MM'),
      /** The release's name, e.g. "February 2018 SEC Release". */
      name: z.string().min(1),
      /** The day the release is scheduled for. */
      date: daySchema,
      /**
       * The modifications planned for the release, in groups that share the report's status
       * note (the report merges the note across rows).
       */
      planned: z
        .array(
          z
            .object({
              /** The modifications the note covers. */
              modifications: z.array(reference('modifications')).min(1),
              /** The report's status note for them. */
              status: z.string().min(1),
              /** Where the rows are. */
              sources: citationsSchema(reference),
            })
            .strict(),
        )
        .default([]),
      /** What the release will and will not contain, and why. */
      scope: z.array(sourcedTextSchema(reference)).default([]),
      /** Where the release is described. */
      sources: citationsSchema(reference),
      /** Anything else the sources say. */
      notes: notesSchema(reference),
    })
    .strict();

export type ReleaseData = z.output<ReturnType<typeof releaseSchema>>;
