/**
 * A source paper: `content/sources/<id>.json`, with its text in `content/sources/text/`.
 *
 * Each section records the lines of the text it spans, so a citation such as "SEC Update,
 * §4.1" leads to the very words it rests on.
 */
import { z } from 'astro/zod';
import { citationsSchema, linkSchema, notesSchema, sourceDateSchema, typeError, type Reference } from './common';

const lineRange = z
  .tuple([z.number().int().min(1), z.number().int().min(1)], {
    error: typeError('must be [first line, last line]'),
  })
  .refine(([first, last]) => first <= last, 'must not end before it starts');

export const sourceSchema = (reference: Reference) =>
  z
    .object({
      /** The source's id; the file is named after it. */
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'),
      /** The title as printed, or as the paper that attaches it names it. */
      title: z.string().min(1),
      /** A shorter name for citations, e.g. "SEC Update". */
      shortTitle: z.string().min(1),
      /** `paper` for a paper to a panel, `report` for a periodic report. */
      kind: z.enum(['paper', 'report']),
      /** Who wrote it. */
      author: z.string().min(1),
      /** Who signed it, where it says. */
      signedBy: z.string().min(1).nullable(),
      /** Who it was written for, where it says. */
      audience: z.string().min(1).nullable(),
      /** Its date, as precisely as known. The newest source's latest day is the register's as-of date. */
      date: sourceDateSchema,
      /** The paper it is attached to, if any. */
      attachedTo: reference('sources').optional(),
      /** What it is and what it covers. */
      description: z.string().min(1),
      /** Its text: a file in `content/sources/text/` and the lines of it this source spans. */
      text: z
        .object({
          /** The file's name in `content/sources/text/`, e.g. `000_9edbd0117171751f.txt`. */
          file: z.string().regex(/^[\w.-]+\.txt$/, 'must be a .txt file name'),
          /** The first and last line of the file that this source spans, counted from 1. */
          lines: lineRange,
        })
        .strict(),
      /** Its numbered sections, each with its lines in the text file. */
      sections: z
        .array(
          z
            .object({
              /** The section number as printed, e.g. "4.1". */
              id: z.string().min(1),
              /** The heading as printed. */
              title: z.string().min(1),
              /** The lines of the text file it spans. */
              lines: lineRange,
            })
            .strict(),
        )
        .min(1),
      /** Addresses printed in the source. */
      links: z.array(linkSchema(reference)).default([]),
      /**
       * The month columns of the source's progression table, where it has one: the months its
       * header prints, first and last. Charts of the progression timeline span at least these.
       */
      progressionColumns: z
        .object({
          /** The first month the header prints, `YYYY-MM`. */
          first: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM'),
          /** The last month the header prints, `YYYY-MM`. */
          last: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM'),
          /** Where the header is. */
          sources: citationsSchema(reference),
        })
        .strict()
        .refine((c) => c.first <= c.last, { message: 'must not end before it starts', path: ['last'] })
        .optional(),
      /**
       * For a periodic report, the period it says it covers, where it says so. The register's
       * monthly report for the source's month starts there when no earlier report precedes it
       * (later months start the day after the previous report's cut-off).
       */
      covers: z
        .object({
          /** When the period starts, as precisely as the source says, e.g. `2016-10` for "the October 2016 SEC Panel meeting". */
          from: sourceDateSchema,
          /** The period in the source's words, e.g. "between the October 2016 and November 2016 SEC Panel meetings". */
          text: z.string().min(1),
          /** Where it is stated. */
          sources: citationsSchema(reference),
        })
        .strict()
        .optional(),
      /** How the register reads the source where its text extraction is unclear. */
      notes: notesSchema(reference),
      /**
       * The contact details the source prints for its author, where it prints any: the register
       * shows the newest source's wherever a reader is told to contact them.
       */
      contact: z
        .object({
          /** Who to contact, as printed, e.g. "SECAS Helpdesk". */
          name: z.string().min(1),
          /** The telephone number as printed, e.g. "+44 (0) 20 7090 7755"; `null` where none is printed. */
          telephone: z
            .string()
            .regex(/^\+?[0-9 ()]{6,30}$/, 'must be a telephone number written with digits, spaces, brackets and a leading +')
            .nullable(),
          /** The email address as printed; `null` where none is printed. */
          email: z.string().regex(/^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i, 'must be an email address, e.g. secas@gemserv.com').nullable(),
          /** Where the details are printed. */
          sources: citationsSchema(reference),
        })
        .strict()
        .optional(),
    })
    .strict();

export type SourceData = z.output<ReturnType<typeof sourceSchema>>;
