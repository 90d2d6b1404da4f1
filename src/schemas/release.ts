/**
 * A scheduled SEC Release: `content/releases/YYYY-MM.json`, named after the month of its date.
 *
 * A release holds its date, its scope and the status notes of its contents table. The
 * modifications it would carry, their status and their impacts live in each modification's
 * file (`targetRelease`), so every fact of the release contents is written once.
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
       * The status notes the release contents table gives its rows, each written once. Which
       * modifications a release carries is not listed here: each modification names its target
       * release and its status note (`targetRelease` in its file), and the release page is
       * derived from them.
       */
      statusNotes: z
        .array(
          z
            .object({
              /** A short name for the note, which a modification's `targetRelease.status` refers to, e.g. "earliest-point". */
              id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'),
              /** The note, in the report's words. */
              text: z.string().min(1),
              /** Where the note is. */
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
