/**
 * The building blocks of the JSON API's documents (days, addresses, citations, states, references
 * and the fields every file starts with), shared by `schemas.ts` and `report-schemas.ts`.
 */
import { z } from 'astro/zod';
import { datePrecisions } from './vocabulary';
import { eventKinds, phases, refinementStages } from '../../domain/vocabulary';

export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('A calendar day, YYYY-MM-DD.');
export const month = z.string().regex(/^\d{4}-\d{2}$/).describe('A month, YYYY-MM.');
export const address = z
  .string()
  .regex(/^\/[^\s]*$/)
  .describe('An address on this site, root-relative (it starts with "/"): resolve it against the address this file was fetched from.');
export const modificationId = z.string().regex(/^SECMP\d{4}$/).describe('A modification number, e.g. "SECMP0023".');
export const text = z.string().min(1);

export const sourceDate = z
  .strictObject({
    text: z.string().describe('The date as the sources give it: a day "2016-10-27", a month "2016-10", or an interval "2016-10/2016-11-09" or "../2016-11-09" (open start: on or before).'),
    precision: z.enum(datePrecisions).describe('How precise the sources are: a day, a month, or an interval between two dates.'),
    earliest: day.nullable().describe('The earliest day the date allows; null for an interval with an open start.'),
    latest: day.describe('The latest day the date allows.'),
    words: z.string().describe('The date in words, as the pages show it: "27 October 2016", "by 9 November 2016".'),
  })
  .describe('A date as precisely as the sources give it.');

export const citation = z
  .strictObject({
    source: text.describe('The id of the source paper.'),
    section: text.describe('The section of the source, e.g. "4.1".'),
    locator: z.string().nullable().describe('A finer place within the section, e.g. "Table two"; null where none is given.'),
    label: text.describe('The citation in words, e.g. "SEC Update §4.3 (Table two)".'),
    page: address.describe("The address of the section on the source's page."),
  })
  .describe('Where a fact comes from.');
export const citations = z.array(citation).describe('Where the fact comes from: one or more source sections.');

export const phaseState = z
  .strictObject({
    phase: z.enum(phases).describe('The phase, from the status report\'s phases: open phases first, then closed ones.'),
    phaseLabel: text.describe('The phase in words, e.g. "Refinement".'),
    open: z.boolean().describe('Whether the status report counts the phase as open.'),
    stage: z.enum(refinementStages).nullable().describe('The Refinement stage; null outside Refinement.'),
    stageLabel: z.string().nullable().describe('The stage in words; null outside Refinement.'),
    onHold: z.boolean().describe('Whether the status report marks it on hold.'),
    words: text.describe('The whole state in words, as a badge on the pages reads it: "Refinement · DCC Impact Assessment · on hold".'),
    inferred: z
      .array(
        z.strictObject({
          part: z.enum(['phase', 'stage', 'hold']).describe('The part of the state that rests on an inference: the phase, the Refinement stage, or the hold.'),
          event: z.number().int().min(0).describe("The place in the modification's history (from 0) of the inferred event it rests on."),
          basis: text.describe('How the register inferred that event, in words.'),
        }),
      )
      .describe('The parts of the state the register inferred rather than read in a source (the pages mark them "inferred"); empty when every part is stated. Added within v1.'),
  })
  .describe("Where a modification stands, replayed from its dated events (never typed in).");

export const sourcedText = z
  .strictObject({ text: text.describe('The text, in the sources\' words where possible.'), sources: citations })
  .describe('A passage from the sources, with its citations.');

export const documentRef = z
  .strictObject({ id: text.describe('The document\'s id.'), name: text.describe('Its name.'), page: address.describe('Its page.') })
  .describe('A SEC section, appendix, technical document or system.');

export const modificationAddresses = z
  .strictObject({
    page: address.describe('The modification\'s page.'),
    feed: address.describe('Its Atom feed of events.'),
    calendar: address.describe('Its iCalendar file of planned dates.'),
    api: address.describe('Its JSON file in this API.'),
  })
  .describe('Where to find the modification.');

export const workingGroupRef = z
  .strictObject({
    id: text.describe('The working group\'s id, e.g. "wg1".'),
    name: text.describe('Its name, e.g. "Working Group 1".'),
    abbreviation: text.describe('Its short name, e.g. "WG1".'),
    allocation: z.enum(['allocated', 'proposed']).describe('Whether the Panel allocated the modification to it, or it is only proposed for allocation.'),
  })
  .describe('The working group the modification is allocated (or proposed) to.');

export const releaseRef = z
  .strictObject({ id: month.describe('The release\'s id, its month.'), name: text.describe('Its name, e.g. "February 2018 SEC Release".'), date: day.describe('Its scheduled day.') })
  .describe('A scheduled SEC Release.');

export const planStatus = z
  .enum(['planned', 'done', 'unrecorded'])
  .describe('"done" once its event is on record, "planned" while it is still to come, "unrecorded" where its date has passed and no source records it done (a date passing is not an outcome).');

export const step = z
  .strictObject({
    kind: z.enum(eventKinds).describe('What happens, from the register\'s closed vocabulary of event kinds.'),
    label: text.describe('The kind in words, e.g. "Panel approved Refinement".'),
    date: sourceDate.nullable().describe('When; null where the sources give no date.'),
    detail: text.describe('What the sources say.'),
    meeting: z.string().nullable().describe('The id of the meeting it happens at, if any (see meetings.json).'),
  })
  .describe('A step of the process.');

export const meta = {
  $schema: address.describe("The address of this file's JSON Schema."),
  version: z.literal('v1').describe('The API version: within v1, changes are additive only.'),
  asOf: day.describe("The register's as-of date: the date of its newest source. Every fact is as of this day; it is never the build date."),
};
