/**
 * Questions the pages ask of the register. Each answer is computed from content, so a count
 * or list on one page cannot disagree with another page or with the content itself.
 */
import type { Day, SourceDate } from '../domain/dates';
import {
  closedPhases,
  openPhases,
  phaseOn,
  refinementStages,
  type OpenPhase,
  type Phase,
  type PhaseState,
  type RefinementStage,
} from '../domain/phases';
import type { Document, Meeting, Modification, ModificationEvent, ModificationPlan, Register, Release } from './build';
import type { Citation, Discrepancy } from '../schemas/common';
import { meetingTypeLabels } from '../schemas/meeting';
import { urls } from '../render/urls';

/**
 * Computes something once per register and remembers it: several pages ask the same question
 * of the whole register (what happened at each meeting, who cites each source), and at
 * thousands of modifications answering it afresh for every page would cost more than the pages.
 */
function once<T>(compute: (register: Register) => T): (register: Register) => T {
  const cache = new WeakMap<Register, T>();
  return (register) => {
    if (!cache.has(register)) cache.set(register, compute(register));
    return cache.get(register) as T;
  };
}

/** Where every modification stood on one day, as the status report counts it. */
export interface StatusSnapshot {
  readonly day: Day;
  /** Open modifications (every phase before a closed outcome), in number order. */
  readonly open: readonly Modification[];
  readonly byPhase: Readonly<Record<OpenPhase, readonly Modification[]>>;
  /** Refinement split into Working Group and DCC Impact Assessment. */
  readonly byStage: Readonly<Record<RefinementStage, readonly Modification[]>>;
  /** Open modifications on hold (e.g. awaiting adoption after a withdrawal notice). */
  readonly onHold: readonly Modification[];
  readonly closed: Readonly<Record<(typeof closedPhases)[number], readonly Modification[]>>;
  /** Modifications the sources do not place in any phase on that day. */
  readonly notOnRecord: readonly Modification[];
  /** Each modification's state on that day, or `null` where it is not on record. */
  readonly states: ReadonlyMap<string, PhaseState | null>;
}

const snapshots = once(() => new Map<Day, StatusSnapshot>());

/**
 * The register as it stood on a day: every modification's phase replayed to that day. Each
 * day is replayed once per register; the report pages and the phase chart share the result.
 */
export function statusOn(register: Register, day: Day): StatusSnapshot {
  const cache = snapshots(register);
  let snapshot = cache.get(day);
  if (!snapshot) {
    snapshot = replayDay(register, day);
    cache.set(day, snapshot);
  }
  return snapshot;
}

function replayDay(register: Register, day: Day): StatusSnapshot {
  const byPhase = Object.fromEntries(openPhases.map((p) => [p, [] as Modification[]])) as Record<OpenPhase, Modification[]>;
  const byStage = Object.fromEntries(refinementStages.map((s) => [s, [] as Modification[]])) as Record<RefinementStage, Modification[]>;
  const closed = Object.fromEntries(closedPhases.map((p) => [p, [] as Modification[]])) as Record<
    (typeof closedPhases)[number],
    Modification[]
  >;
  const open: Modification[] = [];
  const onHold: Modification[] = [];
  const notOnRecord: Modification[] = [];
  const states = new Map<string, PhaseState | null>();
  for (const m of register.modifications) {
    const state = phaseOn(m, day);
    states.set(m.id, state);
    if (!state) {
      notOnRecord.push(m);
      continue;
    }
    if (state.phase in byPhase) {
      open.push(m);
      byPhase[state.phase as OpenPhase].push(m);
      if (state.stage) byStage[state.stage].push(m);
      if (state.onHold) onHold.push(m);
    } else {
      closed[state.phase as (typeof closedPhases)[number]].push(m);
    }
  }
  return { day, open, byPhase, byStage, onHold, closed, notOnRecord, states };
}

/** The modifications in a phase on the as-of date. */
export function inPhase(register: Register, phase: Phase): Modification[] {
  return register.modifications.filter((m) => m.state.phase === phase);
}

