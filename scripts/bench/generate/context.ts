/**
 * What the parts of the generator share while they build one register, and the types of the
 * entries they build.
 *
 * The entries are typed by the schemas' input types, so a misspelt or missing field fails
 * `astro check` here rather than only at lint time.
 */
import type { z } from 'astro/zod';
import type { Day } from '../../../src/domain/dates';
import type { documentSchema } from '../../../src/schemas/document';
import type { meetingSchema } from '../../../src/schemas/meeting';
import type { eventSchema, modificationSchema, planSchema } from '../../../src/schemas/modification';
import type { releaseSchema } from '../../../src/schemas/release';
import type { versionSchema } from '../../../src/schemas/version';
import type { Basis, DocumentSummary } from './basis';
import type { Calendar } from './calendar';
import type { Citation, Citations } from './citations';
import type { Random } from './random';

/**
 * A generated modification: its frontmatter's fields, and the narrative its body is written
 * from, one passage per section (`files.ts` writes each under its heading).
 */
export type ModificationInput = z.input<ReturnType<typeof modificationSchema>> & {
  summary?: Passage | null;
  issue?: Passage | null;
  solution?: Passage | null;
  background?: Passage | null;
};

/**
 * A run of a paragraph: words, words in bold or italics, a link, or one of the register's
 * components: a citation (`<Cite />`), a link to a modification by number (`<Mod />`), or
 * words the register infers (`<Inferred>`). Runs are written one after another with a space
 * between them, except before a run that starts with punctuation.
 */
export type Run =
  | { readonly text: string }
  | { readonly strong: string }
  | { readonly emphasis: string }
  | { readonly link: string; readonly url: string }
  | { readonly cite: Citation }
  | { readonly mod: number }
  | { readonly inferred: string; readonly basis: string };

/** A block of a section: a paragraph of runs, or a bulleted list whose items are runs. */
export type Block = { readonly paragraph: readonly Run[] } | { readonly list: readonly (readonly Run[])[] };

/** A section of a modification's narrative: its blocks, in order. */
export type Passage = readonly Block[];
/** One dated event of a modification's history. */
export type EventInput = z.input<ReturnType<typeof eventSchema>>;
/** One plan of an open modification. */
export type PlanInput = z.input<ReturnType<typeof planSchema>>;
/** A meeting entry. */
export type MeetingInput = z.input<ReturnType<typeof meetingSchema>>;
/** A release entry. */
export type ReleaseInput = z.input<ReturnType<typeof releaseSchema>>;
/** A version (designation) entry. */
export type VersionInput = z.input<ReturnType<typeof versionSchema>>;
/** A document entry. */
export type DocumentInput = z.input<ReturnType<typeof documentSchema>>;

/** A release as planned, before its entry is built. */
export interface PlannedRelease {
  readonly id: string;
  readonly date: Day;
  /** The modifications that target it, in the order they were generated (number order). */
  readonly targeting: string[];
  /** The status notes its targeting modifications have given so far, by index in RELEASE_STATUSES. */
  readonly notesUsed: Set<number>;
}

/** The state one run of the generator shares between its parts. */
export interface Context {
  /** The run's only source of randomness. */
  readonly rng: Random;
  /** How many modifications the register holds. */
  readonly n: number;
  /** The as-of date of the copied sources: no event is later. */
  readonly asOf: Day;
  /** The earliest day a history may start on. */
  readonly start: Day;
  readonly citations: Citations;
  readonly calendar: Calendar;
  /** Every document, real and generated, then the systems and the others among them. */
  readonly documents: readonly DocumentSummary[];
  readonly systems: readonly DocumentSummary[];
  readonly nonSystems: readonly DocumentSummary[];
  readonly workingGroups: Basis['workingGroups'];
  readonly releases: readonly PlannedRelease[];
}

/** A working group's name, e.g. "Working Group 2", for details and locators. */
export function groupName(ctx: Context, id: string): string {
  return ctx.workingGroups.find((g) => g.id === id)?.name ?? id;
}
