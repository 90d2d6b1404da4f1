/**
 * The JSON API's documents, built from the register through its query functions. Each builder
 * returns the type inferred from its schema in `schemas.ts`, and `apiJson` checks the document
 * against that schema before it is written, so a file of the API can never hold a field its
 * published schema does not describe.
 *
 * Addresses are root-relative: the API is served from the site's own origin, and the same files
 * are correct wherever the site is deployed (and in a local preview).
 */
import type { z } from 'astro/zod';
import { formatSourceDate, type SourceDate } from '../../domain/dates';
import { modificationIdsIn } from '../../domain/ids';
import { stateChanged, transitions, type PhaseState } from '../../domain/phases';
import { currentBasis, stateBasis, type StateBasis } from '../../register/inference';
import { isOpenPhase, openPhases, closedPhases, phaseLabels, phases, refinementStages, stageLabels, type EventKind } from '../../domain/vocabulary';
import { meetingsOf, outcomesAt } from '../../register/meetings';
import { allocatedTo, relatedTo, targeting } from '../../register/relations';
import { monthlyReport, phaseSeries, reportingPeriods, type ReportedEvent } from '../../register/reports';
import { inPhase } from '../../register/status';
import { lastEvent } from '../../register/timeline';
import type { CitedSource, Modification, ModificationPlan, Register } from '../../register/types';
import { narrativeHtml } from '../narrative';
import { eventAddress, urls } from '../urls';
import { badgeWords, meetingTitle } from '../words';
import {
  apiSchemas,
  type ApiSchemaName,
  type CitationValue,
  type MeetingsDocument,
  type ModificationDocument,
  type PhaseStateValue,
  type RegisterDocument,
  type ReleasesDocument,
  type ReportDocument,
  type ReportsDocument,
  type SourceDateValue,
  type VersionsDocument,
  type WorkingGroupsDocument,
} from './schemas';

function dateValue(date: SourceDate): SourceDateValue {
  return { text: date.text, precision: date.precision, earliest: date.earliest, latest: date.latest, words: formatSourceDate(date) };
}

function citationsValue(sources: readonly CitedSource[]): CitationValue[] {
  return sources.map((c) => ({ source: c.source, section: c.section, locator: c.locator ?? null, label: c.label, page: urls.sourceSection(c.source, c.section) }));
}

/**
 * A state as the API gives it, with the parts of it that rest on the register's inferences (the
 * same basis the pages mark "inferred"), so that a reader of the API can tell them from facts.
 */
function stateValue(state: PhaseState, basis: StateBasis): PhaseStateValue {
  return {
    phase: state.phase,
    phaseLabel: phaseLabels[state.phase],
    open: isOpenPhase(state.phase),
    stage: state.stage ?? null,
    stageLabel: state.stage ? stageLabels[state.stage] : null,
    onHold: state.onHold,
    words: badgeWords(state),
    inferred: basis.inferred.map((p) => ({ part: p.part, event: p.index, basis: p.event.inferred ?? '' })),
  };
}

function meta(register: Register, schema: ApiSchemaName) {
  return { $schema: urls.apiSchema(schema), version: 'v1' as const, asOf: register.asOf };
}

function addresses(m: Modification) {
  return { page: urls.modification(m.id), feed: urls.modificationFeed(m.id), calendar: urls.modificationCalendar(m.id), api: urls.apiModification(m.id) };
}

function documentRef(register: Register, id: string) {
  return { id, name: register.document(id).name, page: urls.document(id) };
}

function workingGroupRef(register: Register, m: Modification) {
  if (!m.workingGroup) return null;
  const group = register.workingGroup(m.workingGroup.group);
  return { id: group.id, name: group.name, abbreviation: group.abbreviation, allocation: m.workingGroup.allocation };
}

function releaseRef(register: Register, id: string) {
  const release = register.release(id);
  return { id: release.id, name: release.name, date: release.date };
}