/** The modifications allocated, or proposed for allocation, to a working group. */
export function allocatedTo(register: Register, workingGroup: string): Modification[] {
  return register.modifications.filter((m) => m.workingGroup?.group === workingGroup);
}

/** A working group's meetings, held, not held and planned, in date order. */
export function meetingsOf(register: Register, workingGroup: string): Meeting[] {
  return register.meetings.filter((m) => m.type === 'working-group' && m.workingGroup === workingGroup);
}

/** A modification planned for a release, with the release's status note for it. */
export interface PlannedModification {
  readonly modification: Modification;
  readonly status: string;
  readonly sources: readonly Citation[];
}

/** The modifications a release plans to carry, in the release's order. */
export function plannedFor(register: Register, release: Release): PlannedModification[] {
  return release.planned.flatMap((group) =>
    group.modifications.map((id) => ({ modification: register.modification(id), status: group.status, sources: group.sources })),
  );
}

/** The modifications targeted for a release (the other side of `plannedFor`). */
export function targeting(register: Register, release: string): Modification[] {
  return register.modifications.filter((m) => m.targetRelease?.release === release);
}

/** The documents and systems a modification's target release lists for it. */
export function impactsOf(m: Modification): { documents: readonly string[]; systems: readonly string[] | 'TBC' | null } {
  if (!m.targetRelease) return { documents: [], systems: null };
  return { documents: m.targetRelease.impactedDocuments, systems: m.targetRelease.impactedSystems };
}

/** Whether a modification's release contents name a document or system as impacted. */
export function impacts(m: Modification, document: string): boolean {
  const { documents, systems } = impactsOf(m);
  return documents.includes(document) || (Array.isArray(systems) && systems.includes(document));
}

const byDocument = once((register) => {
  const impactedBy = new Map<string, Modification[]>();
  const namedWith = new Map<string, Modification[]>();
  const add = (map: Map<string, Modification[]>, id: string, m: Modification) => {
    const list = map.get(id);
    if (!list) map.set(id, [m]);
    else if (list[list.length - 1] !== m) list.push(m);
  };
  for (const m of register.modifications) {
    const { documents, systems } = impactsOf(m);
    const impacted = new Set([...documents, ...(Array.isArray(systems) ? systems : [])]);
    for (const id of impacted) add(impactedBy, id, m);
    const named = [...m.mentions, ...m.events.flatMap((e) => e.documents), ...m.plans.flatMap((p) => p.documents)];
    for (const id of named) if (!impacted.has(id)) add(namedWith, id, m);
  }
  return { impactedBy, namedWith };
});

/** The modifications whose release contents name a document or system as impacted. */
export function impacting(register: Register, document: string): Modification[] {
  return byDocument(register).impactedBy.get(document) ?? [];
}

/** The modifications the sources name a document with, beyond release impacts. */
export function mentioning(register: Register, document: string): Modification[] {
  return byDocument(register).namedWith.get(document) ?? [];
}

/** The documents a release's modifications impact, in the register's document order. */
export function documentsImpactedBy(register: Register, modifications: readonly Modification[]): Document[] {
  return register.documents.filter((d) => modifications.some((m) => impacts(m, d.id)));
}

/** The versions that changed a document, newest first. */
export function versionsChanging(register: Register, document: string) {
  return register.versions.filter((v) => v.changes.some((c) => c.document === document));
}

/** A modification's events and plans at one meeting. */
export interface MeetingOutcome {
  readonly modification: Modification;
  readonly events: readonly ModificationEvent[];
  readonly plans: readonly ModificationPlan[];
}

