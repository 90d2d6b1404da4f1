/**
 * A deterministic generator of a synthetic SEC Register at scale, for benchmarks.
 *
 * The real register holds about twenty modifications, which is too few to show how the linter,
 * the integrity checks and the site build behave as the register grows. This script writes a
 * complete content folder of any size up to 9999 modifications, shaped like the real one: the
 * same folders, the same kinds of field, event histories that replay legally through the
 * transition table of `src/domain/phases.ts`, meetings, releases and versions that reference one
 * another, and citations that resolve. The output must pass `lintContentFolder` with no
 * problems, because a benchmark of content that fails its checks measures the wrong thing.
 *
 * The real documents, working groups and sources are copied unchanged. Copying the sources
 * keeps every citation resolvable and keeps the as-of date that of the real register (the
 * latest day of the newest source), so every generated event lies on or before it and
 * everything after it is a plan.
 *
 * The same `n` and `seed` always give byte-identical files: all randomness comes from one
 * seeded PRNG (mulberry32), every list read from disk is sorted, and nothing depends on the
 * clock or on the order in which the file system lists a folder.
 *
 * Usage: `npx tsx scripts/bench/generate.ts <dir> <n> [seed]`.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { formatDay, formatMonth, monthBounds, monthOf, nextMonth, parseSourceDate } from '../../src/domain/dates';
import { applyEvent, transitions, type PhaseState } from '../../src/domain/phases';
import { versionChangeKinds, versionChangeLabels, type DocumentType, type EventKind, type Phase, type progressionActivities } from '../../src/domain/vocabulary';
import { collectionFolders } from '../../src/schemas';
import type { documentSchema } from '../../src/schemas/document';
import type { meetingSchema } from '../../src/schemas/meeting';
import type { eventSchema, modificationSchema, planSchema } from '../../src/schemas/modification';
import type { releaseSchema } from '../../src/schemas/release';
import type { versionSchema } from '../../src/schemas/version';

/*
 * The generated entries are typed by the schemas' input types, so a misspelt or missing field
 * fails `astro check` here rather than only at lint time.
 */
type ModificationInput = z.input<ReturnType<typeof modificationSchema>>;
type EventInput = z.input<ReturnType<typeof eventSchema>>;
type PlanInput = z.input<ReturnType<typeof planSchema>>;
type MeetingInput = z.input<ReturnType<typeof meetingSchema>>;
type ReleaseInput = z.input<ReturnType<typeof releaseSchema>>;
type VersionInput = z.input<ReturnType<typeof versionSchema>>;
type DocumentInput = z.input<ReturnType<typeof documentSchema>>;
type ProgressionActivity = (typeof progressionActivities)[number];

/** A citation as the schemas define it, built here from the sections of the copied sources. */
interface Citation {
  source: string;
  section: string;
  locator?: string;
}

/** The real register's content, which the generated register copies and cites. */
const REAL_CONTENT = fileURLToPath(new URL('../../content', import.meta.url));

/** The earliest day a generated history may start on. */
const HISTORY_START = '2010-01-01';

/** The longest and shortest histories the generator writes. */
const MIN_EVENTS = 3;
const MAX_EVENTS = 15;

// ---------------------------------------------------------------------------------------------
// Randomness and days
// ---------------------------------------------------------------------------------------------

/**
 * A small seeded PRNG. mulberry32 is fast, has a 32-bit state that is trivial to seed, and is
 * plenty for synthetic data; `Math.random` cannot be seeded, so it would break determinism.
 */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Convenience draws over one PRNG stream, so every choice in the generator reads as intent. */
class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** A number in [0, 1). */
  float(): number {
    return this.next();
  }

  /** An integer from `lo` to `hi`, both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Up to `count` distinct elements, in the list's order, so the output is stable and readable. */
  sample<T>(items: readonly T[], count: number): T[] {
    const indexes = items.map((_, i) => i);
    const chosen: number[] = [];
    for (let k = 0; k < Math.min(count, items.length); k++) {
      const j = k + Math.floor(this.next() * (indexes.length - k));
      const tmp = indexes[k] as number;
      indexes[k] = indexes[j] as number;
      indexes[j] = tmp;
      chosen.push(indexes[k] as number);
    }
    return chosen.sort((a, b) => a - b).map((i) => items[i] as T);
  }

  /** One key of a table of weights, chosen in proportion to its weight. */
  weighted<K extends string>(weights: readonly (readonly [K, number])[]): K {
    const total = weights.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [key, w] of weights) {
      r -= w;
      if (r < 0) return key;
    }
    return (weights[weights.length - 1] as readonly [K, number])[0];
  }
}

const MS_PER_DAY = 86_400_000;

/**
 * Days are handled as whole numbers of days since 1970 so that gaps and comparisons are plain
 * arithmetic; they are turned back into `YYYY-MM-DD` only when written.
 */
function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / MS_PER_DAY;
}