function planValue(plan: ModificationPlan) {
  return {
    kind: plan.kind,
    label: transitions[plan.kind].label,
    date: plan.date ? dateValue(plan.date) : null,
    detail: plan.detail,
    meeting: plan.meeting ?? null,
    status: plan.status,
  };
}

/** The next planned step among those not yet done: the earliest dated plan, else the first undated one. */
export function nextPlan(m: Modification): ModificationPlan | null {
  const open = m.plans.filter((p) => p.status !== 'done');
  const dated = open.filter((p) => p.date !== null).sort((a, b) => ((a.date as SourceDate).latest < (b.date as SourceDate).latest ? -1 : 1));
  return dated[0] ?? open[0] ?? null;
}

/** `/api/v1/register.json` */
export function registerDocument(register: Register): RegisterDocument {
  return {
    ...meta(register, 'register'),
    count: register.modifications.length,
    phases: phases.map((phase) => ({ phase, label: phaseLabels[phase], count: inPhase(register, phase).length, page: urls.modificationsByPhase(phase) })),
    modifications: register.modifications.map((m) => {
      const last = lastEvent(m);
      const next = nextPlan(m);
      return {
        id: m.id,
        number: m.number,
        title: m.title,
        shortTitle: m.shortTitle,
        phase: stateValue(m.state, currentBasis(m)),
        workingGroup: workingGroupRef(register, m),
        targetRelease: m.targetRelease ? releaseRef(register, m.targetRelease.release) : null,
        lastEvent: { kind: last.kind, label: transitions[last.kind].label, date: dateValue(last.date), detail: last.detail },
        nextStep: next ? planValue(next) : null,
        addresses: addresses(m),
      };
    }),
  };
}

/** `/api/v1/modifications/secmp0023.json` */
export function modificationDocument(register: Register, id: string): ModificationDocument {
  const m = register.modification(id);
  const target = m.targetRelease;
  const systems = target?.impactedSystems ?? null;
  return {
    ...meta(register, 'modification'),
    id: m.id,
    number: m.number,
    title: m.title,
    shortTitle: m.shortTitle,
    titleSources: citationsValue(m.titleSources),
    otherTitles: m.otherTitles.map((t) => ({ title: t.title, sources: citationsValue(t.sources) })),
    proposer: m.proposer ? { text: m.proposer.text, sources: citationsValue(m.proposer.sources) } : null,
    phase: stateValue(m.state, currentBasis(m)),
    workingGroup: m.workingGroup
      ? { ...(workingGroupRef(register, m) as NonNullable<ReturnType<typeof workingGroupRef>>), reason: m.workingGroup.reason ?? null, sources: citationsValue(m.workingGroup.sources) }
      : null,
    governance: m.governance ? { path: m.governance.path, sources: citationsValue(m.governance.sources) } : null,
    targetRelease: target
      ? {
          ...releaseRef(register, target.release),
          impactedDocuments: target.impactedDocuments.map((d) => documentRef(register, d)),
          impactedSystems: systems === 'TBC' || systems === null ? systems : systems.map((d) => documentRef(register, d)),
          page: urls.release(target.release),
          sources: citationsValue(target.sources),
        }
      : null,
    history: m.history.map(({ event, index, before, after }) => ({
      index,
      kind: event.kind,
      label: transitions[event.kind].label,
      date: dateValue(event.date),
      detail: event.detail,
      meeting: event.meeting ?? null,
      page: eventAddress(m.id, index),
      documents: [...event.documents],
      inferred: event.inferred ?? null,
      knownBy: m.knownBy[index] as string,
      before: before ? stateValue(before, stateBasis(m.history, index)) : null,
      after: stateValue(after as PhaseState, stateBasis(m.history, index + 1)),
      changed: stateChanged(before, after),
      sources: citationsValue(event.sources),
    })),
    plans: m.plans.map((p) => ({ ...planValue(p), documents: [...p.documents], sources: citationsValue(p.sources) })),
    progression: m.progression
      ? {
          matchedBy: m.progression.matchedBy,
          cells: [...m.progression.cells],
          labels: [...m.progression.labels],
          placements: m.progression.placements.map((p) => ({ activity: p.activity, months: [...p.months], placement: p.placement, basis: p.basis })),
          originalDecisionDate: m.progression.originalDecisionDate,
          originalAssessmentDueDate: m.progression.originalAssessmentDueDate,
          sources: citationsValue(m.progression.sources),
        }
      : null,
    related: relatedTo(register, m).map((r) => ({ id: r.modification.id, reason: r.reason, sources: citationsValue(r.sources), api: urls.apiModification(r.modification.id) })),
    mentions: m.mentions.map((d) => documentRef(register, d)),
    links: m.links.map((l) => ({ title: l.title, url: l.url, sources: citationsValue(l.sources) })),
    discrepancies: m.discrepancies.map((d) => ({
      about: d.about,
      readings: d.readings.map((r) => ({ value: r.value, sources: citationsValue(r.sources) })),
      shown: d.shown,
      why: d.why,
    })),
    notes: m.notes.map((n) => ({ text: n.text, sources: citationsValue(n.sources) })),
    narrative: narrativeHtml(m),
    addresses: addresses(m),
  };
}