const outcomesByMeeting = once((register) => {
  const byMeeting = new Map<string, MeetingOutcome[]>();
  for (const m of register.modifications) {
    const ids = new Set([...m.events.flatMap((e) => (e.meeting ? [e.meeting] : [])), ...m.plans.flatMap((p) => (p.meeting ? [p.meeting] : []))]);
    for (const id of ids) {
      const outcome = { modification: m, events: m.events.filter((e) => e.meeting === id), plans: m.plans.filter((p) => p.meeting === id) };
      const list = byMeeting.get(id);
      if (list) list.push(outcome);
      else byMeeting.set(id, [outcome]);
    }
  }
  return byMeeting;
});

/** What each modification's history records of a meeting, in number order. */
export function outcomesAt(register: Register, meeting: string): MeetingOutcome[] {
  return outcomesByMeeting(register).get(meeting) ?? [];
}

/** The modifications a meeting concerns: on its agenda or in a history that names it. */
export function modificationsAt(register: Register, meeting: Meeting): Modification[] {
  const ids = new Set([
    ...meeting.agenda.flatMap((a) => a.modifications),
    ...outcomesAt(register, meeting.id).map((o) => o.modification.id),
  ]);
  return register.modifications.filter((m) => ids.has(m.id));
}

const relationsStatedBy = once((register) => {
  const reverse = new Map<string, { modification: Modification; reason: string; sources: readonly Citation[] }[]>();
  for (const other of register.modifications) {
    for (const r of other.related) {
      const list = reverse.get(r.modification) ?? [];
      list.push({ modification: other, reason: r.reason, sources: r.sources });
      reverse.set(r.modification, list);
    }
  }
  return reverse;
});

/** Related modifications, both ways: a relation stated in either file shows on both pages. */
export function relatedTo(register: Register, m: Modification): { modification: Modification; reason: string; sources: readonly Citation[] }[] {
  const stated = m.related.map((r) => ({ modification: register.modification(r.modification), reason: r.reason, sources: r.sources }));
  const reverse = (relationsStatedBy(register).get(m.id) ?? []).filter((r) => !m.related.some((own) => own.modification === r.modification.id));
  return [...stated, ...reverse].sort((a, b) => a.modification.number - b.modification.number);
}

/** The last event of a modification's history. */
export function lastEvent(m: Modification): ModificationEvent {
  return m.events[m.events.length - 1] as ModificationEvent;
}

/** One event on the register's timeline. */
export interface TimelineEntry {
  readonly modification: Modification;
  readonly event: ModificationEvent;
}

/** The newest events across all modifications, newest first. */
export function latestEvents(register: Register, count: number): TimelineEntry[] {
  return register.modifications
    .flatMap((modification) => modification.events.map((event) => ({ modification, event })))
    .sort((a, b) => compareDates(b.event.date, a.event.date) || a.modification.number - b.modification.number)
    .slice(0, count);
}

/** Orders source dates by their latest day, then by their earliest. */
export function compareDates(a: SourceDate, b: SourceDate): number {
  if (a.latest !== b.latest) return a.latest < b.latest ? -1 : 1;
  const ea = a.earliest ?? '';
  const eb = b.earliest ?? '';
  return ea === eb ? 0 : ea < eb ? -1 : 1;
}

/** A dated thing still to come after the as-of date. */
export type Upcoming =
  | { readonly type: 'meeting'; readonly date: SourceDate; readonly meeting: Meeting }
  | { readonly type: 'release'; readonly date: SourceDate; readonly release: Release }
  | { readonly type: 'plan'; readonly date: SourceDate; readonly modification: Modification; readonly plan: ModificationPlan };

/**
 * Everything planned after the as-of date: meetings, releases, and modification plans that are
 * not already shown through a planned meeting. In date order.
 */
export function upcoming(register: Register): Upcoming[] {
  const items: Upcoming[] = [
    ...register.meetings.filter((m) => m.planned).map((meeting) => ({ type: 'meeting' as const, date: meeting.parsedDate, meeting })),
    ...register.releases
      .filter((r) => r.date > register.asOf)
      .map((release) => ({ type: 'release' as const, date: { text: release.date, precision: 'day' as const, earliest: release.date, latest: release.date }, release })),
    ...register.modifications.flatMap((modification) =>
      modification.plans
        .filter((plan) => plan.date && plan.date.latest > register.asOf && !plan.meeting)
        .map((plan) => ({ type: 'plan' as const, date: plan.date as SourceDate, modification, plan })),
    ),
  ];
  return items.sort((a, b) => compareDates(a.date, b.date));
}

