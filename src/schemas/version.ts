/**
 * A designated version of the SEC: `content/versions/<version>.json`, e.g. `5.0.json`.
 *
 * The Secretary of State designates each version by a direction, which brings sections of the
 * SEC into legal effect and designates (or re-designates) subsidiary documents.
 */
import { z } from 'astro/zod';
import { versionChangeKinds } from '../domain/vocabulary';
import { citationsSchema, daySchema, discrepancySchema, linkSchema, notesSchema, typeError, type Reference } from './common';

export const versionSchema = (reference: Reference) =>
  z
    .object({
      /** The version number as text, e.g. "5.0" (quoted: unquoted YAML would read 5.0 as 5). */
      id: z
        .string({ error: typeError('must be the version number written as text; quote the value, e.g. "5.0"') })
        .regex(/^\d+\.\d+$/, 'must be a version number such as "4.17"'),
      /** The heading the source gives the designation. */
      title: z.string().min(1),
      /** The day the designated changes took effect. */
      effective: daySchema,
      /** Present when the effective date is the register's reading rather than the source's words: why. */
      effectiveBasis: z.string().min(1).optional(),
      /** Who designated the version, as the source says; `null` where it does not say. */
      designatedBy: z.string().min(1).nullable(),
      /** The instrument, e.g. "Direction letter". */
      instrument: z.string().min(1),
      /** What the designation does, in the source's words. */
      summary: z.string().min(1),
      /** The changes to the SEC and its subsidiary documents. */
      changes: z
        .array(
          z
            .object({
              /** What kind of change. */
              kind: z.enum(versionChangeKinds),
              /** The document changed; absent where the source names no single document. */
              document: reference('documents').optional(),
              /** The change in the source's words. */
              detail: z.string().min(1),
              /** Where it is stated. */
              sources: citationsSchema(reference),
            })
            .strict(),
        )
        .min(1, 'must list at least one change'),
      /** The direction letters and notices, as linked from the source. */
      links: z.array(linkSchema(reference)).default([]),
      /** Where the designation is described. */
      sources: citationsSchema(reference),
      /** Where the sources are unclear about this designation. */
      discrepancies: z.array(discrepancySchema(reference)).default([]),
      /** Anything else the sources say. */
      notes: notesSchema(reference),
    })
    .strict();

export type VersionData = z.output<ReturnType<typeof versionSchema>>;