function modificationRef(m: Modification) {
  return { id: m.id, shortTitle: m.shortTitle, api: urls.apiModification(m.id) };
}

/** `/api/v1/releases.json` */
export function releasesDocument(register: Register): ReleasesDocument {
  return {
    ...meta(register, 'releases'),
    releases: register.releases.map((r) => ({
      ...releaseRef(register, r.id),
      scope: r.scope.map((s) => ({ text: s.text, sources: citationsValue(s.sources) })),
      notes: r.notes.map((n) => ({ text: n.text, sources: citationsValue(n.sources) })),
      sources: citationsValue(r.sources),
      modifications: targeting(register, r.id).map(modificationRef),
      page: urls.release(r.id),
    })),
  };
}

/** `/api/v1/versions.json` */
export function versionsDocument(register: Register): VersionsDocument {
  return {
    ...meta(register, 'versions'),
    versions: register.versions.map((v) => ({
      id: v.id,
      title: v.title,
      effective: v.effective,
      effectiveBasis: v.effectiveBasis ?? null,
      designatedBy: v.designatedBy,
      instrument: v.instrument,
      summary: v.summary,
      changes: v.changes.map((c) => ({ kind: c.kind, document: c.document ? documentRef(register, c.document) : null, detail: c.detail, sources: citationsValue(c.sources) })),
      links: v.links.map((l) => ({ title: l.title, url: l.url, sources: citationsValue(l.sources) })),
      sources: citationsValue(v.sources),
      page: urls.version(v.id),
    })),
  };
}

/** `/api/v1/working-groups.json` */
export function workingGroupsDocument(register: Register): WorkingGroupsDocument {
  return {
    ...meta(register, 'working-groups'),
    workingGroups: register.workingGroups.map((w) => ({
      id: w.id,
      name: w.name,
      abbreviation: w.abbreviation,
      remit: w.remit,
      sources: citationsValue(w.sources),
      modifications: allocatedTo(register, w.id).map(modificationRef),
      meetings: meetingsOf(register, w.id).map((m) => m.id),
      page: urls.workingGroup(w.id),
      feed: urls.workingGroupFeed(w.id),
      calendar: urls.workingGroupCalendar(w.id),
    })),
  };
}

function kindStep(kind: EventKind, date: SourceDate | null, detail: string) {
  return { kind, label: transitions[kind].label, date: date ? dateValue(date) : null, detail };
}