/** A page of the site that cites a source, and the sections it cites. */
export interface Citer {
  readonly url: string;
  readonly title: string;
  readonly sections: readonly string[];
}

/** Collects every citation inside a value, by source. */
function sectionsCited(value: unknown, into: Map<string, Set<string>>): void {
  if (Array.isArray(value)) {
    for (const v of value) sectionsCited(v, into);
  } else if (value !== null && typeof value === 'object') {
    const c = value as { source?: unknown; section?: unknown };
    if (typeof c.source === 'string' && typeof c.section === 'string') {
      const sections = into.get(c.source) ?? new Set<string>();
      sections.add(c.section);
      into.set(c.source, sections);
    }
    for (const v of Object.values(value)) sectionsCited(v, into);
  }
}

const citersBySource = once((register) => {
  const pages: { url: string; title: string; data: unknown }[] = [
    ...register.modifications.map((m) => ({ url: urls.modification(m.id), title: `${m.id}: ${m.displayTitle}`, data: m })),
    ...register.releases.map((r) => ({ url: urls.release(r.id), title: r.name, data: r })),
    ...register.versions.map((v) => ({ url: urls.version(v.id), title: `SEC ${v.id}`, data: v })),
    ...register.workingGroups.map((w) => ({ url: urls.workingGroup(w.id), title: w.name, data: w })),
    ...register.documents.map((d) => ({ url: urls.document(d.id), title: d.name, data: d })),
    ...register.meetings.map((m) => ({ url: urls.meeting(m.id), title: meetingTitle(m), data: m })),
  ];
  const bySource = new Map<string, Citer[]>();
  for (const page of pages) {
    const cited = new Map<string, Set<string>>();
    sectionsCited(page.data, cited);
    for (const [source, sections] of cited) {
      const list = bySource.get(source) ?? [];
      list.push({ url: page.url, title: page.title, sections: [...sections].sort(compareSections) });
      bySource.set(source, list);
    }
  }
  return bySource;
});

/** Every page that cites a source, with the sections it cites; for the source's own page. */
export function citersOf(register: Register, source: string): Citer[] {
  return citersBySource(register).get(source) ?? [];
}

/** Orders section numbers as a table of contents does: 2 < 2.1 < 10. */
export function compareSections(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** A meeting's name: its own title, or its body's name ("Working Group 1"). */
export function meetingTitle(meeting: Meeting): string {
  if (meeting.title) return meeting.title;
  if (meeting.type === 'working-group') return `Working Group ${meeting.workingGroup.slice(2)}`;
  return meetingTypeLabels[meeting.type];
}

/** A recorded discrepancy, with the page it belongs to. */
export interface PlacedDiscrepancy {
  readonly url: string;
  readonly title: string;
  readonly discrepancy: Discrepancy;
}

/** Every place the sources disagree, across the register. */
export function allDiscrepancies(register: Register): PlacedDiscrepancy[] {
  return [
    ...register.modifications.flatMap((m) =>
      m.discrepancies.map((discrepancy) => ({ url: urls.modification(m.id), title: `${m.id}: ${m.displayTitle}`, discrepancy })),
    ),
    ...register.versions.flatMap((v) => v.discrepancies.map((discrepancy) => ({ url: urls.version(v.id), title: `SEC ${v.id}`, discrepancy }))),
    ...register.documents.flatMap((d) => d.discrepancies.map((discrepancy) => ({ url: urls.document(d.id), title: d.name, discrepancy }))),
    ...register.meetings.flatMap((m) =>
      m.discrepancies.map((discrepancy) => ({ url: urls.meeting(m.id), title: meetingTitle(m), discrepancy })),
    ),
  ];
}
