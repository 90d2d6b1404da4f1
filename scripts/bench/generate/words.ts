/**
 * The words of the synthetic register: titles, the sentences of its narratives (summary,
 * issue, proposed solution, background) and event details, built from a vocabulary of
 * smart-metering things, parties and problems.
 *
 * Search and page weight depend on what the text says and how long it is, so a benchmark of
 * placeholder text would measure the wrong thing. The sentences follow the real sources'
 * manner ("Currently GBCS does not allow ...", "The issue was identified during ...").
 */
import { transitions } from '../../../src/domain/phases';
import { type EventKind } from '../../../src/domain/vocabulary';
import type { Random } from './random';

/** Things a smart-metering modification is about; titles and texts are built from these. */
export const OBJECTS = [
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

/** Who raised a modification, in the anonymised way the status report names proposers. */
export const PROPOSERS = [
  'A Large Supplier Party',
  'A Small Supplier Party',
  'An Electricity Network Party',
  'A Gas Network Party',
  'DCC',
  'SECAS, on behalf of the SEC Panel',
  'An Other SEC Party',
] as const;

const WITHDRAWAL_REASONS = [
  'The Proposer concluded that the cost of the change outweighed its benefits.',
  'The issue is addressed by another modification.',
  'Changes to DCC systems made the modification unnecessary.',
] as const;

/** Why a meeting in the calendar did not take place. */
export const NOT_HELD_REASONS = [
  'There was no business for the meeting to consider.',
  'A full solution is still being developed for the Working Group to review.',
  'Work is being undertaken to pull together the information the group needs.',
  'Too few members could attend for the meeting to be quorate.',
] as const;

/** Why two modifications are related. */
export const RELATED_REASONS = [
  'Both change the same part of GBCS and are being refined together.',
  'The Working Group considers their solutions together.',
  'Their Modification Reports were issued for industry consultation together.',
] as const;

/** What a release says of the modifications planned for it. */
export const RELEASE_STATUSES = [
  'Earliest point that these modifications could be implemented if approved following completion of the Modification Process.',
  'Earliest date this modification could be implemented if approved; the date may change to stay aligned with related DCC changes.',
  'Subject to the Authority’s decision.',
] as const;

/** The text with its first letter in capitals. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "A", "A and B", "A, B and C": how the sources list modifications in prose. */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`;
}

/** A full title in the code administrator's style. */
export function makeTitle(rng: Random, object: string): string {
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
export function makeShortTitle(rng: Random, object: string): string {
  return `${capitalise(rng.pick(VERBS))} ${object}`;
}

/** One sentence of a modification's issue, naming documents from `docs`. */
export function issueSentence(rng: Random, object: string, docs: readonly string[]): string {
  return rng.pick([
    () => `Currently ${rng.pick(docs)} does not allow ${rng.pick(PARTIES)} to ${rng.pick(VERBS)} the ${object}.`,
    () => `${rng.pick(PARTIES)} have reported that the ${object} is ${rng.pick(PROBLEMS)} when ${rng.pick(SITUATIONS)}.`,
    () => `This means that ${rng.pick(CONSEQUENCES)}.`,
    () => `The issue was identified during ${rng.pick(TRIGGERS)}.`,
    () => `Without a change, ${rng.pick(CONSEQUENCES)}.`,
  ])();
}

/** One sentence of a modification's proposed solution, naming documents from `docs`. */
export function solutionSentence(rng: Random, object: string, docs: readonly string[]): string {
  return rng.pick([
    () => `This modification proposes to ${rng.pick(VERBS)} the ${object} so that ${rng.pick(OUTCOMES)}.`,
    () => `A new Service Request would allow ${rng.pick(PARTIES)} to ${rng.pick(VERBS)} the ${object} remotely.`,
    () => `The change would amend ${rng.pick(docs)} and require DCC to update its systems.`,
    () => `Legal text has been drafted for ${rng.pick(docs)}; no changes to SMETS2 are expected.`,
    () => 'The Working Group is considering whether the change should apply to existing installations.',
  ])();
}

/** The one-paragraph summary's sentences, naming documents from `docs`. */
export function summarySentence(rng: Random, object: string, docs: readonly string[]): string {
  return rng.pick([
    () => `This modification would change how the ${object} is handled in ${rng.pick(docs)}.`,
    () => `${rng.pick(PROPOSERS)} raised it because the ${object} is ${rng.pick(PROBLEMS)}.`,
    () => `If approved, ${rng.pick(OUTCOMES)}.`,
    () => `It affects ${rng.pick(PARTIES)} and ${rng.pick(PARTIES)} most directly.`,
  ])();
}

/** One sentence of a modification's background, naming documents from `docs`. */
export function backgroundSentence(rng: Random, object: string, docs: readonly string[]): string {
  return rng.pick([
    () => `The ${object} was introduced in ${rng.pick(docs)} before DCC Live, with no provision for the case where ${rng.pick(SITUATIONS)}.`,
    () => `The Panel first discussed the ${object} after ${rng.pick(TRIGGERS)}.`,
    () => `Earlier versions of ${rng.pick(docs)} left the treatment of the ${object} to each Supplier.`,
    () => `Industry feedback suggested that ${rng.pick(CONSEQUENCES)} several times a month.`,
    () => `SECAS held a workshop with ${rng.pick(PARTIES)} to understand how often ${rng.pick(SITUATIONS)}.`,
  ])();
}

/** One item of a proposed solution's bulleted list of changes. */
export function solutionStep(rng: Random, object: string, docs: readonly string[]): string {
  return rng.pick([
    () => `amend ${rng.pick(docs)} to describe the ${object}`,
    () => `add a Service Request to ${rng.pick(VERBS)} the ${object}`,
    () => `require DCC to ${rng.pick(VERBS)} the ${object} at triage`,
    () => `allow ${rng.pick(PARTIES)} to ${rng.pick(VERBS)} the ${object} remotely`,
    () => `publish guidance for ${rng.pick(PARTIES)}`,
  ])();
}

/** What the register says it inferred a statement from, for `<Inferred basis="…">`. */
export const INFERENCE_BASES = [
  'The status report lists the modification under this heading without saying why.',
  'Inferred from the Working Group’s agenda; no source states it.',
  'The SEC Update implies this but does not say it.',
] as const;

/** Statements the register infers rather than reads. */
export function inferredSentence(rng: Random, object: string): string {
  return rng.pick([
    `The Working Group is expected to review the legal text for the ${object} next.`,
    'The change is likely to need a DCC Impact Assessment.',
    'The Proposer appears to favour a solution that leaves SMETS1 meters unchanged.',
  ]);
}

/**
 * What an event's `detail` says, in the sources' manner. Kinds without their own wording fall
 * back to the transition table's label, so a new kind of event still gets a sentence.
 */
export function eventDetail(rng: Random, kind: EventKind, ctx: { id: string; object: string; group: string }): string {
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