/** `/api/v1/meetings.json` */
export function meetingsDocument(register: Register): MeetingsDocument {
  return {
    ...meta(register, 'meetings'),
    meetings: register.meetings.map((meeting) => ({
      id: meeting.id,
      type: meeting.type,
      title: meetingTitle(meeting),
      date: dateValue(meeting.parsedDate),
      status: meeting.status,
      mode: meeting.mode,
      workingGroup: meeting.type === 'working-group' ? meeting.workingGroup : null,
      agenda: meeting.agenda.map((a) => ({ item: a.item, modifications: modificationIdsIn(a.item), documents: [...a.documents], sources: citationsValue(a.sources) })),
      notHeld: meeting.notHeld ? { text: meeting.notHeld.reason, sources: citationsValue(meeting.notHeld.sources) } : null,
      outcomes: outcomesAt(register, meeting.id).map((o) => ({
        modification: o.modification.id,
        events: o.events.map((e) => kindStep(e.kind, e.date, e.detail)),
        plans: o.plans.map((p) => ({ ...kindStep(p.kind, p.date, p.detail), status: p.status })),
      })),
      sources: citationsValue(meeting.sources),
      page: urls.meeting(meeting.id),
    })),
  };
}

/** `/api/v1/reports.json` */
export function reportsDocument(register: Register): ReportsDocument {
  const open = new Map(phaseSeries(register).map((p) => [p.month, p.open]));
  return {
    ...meta(register, 'reports'),
    reports: reportingPeriods(register).map((p) => ({
      month: p.month,
      kind: p.kind,
      from: p.from,
      day: p.to,
      open: p.kind === 'sourced' ? (open.get(p.month) ?? null) : null,
      page: urls.report(p.month),
      api: urls.apiReport(p.month),
      csv: urls.reportCsv(p.month),
    })),
  };
}

function countOf(list: readonly Modification[]) {
  return { count: list.length, modifications: list.map((m) => m.id) };
}

function reportedEvents(events: readonly ReportedEvent[]) {
  return events.map((e) => ({ modification: e.modification.id, ...kindStep(e.event.kind, e.event.date, e.event.detail), date: dateValue(e.event.date), between: e.between }));
}

/** `/api/v1/reports/2016-11.json` */
export function reportDocument(register: Register, month: string): ReportDocument {
  const report = monthlyReport(register, month);
  const { status, period } = report;
  return {
    ...meta(register, 'report'),
    month,
    day: report.day,
    period: {
      kind: period.kind,
      from: period.from,
      to: period.to,
      start: period.start,
      startInferred: period.startInferred,
      cutOff: period.cutOff,
      statusReport: period.statusReport?.id ?? null,
    },
    status: status
      ? {
          open: countOf(status.open),
          byPhase: openPhases.map((phase) => ({ phase, label: phaseLabels[phase], ...countOf(status.byPhase[phase]) })),
          byStage: refinementStages.map((stage) => ({ stage, label: stageLabels[stage], ...countOf(status.byStage[stage]) })),
          onHold: countOf(status.onHold),
          closed: closedPhases.map((phase) => ({ phase, label: phaseLabels[phase], ...countOf(status.closed[phase]) })),
          notOnRecord: countOf(status.notOnRecord),
        }
      : null,
    raised: reportedEvents(report.raised),
    decisions: reportedEvents(report.decisions),
    withdrawals: reportedEvents(report.withdrawals),
    consultationsOpened: reportedEvents(report.consultationsOpened),
    consultationsClosed: reportedEvents(report.consultationsClosed),
    meetings: report.meetings.map((m) => ({ id: m.meeting.id, status: m.status })),
    releases: report.releases.map((r) => ({ id: r.release.id, name: r.release.name, statedOn: r.statedOn })),
    sources: report.sources.map((s) => s.id),
    addresses: { page: urls.report(month), csv: urls.reportCsv(month), api: urls.apiReport(month) },
  };
}

/**
 * A document as the text of its file, after checking it against its schema: a field the schema
 * does not describe, or a value of the wrong shape, stops the build.
 */
export function apiJson<N extends ApiSchemaName>(name: N, document: z.output<(typeof apiSchemas)[N]>): string {
  const checked = apiSchemas[name].safeParse(document);
  if (!checked.success) {
    const problems = checked.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`the API file "${name}" does not match its schema:\n${problems.join('\n')}`);
  }
  return `${JSON.stringify(document, null, 2)}\n`;
}
