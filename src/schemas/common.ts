/**
 * Building blocks shared by the collection schemas: references, dates, citations, links and
 * recorded discrepancies between sources.
 */
import { z } from 'astro/zod';
import { isDay, parseSourceDate } from '../domain/dates';
import { linkProblem } from '../domain/links';

/** The names of the register's collections, as `src/content.config.ts` defines them. */
export const collectionNames = [
  'modifications',
  'releases',
  'versions',
  'workingGroups',
  'documents',
  'sources',
  'meetings',
] as const;
export type CollectionName = (typeof collectionNames)[number];

/**
 * Makes the schema of a reference to another collection. Astro's build passes one built on
 * `reference()` from `astro:content`; the content linter, which runs outside Astro, passes
 * `plainReference`. Both yield the referenced entry's id as a string, and the integrity checks
 * resolve every id, so the two paths validate content identically.
 */
export type Reference = (collection: CollectionName) => z.ZodType<string, unknown>;

/** A reference as a plain id string; used wherever `astro:content` is not available. */
export const plainReference: Reference = (collection) =>
  z.string({ error: typeError(`must be the id of an entry in ${collection}`) }).min(1, 'must not be empty');

/**
 * The message for a value of the wrong type. A missing value gets none here, so that it falls
 * through to the linter's own "is required but missing".
 */
export function typeError(message: string): (issue: { readonly input?: unknown }) => string | undefined {
  return (issue) => (issue.input === undefined ? undefined : message);
}

/**
 * YAML parsers disagree about unquoted dates: Astro's reads `2016-10-27` as a timestamp, the
 * linter's as a string. Both become the same `YYYY-MM-DD` string here, so both paths see the
 * same value. (An impossible unquoted date such as 2016-02-30 would roll over to March in
 * Astro's parser; the linter, which keeps the text, rejects it before Astro ever runs.)
 */
function dateText(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

/**
 * A date as a source gives it: a day (`2016-10-27`), a month (`2016-10`), or an interval
 * (`../2016-11-09` for "on or before", `2016-10/2016-11-09` for "between").
 */
export const sourceDateSchema = z.preprocess(
  dateText,
  z.string({ error: typeError('must be a date written as text, e.g. "2016-10-27", "2016-10" or "../2016-11-09"') }).superRefine((text, ctx) => {
    const parsed = parseSourceDate(text);
    if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
  }),
);

/** An exact calendar day, `YYYY-MM-DD`, that exists in the calendar. */
export const daySchema = z.preprocess(
  dateText,
  z.string({ error: typeError('must be a day written as text, e.g. "2016-11-09"') }).refine(isDay, {
    error: (issue) => `"${String(issue.input)}" is not a real calendar day written YYYY-MM-DD`,
  }),
);

/** Where a fact comes from: a source and one of its sections. */
export const citationSchema = (reference: Reference) =>
  z
    .object({
      /** The id of the source paper in `content/sources/`. */
      source: reference('sources'),
      /** The id of the section of that source, e.g. `4.1`; the integrity checks resolve it. */
      section: z.string({ error: typeError('must be a section id written as text, e.g. "4.1"') }).min(1),
      /** A finer place within the section, e.g. "Table two" or "footnote 1". */
      locator: z.string().min(1).optional(),
    })
    .strict();
export type Citation = z.output<ReturnType<typeof citationSchema>>;

/** At least one citation: every fact in the register says where it came from. */
export const citationsSchema = (reference: Reference) =>
  z.array(citationSchema(reference)).min(1, 'must cite at least one source section');

/** A passage of text taken from the sources, with its citations. */
export const sourcedTextSchema = (reference: Reference) =>
  z
    .object({
      /** The text, in the source's words where possible. Blank lines separate paragraphs. */
      text: z.string().min(1),
      /** Where the text comes from. */
      sources: citationsSchema(reference),
    })
    .strict();

/** A link to a page or file elsewhere, as printed in a source. */
export const linkSchema = (reference: Reference) =>
  z
    .object({
      /** What the link is, in words. */
      title: z.string().min(1),
      /** The absolute address: https:, or http: or mailto: where the source prints it so. */
      url: z.string().superRefine((text, ctx) => {
        const problem = linkProblem(text);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
      /** Where the address is printed. */
      sources: citationsSchema(reference),
    })
    .strict();

/**
 * A place where the sources disagree with each other, or say something the site has to read
 * one way or another. Every reading is kept; `shown` says which one the site displays, and
 * `why` says why.
 */
export const discrepancySchema = (reference: Reference) =>
  z
    .object({
      /** The field or fact the readings concern, e.g. `title` or `date`. */
      about: z.string().min(1),
      /** The readings, each with the sources that give it. */
      readings: z
        .array(
          z
            .object({
              /** The reading, as text. */
              value: z.string().min(1),
              /** The sources that give this reading. */
              sources: citationsSchema(reference),
            })
            .strict(),
        )
        .min(1, 'must list at least one reading'),
      /** The index (from 0) of the reading the site shows. */
      shown: z.number().int().min(0),
      /** Why the site shows that reading. */
      why: z.string().min(1),
    })
    .strict()
    .superRefine((d, ctx) => {
      if (d.shown >= d.readings.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['shown'],
          message: `is ${d.shown} but there are only ${d.readings.length} readings (count from 0)`,
        });
      }
    });
export type Discrepancy = z.output<ReturnType<typeof discrepancySchema>>;

/** Free notes an editor attaches to an entry, each with its sources. */
export const notesSchema = (reference: Reference) => z.array(sourcedTextSchema(reference)).default([]);