function dayText(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The latest day a source date allows, as a day number; the dates here are generated, so valid. */
function latestOf(text: string): number {
  const parsed = parseSourceDate(text);
  if (typeof parsed === 'string') throw new Error(`generated an invalid date "${text}": ${parsed}`);
  return dayNumber(parsed.latest);
}

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

/** Things a smart-metering modification is about; titles and texts are built from these. */
const OBJECTS = [
  'debt register',
  'tariff',
  'Communication Hub',
  'gas flow rate',
  'firmware image',
  'credit cover calculation',
  'prepayment mode',
  'Smart Metering Inventory',
  'Device Log',
  'meter balance',
  'emergency credit',
  'Device Security Credentials',
  'SMETS2 ESME',
  'SMETS2 GSME',
  'Service Request',
  'Anomaly Detection threshold',
  'Certified Products List',
  'triage process',
  'Dual-Band Communications Hub',
  'SMKI certificate',
  'Registration Data',
  'Meter Serial Number',
  'load limiting',
  'Auxiliary Load Control Switch',
  'billing calendar',
  'supply interruption alert',
  'Install and Commission process',
  'Change of Supplier process',
  'DCC Alert',
  'User ID',
] as const;

const VERBS = ['reset', 'read', 'update', 'suspend', 'restore', 'validate', 'schedule', 'cancel', 'correct', 'extend'] as const;

const PARTIES = [
  'Import Suppliers',
  'Gas Suppliers',
  'Electricity Distributors',
  'Gas Transporters',
  'Other SEC Parties',
  'Registered Supplier Agents',
  'Small Suppliers',
  'DCC',
] as const;

const PROBLEMS = [
  'recorded in whole numbers only',
  'not updated after a change of supply',
  'held in different units on gas and electricity meters',
  'described differently in GBCS and DUIS',
  'not visible to the Registered Supplier Agent',
  'reset only by a site visit',
  'rejected at triage without a clear reason',
  'limited to values that no longer match the market',
] as const;

const SITUATIONS = [
  'a prepayment customer switches tariff',
  'the Communication Hub is replaced',
  'a firmware upgrade fails part-way',
  'a Service Request is rejected at triage',
  'the meter is commissioned',
  'the credit cover calculation runs overnight',
  'a customer changes supplier',
  'the meter loses its connection to the Communication Hub',
] as const;

const CONSEQUENCES = [
  'Suppliers must send an engineer to site to correct it',
  'customers may be billed on the wrong tariff',
  'DCC cannot process the Service Request',
  'the credit cover requirement is overstated',
  'alerts are raised that no User can act on',
  'the data cannot be reconciled with the Smart Metering Inventory',
  'consumers lose functionality they had before',
  'Users must raise a manual request through the DCC Service Desk',
] as const;

const TRIGGERS = [
  'SMETS2 end-to-end testing',
  'the Interface Testing phase',
  'a review of the DCC User Interface Specification',
  'monitoring after DCC Live',
  'a SEC Small Supplier Engagement Day',
  'an incident reported to the DCC Service Desk',
  'a review by the Security Sub-Committee',
  'discussions at the Technical Architecture and Business Architecture Sub-Committee',
] as const;

const OUTCOMES = [
  'Users can act on it remotely',
  'the values held on the meter match those in the SEC',
  'consumers are not left without supply',
  'Suppliers no longer need a site visit',
  'DCC can validate it at the point of triage',
  'the calculation reflects the actual risk to DCC',
] as const;

const PROPOSERS = [
  'A Large Supplier Party',
  'A Small Supplier Party',
  'An Electricity Network Party',
  'A Gas Network Party',
  'DCC',
  'SECAS, on behalf of the SEC Panel',
  'An Other SEC Party',
] as const;

/** Names of SEC sections and appendices added to the copied documents, so impacts vary more. */
const EXTRA_SECTIONS = 'ABCDEFGHIJKLMNOPQRSTUVWX'.split('');
const EXTRA_APPENDICES = 'ABCDEFGHIJKLMNOPQRSTUVWY'.split('');

const WITHDRAWAL_REASONS = [
  'The Proposer concluded that the cost of the change outweighed its benefits.',
  'The issue is addressed by another modification.',
  'Changes to DCC systems made the modification unnecessary.',
] as const;

const NOT_HELD_REASONS = [
  'There was no business for the meeting to consider.',
  'A full solution is still being developed for the Working Group to review.',
  'Work is being undertaken to pull together the information the group needs.',
  'Too few members could attend for the meeting to be quorate.',
] as const;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "A", "A and B", "A, B and C": how the sources list modifications in prose. */
function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`;
}

// ---------------------------------------------------------------------------------------------
// What is read from the real content
// ---------------------------------------------------------------------------------------------

interface Basis {
  /** The source files to copy, by name. */
  readonly sourceFiles: string[];
  readonly textFiles: string[];
  readonly documentFiles: string[];
  readonly workingGroupFiles: string[];
  /** Every citable section: the generated citations only ever use these. */
  readonly sections: { source: string; section: string; title: string }[];
  /** The as-of date the copied sources give the register. */
  readonly asOf: string;
  readonly documents: { id: string; type: DocumentType; name: string }[];
  readonly workingGroups: { id: string; name: string }[];
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
}

/**
 * Reads what the generated register reuses from the real one. The sources, their sections and
 * the documents are read rather than hard-coded, so the generator keeps producing valid content
 * while the real register's sources grow.
 */
function readBasis(): Basis {
  const sourceFiles = yamlFiles(join(REAL_CONTENT, 'sources'));
  const sections: Basis['sections'] = [];
  let asOf: string | null = null;
  for (const file of sourceFiles) {
    const data = parse(readFileSync(join(REAL_CONTENT, 'sources', file), 'utf8')) as {
      id: string;
      date: string;
      sections: { id: string; title: string }[];
    };
    const date = parseSourceDate(String(data.date));
    if (typeof date !== 'string' && (asOf === null || date.latest > asOf)) asOf = date.latest;
    for (const s of data.sections) sections.push({ source: data.id, section: String(s.id), title: s.title });
  }
  if (asOf === null || sections.length === 0) throw new Error(`no dated sources with sections in ${REAL_CONTENT}/sources`);
  const documentFiles = yamlFiles(join(REAL_CONTENT, 'documents'));
  const documents = documentFiles.map((file) => {
    const d = parse(readFileSync(join(REAL_CONTENT, 'documents', file), 'utf8')) as { id: string; type: DocumentType; name: string };
    return { id: d.id, type: d.type, name: d.name };
  });
  const workingGroupFiles = yamlFiles(join(REAL_CONTENT, 'working-groups'));
  const workingGroups = workingGroupFiles.map((file) => {
    const w = parse(readFileSync(join(REAL_CONTENT, 'working-groups', file), 'utf8')) as { id: string; name: string };
    return { id: w.id, name: w.name };
  });
  const textFiles = readdirSync(join(REAL_CONTENT, 'sources', 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return { sourceFiles, textFiles, documentFiles, workingGroupFiles, sections, asOf, documents, workingGroups };
}

// ---------------------------------------------------------------------------------------------
// Histories
// ---------------------------------------------------------------------------------------------

/** The state a modification is generated to be in on the as-of date. */
type Target = Phase | 'refinement-ia';

/** Which body an event happens at, so it can be tied to one of that body's meetings. */
type Venue = 'working-group' | 'sec-panel' | 'change-board';

interface Step {
  kind: EventKind;
  venue?: Venue;
  /**
   * How readily the step is dropped when a history is longer than fifteen events: 0 never
   * (it moves the phase), higher first. Only steps that leave the phase unchanged are
   * droppable (level 1 changes only the on-hold marker), so dropping one cannot make the
   * history illegal or change the phase it ends in.
   */
  drop: number;
}

/**
 * The fewest days an event follows the one before it, where the process needs time: a
 * consultation that closes the day it opens, or an assessment delivered the day it was asked
 * for, would look wrong on a timeline. The as-of date caps the gap, so it never pushes an
 * event into the future.
 */
const MIN_GAP: Partial<Record<EventKind, number>> = {
  'working-group-consultation-closed': 14,
  'modification-report-consultation-closed': 14,
  'preliminary-assessment-delivered': 20,
  'impact-assessment-delivered': 30,
  'adoption-window-closed': 10,
  'authority-approved': 20,
  'authority-rejected': 20,
  implemented: 30,
};

const PANEL_KINDS: ReadonlySet<EventKind> = new Set([
  'initial-modification-report-presented',
  'refinement-started',
  'draft-modification-report-presented',
  'final-modification-report-presented',
]);
const CHANGE_BOARD_KINDS: ReadonlySet<EventKind> = new Set([
  'change-board-considered',
  'change-board-approved',
  'change-board-rejected',
  'change-board-voted-for-authority',
]);

/**
 * The kinds of event that take a modification to a target state, in process order. The path
 * is written out by phase rather than searched for, because a readable path ("raised, Panel
 * approved Refinement, two Working Group meetings, a Preliminary Assessment, ...") is what
 * makes the data look like the real register. `assertLegal` checks the result afterwards.
 */
function stepsTo(target: Target, rng: Random, opensMidProcess: boolean): Step[] {
  const steps: Step[] = [];
  const add = (kind: EventKind, drop = 0) => {
    const venue: Venue | undefined =
      kind === 'working-group-meeting' ? 'working-group' : PANEL_KINDS.has(kind) ? 'sec-panel' : CHANGE_BOARD_KINDS.has(kind) ? 'change-board' : undefined;
    steps.push(venue ? { kind, venue, drop } : { kind, drop });
  };
  const order: Target[] = [
    'initial-modification-report',
    'refinement',
    'refinement-ia',
    'modification-report',
    'change-board',
    'awaiting-authority-decision',
    'pending-implementation',
    'implemented',
  ];

  if (target === 'withdrawn') {
    // A withdrawal can happen in any open phase: build the way there, then withdraw.
    const from = rng.weighted<Target>([
      ['initial-modification-report', 3],
      ['refinement', 5],
      ['modification-report', 2],
      ['change-board', 1],
    ]);
    steps.push(...stepsTo(from, rng, opensMidProcess));
    if (rng.chance(0.7)) {
      add('withdrawal-notified');
      if (rng.chance(0.6)) add('adoption-window-closed');
    }
    add('withdrawn');
    return steps;
  }
  if (target === 'rejected') {
    steps.push(...stepsTo('change-board', rng, opensMidProcess));
    if (rng.chance(0.3)) add('change-board-considered', 2);
    if (rng.chance(0.5)) add('change-board-rejected');
    else {
      add('change-board-voted-for-authority');
      add('authority-rejected');
    }
    return steps;
  }

  const reach = (t: Target) => order.indexOf(target) >= order.indexOf(t);

  // Opening: most histories start when the modification is raised; a few, like much of the
  // real register, are picked up mid-process when the Panel approves Refinement.
  if (opensMidProcess && target !== 'initial-modification-report') {
    add('refinement-started');
  } else {
    add('raised');
    if (rng.chance(0.6)) add('initial-modification-report-presented', 2);
    if (target === 'initial-modification-report') {
      if (rng.chance(0.5)) add('progress-update', 3);
      return steps;
    }
    add('refinement-started');
  }

  // Refinement: Working Group meetings, interleaved with assessments and consultations.
  const beyondRefinement = reach('modification-report');
  add('working-group-meeting', 3);
  if (rng.chance(0.45)) {
    add('preliminary-assessment-requested', 2);
    if (rng.chance(0.6)) add('working-group-meeting', 3);
    if (beyondRefinement || rng.chance(0.6)) add('preliminary-assessment-delivered', 2);
  }
  if (rng.chance(0.08)) {
    add('put-on-hold', 1);
    add('taken-off-hold', 1);
  }
  if (rng.chance(0.05)) {
    add('withdrawal-notified', 1);
    add('adopted', 1);
  }
  for (let k = rng.int(0, 3); k > 0; k--) add('working-group-meeting', 3);
  if (rng.chance(0.3)) {
    add('working-group-consultation-opened', 2);
    add('working-group-consultation-closed', 2);
  }
  const needsImpactAssessment = target === 'refinement-ia' || (beyondRefinement && rng.chance(0.5)) || (target === 'refinement' && rng.chance(0.3));
  if (needsImpactAssessment) {
    add('impact-assessment-requested');
    if (target !== 'refinement-ia') {
      add('impact-assessment-delivered');
      if (rng.chance(0.6)) add('working-group-meeting', 3);
    }
  }
  if (!beyondRefinement) {
    if (rng.chance(0.3)) add('progress-update', 3);
    return steps;
  }

  // Modification Report: the draft goes to the Panel, then out to industry consultation.
  if (rng.chance(0.75)) add('draft-modification-report-presented');
  add('modification-report-consultation-opened');
  if (reach('change-board') || rng.chance(0.5)) add('modification-report-consultation-closed');
  if (!reach('change-board')) return steps;

  add('final-modification-report-presented');
  if (target === 'change-board') {
    if (rng.chance(0.5)) add('change-board-considered', 2);
    return steps;
  }
  if (rng.chance(0.3)) add('change-board-considered', 2);
  if (target === 'awaiting-authority-decision') {
    add('change-board-voted-for-authority');
    return steps;
  }
  if (rng.chance(0.6)) add('change-board-approved');
  else {
    add('change-board-voted-for-authority');
    add('authority-approved');
  }
  if (target === 'implemented') add('implemented');
  return steps;
}

/** The state a target names, for checking that a generated history reaches it. */
function targetState(target: Target): { phase: Phase; stage?: string } {
  if (target === 'refinement-ia') return { phase: 'refinement', stage: 'dcc-impact-assessment' };
  return { phase: target };
}

/**
 * Replays kinds through the real transition table and throws on the first illegal one. The
 * generator checks its own output this way so that a bug shows up here, with the offending
 * history, rather than as a thousand lint problems.
 */
function assertLegal(id: string, kinds: readonly EventKind[]): PhaseState {
  let state: PhaseState | null = null;
  for (const kind of kinds) {
    const result = applyEvent(state, kind);
    if (!result.ok) throw new Error(`${id}: generated an illegal history ${kinds.join(' > ')}: ${result.reason}`);
    state = result.state;
  }
  if (state === null) throw new Error(`${id}: generated an empty history`);
  return state;
}

/** Whether an event closes a modification, after which no open-phase event may follow. */
function isClosing(kind: EventKind): boolean {
  const to = transitions[kind].to;
  return to === 'implemented' || to === 'rejected' || to === 'withdrawn';
}

/**
 * Trims a history to at most fifteen events and pads it to at least three, keeping it legal:
 * only phase-neutral steps are dropped, and padding is a progress update, which can happen in
 * any open phase, placed before a closing event so it never follows one.
 */
function fitLength(steps: Step[]): Step[] {
  let result = [...steps];
  for (let level = 3; level >= 1 && result.length > MAX_EVENTS; level--) {
    for (let i = result.length - 1; i >= 0 && result.length > MAX_EVENTS; i--) {
      if ((result[i] as Step).drop === level) result = [...result.slice(0, i), ...result.slice(i + 1)];
    }
  }
  while (result.length < MIN_EVENTS) {
    const last = result[result.length - 1] as Step;
    const at = isClosing(last.kind) ? result.length - 1 : result.length;
    result = [...result.slice(0, at), { kind: 'progress-update', drop: 3 }, ...result.slice(at)];
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Meetings
// ---------------------------------------------------------------------------------------------

/** One meeting in a body's calendar, whether or not any modification ends up using it. */
interface Slot {
  readonly id: string;
  /** A working group's id, `sec-panel` or `change-board`. */
  readonly body: string;
  readonly date: string;
  readonly earliest: number;
  readonly latest: number;
  readonly notHeld: boolean;
}

/**
 * Builds a monthly calendar for every body, from before the first history to two years after
 * the as-of date. Events are tied to the calendar's meetings rather than given meetings of
 * their own, so a Working Group meeting carries several modifications, as real ones do.
 */
function buildCalendar(rng: Random, bodies: readonly string[], asOf: number): Map<string, Slot[]> {
  const calendar = new Map<string, Slot[]>();
  const first = monthOf(dayText(dayNumber(HISTORY_START) - 31));
  const last = `${Number(dayText(asOf).slice(0, 4)) + 2}-12`;
  for (const body of bodies) {
    const slots: Slot[] = [];
    for (let month = first; month <= last; month = nextMonth(month)) {
      const bounds = monthBounds(month);
      if (rng.chance(0.08)) {
        // Some sources date a meeting only to its month ("the December 2016 Panel").
        const latest = dayNumber(bounds.last);
        slots.push({
          id: `${body}-${month}`,
          body,
          date: month,
          earliest: dayNumber(bounds.first),
          latest,
          notHeld: latest <= asOf && month >= '2014-01' && rng.chance(0.03),
        });
        continue;
      }
      let day = dayNumber(`${month}-${String(rng.int(1, 26)).padStart(2, '0')}`);
      const weekday = new Date(day * MS_PER_DAY).getUTCDay();
      if (weekday === 6) day += 2;
      if (weekday === 0) day += 1;
      slots.push({
        id: `${body}-${dayText(day)}`,
        body,
        date: dayText(day),
        earliest: day,
        latest: day,
        notHeld: day <= asOf && month >= '2014-01' && rng.chance(0.02),
      });
    }
    calendar.set(body, slots);
  }
  return calendar;
}

/** The first held meeting of a body that starts on or after `from` and ends by `until`. */
function findSlot(slots: readonly Slot[], from: number, until: number): Slot | undefined {
  for (const slot of slots) {
    if (slot.earliest < from || slot.notHeld) continue;
    return slot.latest <= until ? slot : undefined;
  }
  return undefined;
}

/** The first meeting of a body that may lie after the as-of date (a planned meeting), or the `skip`th after it. */
function nextSlot(slots: readonly Slot[], asOf: number, skip = 0): Slot | undefined {
  return slots.filter((s) => s.latest > asOf)[skip];
}

// ---------------------------------------------------------------------------------------------
// Writing YAML
// ---------------------------------------------------------------------------------------------

/** The width the real content wraps long text at. */
const LINE_WIDTH = 100;

/** Words YAML 1.1 (Astro's parser) or 1.2 (the linter's) would read as booleans or null. */
const RESERVED = /^(y|yes|n|no|true|false|on|off|null)$/i;

/**
 * Text that may stand unquoted in block context. The rule is deliberately narrow: it must
 * start with a letter (so numbers, days, months and versions such as `5.0` or `2016-10-27` are
 * always quoted), and it may not hold `#` or a colon followed by a space, which YAML would read
 * as a comment or a key. Anything else is single-quoted, which is safe for any one-line text.
 */
const PLAIN_BLOCK = /^[A-Za-z][A-Za-z0-9 .,()\u2018\u2019\u201c\u201d'\-;/&?!%+:=_~]*$/;

/** Text that may stand unquoted inside `{ ... }` or `[ ... ]`: no commas, colons or brackets. */
const PLAIN_FLOW = /^[A-Za-z][A-Za-z0-9 .\u2019'\-/_]*$/;

function isPlain(text: string, flow: boolean): boolean {
  if (!(flow ? PLAIN_FLOW : PLAIN_BLOCK).test(text) || RESERVED.test(text) || text.endsWith(' ')) return false;
  return flow || !/: |:$/.test(text);
}

function quoted(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** Splits one paragraph into lines of at most `width` characters, at single spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}

/**
 * A scalar after `key: ` or `- `, indented for continuation lines at `indent`. Long one-line
 * text is folded (`>-`) and wrapped, as the real content is; text with paragraphs is literal
 * (`|-`), so each blank line in the file is a blank line in the value.
 */
function scalar(value: unknown, indent: number, used: number, flow = false): string {
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') throw new Error(`cannot write ${typeof value} as a YAML scalar`);
  const pad = ' '.repeat(indent);
  const blockSafe = value.length > 0 && !/^\s|\s$|\s\n|\n\s|  |\t|\r/.test(value.replace(/\n\n/g, '\u0000'));
  if (!flow && blockSafe && value.includes('\n')) {
    return `|-\n${value
      .split('\n')
      .map((line) => (line ? pad + line : ''))
      .join('\n')}`;
  }
  if (!flow && blockSafe && used + value.length > LINE_WIDTH) {
    return `>-\n${wrap(value, LINE_WIDTH - indent)
      .map((line) => pad + line)
      .join('\n')}`;
  }
  if (value.includes('\n')) return JSON.stringify(value);
  return isPlain(value, flow) ? value : quoted(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Citations are written on one line, `{ source: ..., section: '4.1' }`, as the real content does. */
function isCitation(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && typeof value['source'] === 'string' && typeof value['section'] === 'string' && Object.keys(value).every((k) => k === 'source' || k === 'section' || k === 'locator');
}

/** Short lists of ids are written on one line, `[gbcs, duis]`. */
function isShortList(value: readonly unknown[]): boolean {
  return value.length > 0 && value.length <= 8 && value.every((item) => typeof item === 'string' && item.length <= 24 && !item.includes('\n'));
}

function flowMap(value: Record<string, unknown>): string {
  return `{ ${Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${scalar(v, 0, 0, true)}`)
    .join(', ')} }`;
}

/** The lines of a block mapping whose keys sit at `indent`. */
function blockMap(value: Record<string, unknown>, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const name = /^[A-Za-z][A-Za-z0-9]*$/.test(key) && !RESERVED.test(key) ? key : quoted(key);
    if (Array.isArray(v)) {
      if (v.length === 0) lines.push(`${pad}${name}: []`);
      else if (isShortList(v)) lines.push(`${pad}${name}: [${v.map((item) => scalar(item, 0, 0, true)).join(', ')}]`);
      else lines.push(`${pad}${name}:`, ...blockSeq(v, indent + 2));
    } else if (isCitation(v)) lines.push(`${pad}${name}: ${flowMap(v)}`);
    else if (isRecord(v)) {
      if (Object.keys(v).length === 0) lines.push(`${pad}${name}: {}`);
      else lines.push(`${pad}${name}:`, ...blockMap(v, indent + 2));
    } else lines.push(`${pad}${name}: ${scalar(v, indent + 2, indent + name.length + 2)}`);
  }
  return lines;
}

/** The lines of a block sequence whose dashes sit at `indent`. */
function blockSeq(value: readonly unknown[], indent: number): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const item of value) {
    if (isCitation(item)) lines.push(`${pad}- ${flowMap(item)}`);
    else if (isRecord(item) && Object.keys(item).length > 0) {
      const inner = blockMap(item, indent + 2);
      lines.push(`${pad}- ${(inner[0] as string).slice(indent + 2)}`, ...inner.slice(1));
    } else if (Array.isArray(item) || isRecord(item)) throw new Error('cannot write nested empty or list items');
    else lines.push(`${pad}- ${scalar(item, indent + 2, indent + 2)}`);
  }
  return lines;
}

/**
 * Writes an entry as YAML in the style of the real content: citations and short id lists on
 * one line, long text folded at 100 columns, and days, months, section and version numbers
 * always quoted. It is a small emitter rather than `yaml`'s `stringify` because stringify was
 * four fifths of the generation time at 3000 modifications, and because it leaves days such as
 * 2016-10-27 unquoted, which Astro's YAML 1.1 parser reads as timestamps. The test parses every
 * generated file back with `yaml` and writes it again to check that nothing changes.
 */
export function toYaml(value: object): string {
  if (!isRecord(value)) throw new Error('an entry must be a mapping');
  return `${blockMap(value, 0).join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------

/**
 * Writes a synthetic register of `n` modifications into `dir`, in the same layout as
 * `content/`. The collection folders inside `dir` are removed first, so that a smaller run
 * into the same folder does not leave a larger run's files behind; nothing else in `dir` is
 * touched. Throws for `n` outside 1 to 9999, since modification ids have four digits.
 */
export function generateRegister(dir: string, n: number, seed = 1): void {
  writeRegister(dir, n, seed);
}

/** Does the work of `generateRegister` and returns what it generated, for the command line. */
function writeRegister(dir: string, n: number, seed: number): Summary {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new Error(`n must be a whole number from 1 to 9999, not ${n}`);
  const { files, summary } = new RegisterBuilder(n, seed).build();
  for (const folder of [...Object.values(collectionFolders)]) rmSync(join(dir, folder), { recursive: true, force: true });
  for (const folder of [...Object.values(collectionFolders), 'sources/text']) mkdirSync(join(dir, folder), { recursive: true });
  for (const [path, content] of files) {
    if ('copyFrom' in content) copyFileSync(content.copyFrom, join(dir, path));
    else writeFileSync(join(dir, path), content.text);
  }
  return summary;
}

/** A file to write: generated text, or a real file copied byte for byte. */
type OutputFile = { readonly copyFrom: string } | { readonly text: string };

/** Counts of what a run generated, for the command-line summary. */
interface Summary {
  modifications: number;
  releases: number;
  meetings: number;
  versions: number;
  documents: number;
  asOf: string;
}

/** A release as generated, before its file is written. */
interface PlannedRelease {
  readonly id: string;
  readonly date: string;
  /** The modifications that target it, in the order they were generated (number order). */
  readonly targeting: string[];
}

/**
 * The phases to place at even intervals through the numbers, so that even a register of ten
 * modifications has every phase. It runs from closed to new, so the oldest modifications get
 * the longest histories.
 */
const SPREAD: readonly Target[] = [
  'implemented',
  'rejected',
  'withdrawn',
  'pending-implementation',
  'awaiting-authority-decision',
  'change-board',
  'modification-report',
  'refinement-ia',
  'refinement',
  'initial-modification-report',
];

/**
 * Builds every file of the register in memory, keyed by its path inside the content folder.
 * Keeping generation apart from writing makes the order of writes irrelevant to the output.
 * The state the collections share (the PRNG, the meeting calendar and which meetings are used,
 * the releases and what targets them) lives on the instance; each collection has a method.
 */
class RegisterBuilder {
  private readonly rng: Random;
  private readonly basis = readBasis();
  private readonly asOf = dayNumber(this.basis.asOf);
  private readonly start = dayNumber(HISTORY_START);
  private readonly files = new Map<string, OutputFile>();
  private readonly pools: Record<'modification' | 'release' | 'version' | 'meeting' | 'document', Citation[]>;
  private readonly documents: Basis['documents'];
  private readonly systems: Basis['documents'];
  private readonly nonSystems: Basis['documents'];
  private readonly groupName: Map<string, string>;
  private readonly calendar: Map<string, Slot[]>;
  /** What each used meeting's agenda will list: business, then the modifications concerned. */
  private readonly uses = new Map<string, Map<string, Set<string>>>();
  private readonly releases: PlannedRelease[] = [];

  constructor(
    private readonly n: number,
    seed: number,
  ) {
    this.rng = new Random(seed);
    // Each kind of fact cites the sections whose titles fit it, where there are any.
    const poolFor = (pattern: RegExp): Citation[] => {
      const fit = this.basis.sections.filter((s) => pattern.test(s.title));
      return (fit.length > 0 ? fit : this.basis.sections).map(({ source, section }) => ({ source, section }));
    };
    this.pools = {
      modification: poolFor(/modification|progress|highlight|summary/i),
      release: poolFor(/release/i),
      version: poolFor(/version|code update|designation/i),
      meeting: poolFor(/highlight|modification|next meeting|governance/i),
      document: poolFor(/release|code update/i),
    };
    this.documents = [...this.basis.documents, ...this.extraDocuments()];
    this.systems = this.documents.filter((d) => d.type === 'system');
    this.nonSystems = this.documents.filter((d) => d.type !== 'system');
    if (this.systems.length === 0 || this.nonSystems.length === 0) throw new Error('the real documents must include systems and other documents');
    if (this.basis.workingGroups.length === 0) throw new Error('the real content has no working groups');
    this.groupName = new Map(this.basis.workingGroups.map((g) => [g.id, g.name]));
    this.calendar = buildCalendar(this.rng, [...this.basis.workingGroups.map((g) => g.id), 'sec-panel', 'change-board'], this.asOf);

    // Releases: quarterly through 2019, then monthly, about one for every fifteen modifications.
    const releaseCount = Math.max(2, Math.round(n / 15));
    for (let month = '2017-02'; this.releases.length < releaseCount; ) {
      this.releases.push({ id: month, date: `${month}-${String(this.rng.int(1, 28)).padStart(2, '0')}`, targeting: [] });
      const step = month < '2020-01' ? 3 : 1;
      for (let k = 0; k < step; k++) month = nextMonth(month);
    }
  }

  build(): { files: Map<string, OutputFile>; summary: Summary } {
    const b = this.basis;
    for (const f of b.sourceFiles) this.files.set(`sources/${f}`, { copyFrom: join(REAL_CONTENT, 'sources', f) });
    for (const f of b.textFiles) this.files.set(`sources/text/${f}`, { copyFrom: join(REAL_CONTENT, 'sources', 'text', f) });
    for (const f of b.documentFiles) this.files.set(`documents/${f}`, { copyFrom: join(REAL_CONTENT, 'documents', f) });
    for (const f of b.workingGroupFiles) this.files.set(`working-groups/${f}`, { copyFrom: join(REAL_CONTENT, 'working-groups', f) });

    const forcedAt = new Map<number, Target>();
    if (this.n >= SPREAD.length) SPREAD.forEach((t, j) => forcedAt.set(Math.floor((j * this.n) / SPREAD.length), t));
    const modifications = Array.from({ length: this.n }, (_, i) => this.modification(i, forcedAt.get(i)));
    this.relate(modifications);
    for (const m of modifications) this.files.set(`modifications/${m.id as string}.yaml`, { text: toYaml(m) });
    for (const r of this.releases) this.files.set(`releases/${r.id}.yaml`, { text: toYaml(this.release(r)) });
    const meetings = this.meetings();
    for (const m of meetings) this.files.set(`meetings/${m.id as string}.yaml`, { text: toYaml(m) });
    const versions = this.versions();
    for (const v of versions) this.files.set(`versions/${v.id as string}.yaml`, { text: toYaml(v) });

    return {
      files: this.files,
      summary: {
        modifications: this.n,
        releases: this.releases.length,
        meetings: meetings.length,
        versions: versions.length,
        documents: this.documents.length,
        asOf: b.asOf,
      },
    };
  }

  /** One or two citations from a pool, the first with a locator where one is given. */
  private cite(pool: readonly Citation[], locator?: string): Citation[] {
    const c = { ...this.rng.pick(pool) };
    const first: Citation = locator ? { ...c, locator } : c;
    if (this.rng.chance(0.2)) {
      const second = this.rng.pick(pool);
      if (second.source !== first.source || second.section !== first.section) return [first, { ...second }];
    }
    return [first];
  }

  /** Generated SEC sections and appendices, written now, so impacts and mentions vary more. */
  private extraDocuments(): Basis['documents'] {
    const known = new Set(this.basis.documents.map((d) => d.id));
    const extra: Basis['documents'] = [];
    const add = (type: 'sec-section' | 'sec-appendix', letter: string) => {
      const id = `${type === 'sec-section' ? 'section' : 'appendix'}-${letter.toLowerCase()}`;
      if (known.has(id)) return;
      const name = `SEC ${type === 'sec-section' ? 'Section' : 'Appendix'} ${letter}`;
      const doc: DocumentInput = { id, type, reference: letter, name, fullName: null, sources: this.cite(this.pools.document) };
      this.files.set(`documents/${id}.yaml`, { text: toYaml(doc) });
      extra.push({ id, type, name });
    };
    for (const letter of EXTRA_SECTIONS) add('sec-section', letter);
    for (const letter of EXTRA_APPENDICES) add('sec-appendix', letter);
    return extra;
  }

  private slotsOf(body: string): Slot[] {
    return this.calendar.get(body) ?? [];
  }

  /** Records that a meeting deals with a modification, for the meeting's agenda. */
  private useSlot(slot: Slot, business: string, modification: string): void {
    let items = this.uses.get(slot.id);
    if (!items) this.uses.set(slot.id, (items = new Map()));
    let mods = items.get(business);
    if (!mods) items.set(business, (mods = new Set()));
    mods.add(modification);
  }

  /** The phase to aim a modification at: weighted by how long before the as-of date it was raised. */
  private target(raise: number): Target {
    const yearsLeft = (this.asOf - raise) / 365;
    if (this.asOf - raise < 45) {
      return this.rng.weighted<Target>([
        ['initial-modification-report', 6],
        ['refinement', 3],
        ['withdrawn', 1],
      ]);
    }
    const closedWeight = Math.min(1, yearsLeft / 2.5);
    return this.rng.weighted<Target>([
      ['initial-modification-report', yearsLeft < 1 ? 8 : 2],
      ['refinement', 22],
      ['refinement-ia', 8],
      ['modification-report', 10],
      ['change-board', 6],
      ['awaiting-authority-decision', 4],
      ['pending-implementation', 7],
      ['implemented', 30 * closedWeight],
      ['rejected', 8 * closedWeight],
      ['withdrawn', 10 * closedWeight],
    ]);
  }

  /** The `i`th modification (from 0), aimed at `forced` where given. */
  private modification(i: number, forced: Target | undefined): ModificationInput {
    const { rng, asOf, start } = this;
    const number = i + 1;
    const id = `SECMP${String(number).padStart(4, '0')}`;
    // Numbers follow the order modifications were raised, with some jitter, as in the real SEC.
    const raise = Math.min(asOf, start + Math.max(0, Math.round(((i + rng.float()) / this.n) * (asOf - start) - rng.int(0, 40))));
    const target = forced ?? this.target(raise);
    const open = target !== 'implemented' && target !== 'rejected' && target !== 'withdrawn';
    // A history opened mid-process needs a phase beyond the Initial Modification Report.
    let steps = stepsTo(target, rng, target !== 'initial-modification-report' && rng.chance(0.1));
    if (open && rng.chance(0.08)) {
      // Some open modifications are on hold on the as-of date, like SECMP0003.
      if (rng.chance(0.5)) steps.push({ kind: 'put-on-hold', drop: 0 });
      else {
        steps.push({ kind: 'withdrawal-notified', drop: 0 });
        if (rng.chance(0.5)) steps.push({ kind: 'adoption-window-closed', drop: 0 });
      }
    }
    steps = fitLength(steps);

    const group = rng.pick(this.basis.workingGroups).id;
    const object = rng.pick(OBJECTS);
    const events = this.events(id, steps, raise, open, group, object);
    const state = assertLegal(id, events.map((e) => e.kind as EventKind));
    const wanted = targetState(target);
    if (state.phase !== wanted.phase || (wanted.stage !== undefined && state.stage !== wanted.stage)) {
      throw new Error(`${id}: aimed for ${target} but its history ends in ${state.phase}`);
    }

    const names = this.nonSystems.map((d) => d.name);
    const modification: ModificationInput = {
      id,
      title: rng.chance(0.1) ? null : makeTitle(rng, object),
      shortTitle: makeShortTitle(rng, object),
      titleSources: this.cite(this.pools.modification),
      ...(rng.chance(0.05) ? { otherTitles: [{ title: `MP${number} ${capitalise(object)}`, sources: this.cite(this.pools.modification) }] } : {}),
      issue: { text: paragraphs(rng, rng.int(1, 2), () => issueSentence(rng, object, names)), sources: this.cite(this.pools.modification) },
      solution: { text: paragraphs(rng, rng.int(1, 2), () => solutionSentence(rng, object, names)), sources: this.cite(this.pools.modification) },
      proposer: rng.chance(0.6) ? { text: rng.pick(PROPOSERS), sources: this.cite(this.pools.modification) } : null,
      workingGroup:
        state.phase !== 'initial-modification-report' || rng.chance(0.5)
          ? {
              group,
              allocation: state.phase === 'initial-modification-report' ? 'proposed' : 'allocated',
              ...(rng.chance(0.2) ? { reason: 'Its members’ expertise aligns with the suggested requirements.' } : {}),
              sources: this.cite(this.pools.modification, this.groupName.get(group)),
            }
          : null,
      governance: rng.chance(0.5)
        ? { path: rng.weighted([['self-governance', 5], ['authority', 3], ['fast-track', 1]] as const), sources: this.cite(this.pools.modification) }
        : null,
      targetRelease: open ? this.targetRelease(id, state) : null,
      events,
      ...(open ? { plans: this.plans(id, state, group, object) } : {}),
      ...(open && rng.chance(0.8) ? { progression: progression(rng, state, asOf, this.cite(this.pools.modification), number) } : {}),
      ...(rng.chance(0.4) ? { mentions: rng.sample(this.documents, rng.int(1, 3)).map((d) => d.id) } : {}),
      ...(rng.chance(0.8)
        ? {
            links: [
              {
                title: `${id} on the SEC Website`,
                url: `https://www.smartenergycodecompany.co.uk/modifications/modification/SECMP-${number}`,
                sources: this.cite(this.pools.modification),
              },
            ],
          }
        : {}),
      ...(rng.chance(0.1) ? { notes: [{ text: `The ${object} is also discussed under other modifications.`, sources: this.cite(this.pools.modification) }] } : {}),
    };
    if (modification.plans?.length === 0) delete modification.plans;
    const discrepancy = makeDiscrepancy(rng, modification, this.cite(this.pools.modification), this.cite(this.pools.modification));
    if (discrepancy) modification.discrepancies = [discrepancy];
    return modification;
  }

  /**
   * Dates a history: spreads the events between the day raised and an end day, then walks
   * them in order, snapping meeting events to the body's next meeting and never going back,
   * so the dates' latest days never decrease and none passes the as-of date.
   */
  private events(id: string, steps: readonly Step[], raise: number, open: boolean, group: string, object: string): EventInput[] {
    const { rng, asOf, start } = this;
    const end = open ? Math.max(raise, asOf - rng.int(0, 120)) : Math.min(asOf, raise + rng.int(120, 1100));
    const targets = [raise, ...Array.from({ length: steps.length - 1 }, () => raise + Math.round(rng.float() * (end - raise)))].sort((a, b) => a - b);
    const groupName = this.groupName.get(group) ?? group;
    let cursor = raise;
    // The day after the last meeting used, so two events never land on the same meeting.
    let afterMeeting = raise;
    const events = steps.map((step, k): EventInput => {
      const base = Math.max(targets[k] as number, Math.min(asOf, cursor + (MIN_GAP[step.kind] ?? 0)));
      let kind = step.kind;
      let slot: Slot | undefined;
      if (step.venue === 'working-group') {
        slot = findSlot(this.slotsOf(group), Math.max(base, afterMeeting), asOf);
        // With no Working Group meeting left before the as-of date, record progress instead.
        if (!slot) kind = 'progress-update';
      } else if (step.venue && rng.chance(step.venue === 'sec-panel' ? 0.6 : 0.75)) {
        slot = findSlot(this.slotsOf(step.venue), Math.max(base, afterMeeting), Math.min(asOf, base + 62));
      }
      let date: string;
      let inferred: string | undefined;
      if (slot) {
        date = slot.date;
        cursor = slot.latest;
        afterMeeting = slot.latest + 1;
        this.useSlot(slot, transitions[kind].label, id);
      } else {
        // A mix of the precisions the sources use: days, months, "by" and "between".
        const form = rng.float();
        const monthEnd = dayNumber(monthBounds(monthOf(dayText(base))).last);
        cursor = base;
        if (form < 0.12 && monthEnd <= asOf) {
          date = monthOf(dayText(base));
          cursor = monthEnd;
        } else if (form < 0.22) {
          date = `../${dayText(base)}`;
          inferred = `The sources say only that this had happened by ${formatDay(dayText(base))}; they do not say when.`;
        } else if (form < 0.28 && base - 20 >= start) {
          date = `${monthOf(dayText(base - rng.int(20, 60)))}/${dayText(base)}`;
        } else {
          date = dayText(base);
        }
      }
      if (k === 0 && kind === 'refinement-started') {
        inferred = 'The sources pick the modification up in Refinement; they do not say when it was raised or when the Panel approved Refinement.';
      }
      return {
        date,
        kind,
        detail: eventDetail(kind, { id, object, group: groupName }, rng),
        ...(slot ? { meeting: slot.id } : {}),
        ...((kind === 'withdrawn' || kind === 'draft-modification-report-presented') && rng.chance(0.3) ? { documents: [rng.pick(this.nonSystems).id] } : {}),
        ...(inferred ? { inferred } : {}),
        sources: this.cite(this.pools.modification, slot && step.venue === 'working-group' ? groupName : undefined),
      };
    });
    let last = -Infinity;
    for (const e of events) {
      const latest = latestOf(String(e.date));
      if (latest < last || latest > asOf) throw new Error(`${id}: generated event dates out of order or after the as-of date`);
      last = latest;
    }
    return events;
  }

  /** What comes next for an open modification, mostly at a meeting after the as-of date. */
  private plans(id: string, state: PhaseState, group: string, object: string): PlanInput[] {
    const { rng, asOf } = this;
    const plans: PlanInput[] = [];
    const next = nextStep(state);
    if (next) {
      const body = next === 'working-group-meeting' ? group : PANEL_KINDS.has(next) ? 'sec-panel' : CHANGE_BOARD_KINDS.has(next) ? 'change-board' : null;
      const slot = body ? nextSlot(this.slotsOf(body), asOf, rng.int(0, 2)) : undefined;
      plans.push({
        ...(slot ? { date: slot.date } : rng.chance(0.5) ? { date: monthOf(dayText(asOf + rng.int(30, 240))) } : {}),
        kind: next,
        detail: `${transitions[next].label} is expected next for the ${object} modification.`,
        ...(slot ? { meeting: slot.id } : {}),
        sources: this.cite(this.pools.modification),
      });
      if (slot) this.useSlot(slot, `Planned: ${transitions[next].label}`, id);
    }
    if (rng.chance(0.3)) {
      plans.push({ kind: 'progress-update', detail: `SECAS will report progress on the ${object} to the Panel.`, sources: this.cite(this.pools.modification) });
    }
    return plans;
  }

  /**
   * A target release with its impacts, for most open modifications past the Initial
   * Modification Report (about half of all of them), and always for one pending
   * implementation. The release records the modification too, so the two sides agree.
   */
  private targetRelease(id: string, state: PhaseState): ModificationInput['targetRelease'] {
    const { rng } = this;
    if (state.phase === 'initial-modification-report') return null;
    if (state.phase !== 'pending-implementation' && !rng.chance(0.72)) return null;
    const release = rng.pick(this.releases);
    release.targeting.push(id);
    const roll = rng.float();
    return {
      release: release.id,
      impactedDocuments: rng.sample(this.nonSystems, rng.int(1, 4)).map((d) => d.id),
      impactedSystems: roll < 0.15 ? 'TBC' : roll < 0.25 ? null : rng.sample(this.systems, rng.int(1, 2)).map((d) => d.id),
      sources: this.cite(this.pools.release, `${formatMonth(release.id)} Release`),
    };
  }

  /** Links pairs of nearby modifications both ways, as the real register shows them on both pages. */
  private relate(modifications: ModificationInput[]): void {
    const { rng, n } = this;
    const related = new Map<number, Set<number>>();
    for (let i = 0; i < n && n > 1; i++) {
      if (!rng.chance(0.08)) continue;
      const j = Math.min(n - 1, Math.max(0, i + rng.pick([-3, -2, -1, 1, 2, 3])));
      if (j === i || related.get(i)?.has(j)) continue;
      const reason = rng.pick([
        'Both change the same part of GBCS and are being refined together.',
        'The Working Group considers their solutions together.',
        'Their Modification Reports were issued for industry consultation together.',
      ]);
      const sources = this.cite(this.pools.modification);
      for (const [a, b] of [
        [i, j],
        [j, i],
      ] as const) {
        if (!related.has(a)) related.set(a, new Set());
        (related.get(a) as Set<number>).add(b);
        const m = modifications[a] as ModificationInput;
        const other = modifications[b] as ModificationInput;
        m.related = [...(m.related ?? []), { modification: other.id, reason, sources }];
      }
    }
  }

  /** A release listing exactly the modifications that target it, grouped under shared notes. */
  private release(r: PlannedRelease): ReleaseInput {
    const { rng } = this;
    const locator = `${formatMonth(r.id)} Release`;
    const planned: NonNullable<ReleaseInput['planned']> = [];
    for (let k = 0; k < r.targeting.length; ) {
      const size = rng.int(1, Math.max(1, Math.ceil(r.targeting.length / 2)));
      planned.push({
        modifications: r.targeting.slice(k, k + size),
        status: rng.pick([
          'Earliest point that these modifications could be implemented if approved following completion of the Modification Process.',
          'Earliest date this modification could be implemented if approved; the date may change to stay aligned with related DCC changes.',
          'Subject to the Authority’s decision.',
        ]),
        sources: this.cite(this.pools.release, locator),
      });
      k += size;
    }
    return {
      id: r.id,
      name: `${formatMonth(r.id)} SEC Release`,
      date: r.date,
      ...(planned.length > 0 ? { planned } : {}),
      ...(rng.chance(0.3) ? { scope: [{ text: 'The release will contain only changes that do not need DCC system changes.', sources: this.cite(this.pools.release) }] } : {}),
      sources: this.cite(this.pools.release, locator),
    };
  }

  /**
   * Every meeting an event or plan refers to, with an agenda of what it dealt with; the
   * meetings known not to have been held; and the next Panel and Change Board meetings after
   * the as-of date. Unused calendar slots are not written, so meetings scale with the register.
   */
  private meetings(): MeetingInput[] {
    const { rng } = this;
    const wanted = new Set<string>(this.uses.keys());
    for (const slots of this.calendar.values()) for (const s of slots) if (s.notHeld && s.earliest >= this.start) wanted.add(s.id);
    for (const body of ['sec-panel', 'change-board']) {
      for (let k = 0; k < 3; k++) {
        const s = nextSlot(this.slotsOf(body), this.asOf, k);
        if (s) wanted.add(s.id);
      }
    }
    const slotById = new Map([...this.calendar.values()].flat().map((s) => [s.id, s]));
    return [...wanted].sort().map((id): MeetingInput => {
      const slot = slotById.get(id) as Slot;
      const isGroup = slot.body !== 'sec-panel' && slot.body !== 'change-board';
      const locator = isGroup ? this.groupName.get(slot.body) : undefined;
      const agenda = [...(this.uses.get(id) ?? new Map<string, Set<string>>())]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([business, mods]) => {
          const list = [...mods].sort();
          return {
            item: list.length <= 6 ? `${business}: ${listText(list)}.` : `${business}: ${list.length} modifications.`,
            modifications: list,
            sources: this.cite(this.pools.meeting, locator),
          };
        });
      const month = monthOf(dayText(slot.earliest));
      const base = {
        date: slot.date,
        ...(rng.chance(0.6) ? { mode: rng.pick(['teleconference', 'in-person'] as const) } : {}),
        ...(agenda.length > 0 ? { agenda } : {}),
        ...(slot.notHeld ? { notHeld: { reason: rng.pick(NOT_HELD_REASONS), sources: this.cite(this.pools.meeting, locator) } } : {}),
        sources: this.cite(this.pools.meeting, locator),
        ...(rng.chance(0.03)
          ? {
              discrepancies: [
                {
                  about: 'date',
                  readings: [
                    { value: slot.date, sources: this.cite(this.pools.meeting) },
                    { value: month === slot.date ? `${slot.date}-15` : month, sources: this.cite(this.pools.meeting) },
                  ],
                  shown: 0,
                  why: 'The status report gives the date more precisely than the paper it is attached to.',
                },
              ],
            }
          : {}),
      };
      return isGroup
        ? { id, type: 'working-group', workingGroup: slot.body, ...base }
        : { id, type: slot.body === 'sec-panel' ? 'sec-panel' : 'change-board', ...base };
    });
  }

  /**
   * About one designation for every fifty modifications, effective before the as-of date and
   * numbered as the SEC numbers them (1.0, 1.1, ... 1.10, 2.0), so ids such as 1.10 test that
   * version numbers stay text.
   */
  private versions(): VersionInput[] {
    const { rng, asOf } = this;
    const count = Math.max(1, Math.round(this.n / 50));
    const first = dayNumber('2013-09-23');
    const versions: VersionInput[] = [];
    let major = 1;
    let minor = 0;
    for (let k = 0; k < count; k++) {
      const id = `${major}.${minor}`;
      const effective = dayText(first + Math.floor(((k + rng.float() * 0.9) / count) * (asOf - 1 - first)));
      const changes: VersionInput['changes'] = Array.from({ length: rng.int(1, 3) }, () => {
        const doc = rng.chance(0.85) ? rng.pick(this.nonSystems) : undefined;
        const kind = rng.pick(versionChangeKinds);
        const what = versionChangeLabels[kind].toLowerCase();
        return {
          kind,
          ...(doc ? { document: doc.id } : {}),
          detail: doc ? `${doc.name} ${what}.` : `Subsidiary Documents ${what}.`,
          sources: this.cite(this.pools.version),
        };
      });
      const designatedBy = rng.chance(0.8) ? 'The Secretary of State (SoS)' : null;
      versions.push({
        id,
        title: `SEC Version ${id} Designation`,
        effective,
        designatedBy,
        instrument: 'Direction letter',
        summary: `The Secretary of State designated changes to the SEC via a direction letter with an effective date of ${formatDay(effective)}.`,
        changes,
        ...(rng.chance(0.4)
          ? { links: [{ title: `Direction letter for SEC ${id}`, url: `https://www.smartenergycodecompany.co.uk/sec/versions/${id}/direction.pdf`, sources: this.cite(this.pools.version) }] }
          : {}),
        sources: this.cite(this.pools.version),
        ...(designatedBy && rng.chance(0.1)
          ? {
              discrepancies: [
                {
                  about: 'designatedBy',
                  readings: [
                    { value: designatedBy, sources: this.cite(this.pools.version) },
                    { value: 'BEIS', sources: this.cite(this.pools.version) },
                  ],
                  shown: 0,
                  why: 'The direction letter is signed on behalf of the Secretary of State.',
                },
              ],
            }
          : {}),
      });
      if (rng.chance(0.08)) {
        major++;
        minor = 0;
      } else minor++;
    }
    return versions;
  }
}

/** The likely next step of an open modification, to record as a plan. */
function nextStep(state: PhaseState): EventKind | null {
  if (state.onHold) return 'taken-off-hold';
  switch (state.phase) {
    case 'initial-modification-report':
      return 'refinement-started';
    case 'refinement':
      return state.stage === 'dcc-impact-assessment' ? 'impact-assessment-delivered' : 'working-group-meeting';
    case 'modification-report':
      return 'final-modification-report-presented';
    case 'change-board':
      return 'change-board-approved';
    case 'awaiting-authority-decision':
      return 'authority-approved';
    case 'pending-implementation':
      return 'implemented';
    default:
      return null;
  }
}

/** What an event's `detail` says, in the sources' manner. */
function eventDetail(kind: EventKind, ctx: { id: string; object: string; group: string }, rng: Random): string {
  switch (kind) {
    case 'raised':
      return `${ctx.id} was raised to change the ${ctx.object}.`;
    case 'working-group-meeting':
      return `${ctx.group} met and discussed ${rng.pick(['the solution for', 'DCC’s Preliminary Assessment of', 'the legal text for', 'next steps for'])} the ${ctx.object}.`;
    case 'refinement-started':
      return `The Panel approved the modification to enter the Refinement Process, allocated to ${ctx.group}.`;
    case 'withdrawn':
      return `The Proposer withdrew the modification. ${rng.pick(WITHDRAWAL_REASONS)}`;
    case 'withdrawal-notified':
      return 'The Proposer notified SECAS of its intention to withdraw the modification.';
    case 'progress-update':
      return `Work continued on the ${ctx.object}.`;
    default:
      return `${transitions[kind].label}.`;
  }
}

/** A full title in the code administrator's style. */
function makeTitle(rng: Random, object: string): string {
  const verb = rng.pick(VERBS);
  const party = rng.pick(PARTIES);
  return rng.pick([
    `Add New Command to ${capitalise(verb)} the ${capitalise(object)}`,
    `Amend the ${object} for ${party}`,
    `Introduce a new Service Request to ${verb} the ${object}`,
    `Clarify the treatment of the ${object} in GBCS`,
    `Allow ${party} to ${verb} the ${object} remotely`,
    `Correct the units of the ${object}`,
  ]);
}

/** The status report's short title: a few words. */
function makeShortTitle(rng: Random, object: string): string {
  return `${capitalise(rng.pick(VERBS))} ${object}`;
}

function issueSentence(rng: Random, object: string, docs: readonly string[]): string {
  return rng.pick([
    () => `Currently ${rng.pick(docs)} does not allow ${rng.pick(PARTIES)} to ${rng.pick(VERBS)} the ${object}.`,
    () => `${rng.pick(PARTIES)} have reported that the ${object} is ${rng.pick(PROBLEMS)} when ${rng.pick(SITUATIONS)}.`,
    () => `This means that ${rng.pick(CONSEQUENCES)}.`,
    () => `The issue was identified during ${rng.pick(TRIGGERS)}.`,
    () => `Without a change, ${rng.pick(CONSEQUENCES)}.`,
  ])();
}

function solutionSentence(rng: Random, object: string, docs: readonly string[]): string {
  return rng.pick([
    () => `This modification proposes to ${rng.pick(VERBS)} the ${object} so that ${rng.pick(OUTCOMES)}.`,
    () => `A new Service Request would allow ${rng.pick(PARTIES)} to ${rng.pick(VERBS)} the ${object} remotely.`,
    () => `The change would amend ${rng.pick(docs)} and require DCC to update its systems.`,
    () => `Legal text has been drafted for ${rng.pick(docs)}; no changes to SMETS2 are expected.`,
    () => 'The Working Group is considering whether the change should apply to existing installations.',
  ])();
}

/** Paragraphs of two to four sentences, separated by blank lines as the schema asks. */
function paragraphs(rng: Random, count: number, sentence: () => string): string {
  return Array.from({ length: count }, () => Array.from({ length: rng.int(2, 4) }, sentence).join(' ')).join('\n\n');
}

/** The months activity cells cover, starting near the as-of date. */
function monthsFrom(first: string, count: number): string[] {
  const months = [first];
  while (months.length < count) months.push(nextMonth(months[months.length - 1] as string));
  return months;
}

const ACTIVITY_CELL: Record<ProgressionActivity, string> = {
  'panel-approved-refinement': 'Refinement',
  'working-group-refinement': 'WG',
  solution: 'Solution',
  'preliminary-assessment': 'PA',
  'impact-assessment': 'IA',
  'panel-approved-consultation': 'Consultation approved',
  consultation: 'Consultation',
  'draft-modification-report': 'DMR',
  'change-board-decision': 'CB Decision',
};

/**
 * A progression-table row for an open modification: the activities its phase has left,
 * placed in months from the as-of month on, and the cells as the extraction would print them.
 */
function progression(rng: Random, state: PhaseState, asOf: number, sources: Citation[], number: number): NonNullable<ModificationInput['progression']> {
  const byPhase: Partial<Record<Phase, ProgressionActivity[]>> = {
    'initial-modification-report': ['panel-approved-refinement'],
    refinement: ['working-group-refinement', 'solution', state.stage === 'dcc-impact-assessment' ? 'impact-assessment' : 'preliminary-assessment', 'draft-modification-report'],
    'modification-report': ['panel-approved-consultation', 'consultation', 'draft-modification-report', 'change-board-decision'],
    'change-board': ['draft-modification-report', 'change-board-decision'],
    'awaiting-authority-decision': ['change-board-decision'],
    'pending-implementation': ['change-board-decision'],
  };
  const activities = byPhase[state.phase] ?? ['change-board-decision'];
  let month = monthOf(dayText(asOf));
  const placements = activities.map((activity) => {
    const months = monthsFrom(month, rng.int(1, 3));
    month = nextMonth(months[months.length - 1] as string);
    return {
      activity,
      months,
      placement: rng.pick(['stated', 'inferred'] as const),
      basis: 'Read from the order of the row’s cells and the table’s month columns.',
    };
  });
  const cells = placements.map((p) => p.months.map(() => ACTIVITY_CELL[p.activity]).join(' '));
  return {
    matchedBy: `Row ${number} of the table, read in modification-number order.`,
    cells,
    ...(state.phase === 'refinement' ? { labels: ['Panel approved Refinement', 'Working Group refinement'] } : {}),
    placements,
    ...(rng.chance(0.2) ? { originalDecisionDate: monthOf(dayText(asOf + rng.int(30, 300))) } : {}),
    ...(rng.chance(0.15) ? { originalAssessmentDueDate: monthOf(dayText(asOf - rng.int(0, 90))) } : {}),
    sources,
  };
}

/**
 * A discrepancy for about one modification in twelve. Where `about` names a field, the shown
 * reading is that field's value, which the integrity checks demand; otherwise it is a phrase
 * that names no field, as in the real register's "whether the modification has been withdrawn".
 */
function makeDiscrepancy(
  rng: Random,
  m: ModificationInput,
  first: Citation[],
  second: Citation[],
): NonNullable<ModificationInput['discrepancies']>[number] | null {
  if (!rng.chance(0.08)) return null;
  const choice = rng.int(0, 2);
  if (choice === 0 && typeof m.title === 'string') {
    return {
      about: 'title',
      readings: [
        { value: m.title, sources: first },
        { value: `${m.shortTitle} (as the status report gives it)`, sources: second },
      ],
      shown: 0,
      why: 'The SEC Update gives the full title; the status report abbreviates it.',
    };
  }
  if (choice === 1 && m.workingGroup) {
    const group = String(m.workingGroup.group);
    return {
      about: 'workingGroup.group',
      readings: [
        { value: group === 'wg1' ? 'wg2' : 'wg1', sources: first },
        { value: group, sources: second },
      ],
      shown: 1,
      why: 'The later source records the Panel’s final allocation.',
    };
  }
  return {
    about: 'when the modification entered its current phase',
    readings: [
      { value: 'Before the October 2016 Panel meeting.', sources: first },
      { value: 'At the October 2016 Panel meeting.', sources: second },
    ],
    shown: rng.int(0, 1),
    why: 'Neither source gives a date; the register shows the reading that matches the event history.',
  };
}

// Run directly: `npx tsx scripts/bench/generate.ts <dir> <n> [seed]`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, count, seedText] = process.argv.slice(2);
  if (!dir || !count) {
    console.error('usage: npx tsx scripts/bench/generate.ts <dir> <n> [seed]');
    process.exit(2);
  }
  const started = performance.now();
  const s = writeRegister(resolve(dir), Number(count), seedText ? Number(seedText) : 1);
  const ms = Math.round(performance.now() - started);
  console.log(
    `${dir}: ${s.modifications} modifications, ${s.releases} releases, ${s.meetings} meetings, ${s.versions} versions, ${s.documents} documents, as of ${s.asOf}, in ${ms} ms`,
  );
}
