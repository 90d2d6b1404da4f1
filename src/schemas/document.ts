/**
 * A document or system the sources name: `content/documents/<id>.json`.
 *
 * Parts of the SEC itself (sections, appendices, schedules) carry the SEC's own reference;
 * technical documents and systems named as impacts in release contents carry the short form
 * the sources use. A full name is recorded only where a source spells it out.
 */
import { z } from 'astro/zod';
import { documentTypes, type DocumentType } from '../domain/vocabulary';
import { citationsSchema, discrepancySchema, notesSchema, type Reference } from './common';

const base = (reference: Reference) => ({
  /** The document's id, lowercase; the file is named after it and the page lives at `/documents/<id>/`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, e.g. "appendix-r"'),
  /** The name the site shows, e.g. "SEC Appendix R" or "GBCS". */
  name: z.string().min(1),
  /** The full name where a source spells it out; `null` where none does. */
  fullName: z.string().min(1).nullable(),
  /** Where the name and full name come from. */
  sources: citationsSchema(reference),
  /** Where the sources disagree about the document. */
  discrepancies: z.array(discrepancySchema(reference)).default([]),
  /** Anything else the sources say about it. */
  notes: notesSchema(reference),
});

/** The reference the SEC gives its own parts: "D5.4", "F2", "R", "5". */
const secReference = z.string().min(1);

export const documentSchema = (reference: Reference) =>
  z.discriminatedUnion(
    'type',
    [
      z
        .object({
          /** `code`: the Smart Energy Code as a whole. */
          type: z.literal('code'),
          ...base(reference),
        })
        .strict(),
      z
        .object({
          /** `sec-section`: a section of the SEC. */
          type: z.literal('sec-section'),
          /** The SEC's own reference for the section, e.g. "D5.4". */
          reference: secReference,
          ...base(reference),
        })
        .strict(),
      z
        .object({
          /** `sec-appendix`: an appendix of the SEC. */
          type: z.literal('sec-appendix'),
          /** The SEC's own reference for the appendix, e.g. "R". */
          reference: secReference,
          ...base(reference),
        })
        .strict(),
      z
        .object({
          /** `sec-schedule`: a schedule of the SEC. */
          type: z.literal('sec-schedule'),
          /** The SEC's own reference for the schedule, e.g. "5". */
          reference: secReference,
          ...base(reference),
        })
        .strict(),
      z
        .object({
          /** `technical-document`: a technical document, such as GBCS or DUIS. */
          type: z.literal('technical-document'),
          /** The short form the sources use, e.g. "GBCS". */
          abbreviation: z.string().min(1),
          ...base(reference),
        })
        .strict(),
      z
        .object({
          /** `system`: a system or party named as an impact, such as DCC or SMS. */
          type: z.literal('system'),
          /** The short form the sources use, e.g. "DCC". */
          abbreviation: z.string().min(1),
          ...base(reference),
        })
        .strict(),
    ],
    {
      error: (issue) =>
        issue.code === 'invalid_union' && issue.input !== undefined ? `must be one of: ${documentTypes.join(', ')}` : undefined,
    },
  );

export type DocumentData = z.output<ReturnType<typeof documentSchema>>;
export type SecPart = Extract<DocumentData, { type: 'sec-section' | 'sec-appendix' | 'sec-schedule' }>;
export type TechnicalDocument = Extract<DocumentData, { type: 'technical-document' }>;
export type SystemDocument = Extract<DocumentData, { type: 'system' }>;

/** Whether a document is a part of the SEC (a section, appendix or schedule). */
export function isSecPart<D extends { readonly type: DocumentType }>(doc: D): doc is Extract<D, { type: 'sec-section' | 'sec-appendix' | 'sec-schedule' }> {
  return doc.type === 'sec-section' || doc.type === 'sec-appendix' || doc.type === 'sec-schedule';
}

/** Whether a document is a technical document such as GBCS or DUIS. */
export function isTechnicalDocument<D extends { readonly type: DocumentType }>(doc: D): doc is Extract<D, { type: 'technical-document' }> {
  return doc.type === 'technical-document';
}

/** Whether a "document" is a system or party named as an impact, such as DCC or SMS. */
export function isSystem<D extends { readonly type: DocumentType }>(doc: D): doc is Extract<D, { type: 'system' }> {
  return doc.type === 'system';
}
