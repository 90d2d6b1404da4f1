/**
 * The register as CSV, for spreadsheets: `/register.csv` (the register table, one row per
 * modification, plus its addresses) and `/reports/2016-11.csv` (a monthly report's counts, one
 * row per modification behind each count, and the month's events).
 *
 * Written by `csv-stringify` to RFC 4180: a header row, CRLF between records, and a field
 * quoted when it holds a comma, a quote (doubled inside) or a line break of either kind. The
 * text is UTF-8 with a byte order mark, which is how a spreadsheet knows it is UTF-8 rather
 * than the machine's own code page; parsers that follow the standard skip it.
 *
 * A cell that a spreadsheet would read as a formula (it starts with `=`, `+`, `-`, `@`, a tab or
 * a carriage return) gets a leading apostrophe, so that content can never run in a reader's
 * spreadsheet.
 */
import { stringify } from 'csv-stringify/sync';
import { formatSourceDate } from '../domain/dates';
import { transitions, type PhaseState } from '../domain/phases';
import { openPhases, phaseLabels, refinementStages, stageLabels, closedPhases } from '../domain/vocabulary';
import { basisOn, currentBasis, type StateBasis } from '../register/inference';
import { monthlyReport, type ReportedEvent } from '../register/reports';
import { lastEvent } from '../register/timeline';
import type { Modification, Register } from '../register/types';
import { addressOn } from './address';
import { groupOf } from './html';
import { urls } from './urls';
import { badgeWords, inferredPartsWords } from './words';

/** A cell as text, guarded against being read as a formula. */
export function csvCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The CSV text of a header row and records. */
export function csvText(columns: readonly string[], records: readonly (readonly string[])[]): string {
  for (const record of records) {
    if (record.length !== columns.length) throw new Error(`a CSV record has ${record.length} fields, not ${columns.length}`);
  }
  return stringify(
    records.map((r) => r.map(csvCell)),
    { header: true, columns: columns.map(csvCell), bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
}

/** The register table's columns, then the addresses of each modification's page and files. */
export const registerColumns = ['Number', 'Short title', 'Phase', 'Working group', 'Target release', 'Last event', 'Page', 'Feed', 'Calendar', 'JSON'] as const;

/**
 * A phase in words, with what of it the register inferred, as the pages mark it:
 * "Refinement · Working Group (stage inferred by the register)".
 */
function phaseWords(state: PhaseState | null, basis: StateBasis | null): string {
  const inferred = state && basis ? basis.inferred : [];
  return inferred.length > 0 ? `${badgeWords(state)} (${inferredPartsWords(inferred.map((i) => i.part)).toLowerCase()} inferred by the register)` : badgeWords(state);
}

function workingGroupWords(register: Register, m: Modification): string {
  const group = groupOf(register, m);
  if (!group) return 'Not stated';
  return m.workingGroup?.allocation === 'proposed' ? `${group.abbreviation} (proposed)` : group.abbreviation;
}

/** `/register.csv`: the register table, in number order, with the addresses of each modification. */
export function registerCsv(register: Register, origin: string | null): string {
  const records = register.modifications.map((m) => {
    const release = m.targetRelease ? register.release(m.targetRelease.release) : null;
    return [
      m.id,
      m.shortTitle,
      phaseWords(m.state, currentBasis(m)),
      workingGroupWords(register, m),
      release ? release.name.replace(' SEC Release', '') : 'Not stated',
      formatSourceDate(lastEvent(m).date),
      addressOn(origin, urls.modification(m.id)),
      addressOn(origin, urls.modificationFeed(m.id)),
      addressOn(origin, urls.modificationCalendar(m.id)),
      addressOn(origin, urls.apiModification(m.id)),
    ];
  });
  return csvText(registerColumns, records);
}

/** A monthly report's columns. */
export const reportColumns = ['Month', 'Period from', 'Cut-off', 'Count', 'Number', 'Short title', 'Phase on the cut-off', 'Working group', 'Event date', 'Event', 'Page'] as const;

/**
 * `/reports/2016-11.csv`: every count of the month's report with the modifications behind it,
 * one row each (open by phase, Refinement by stage, on hold, closed, not on record), then the
 * period's events (raised, decisions, withdrawals, consultations opened and closed). Counting
 * the rows of a count gives the count on the report's page. A reconstructed month has no
 * counts and no phases, only the events later papers place in it, as its page does.
 */
export function reportCsv(register: Register, month: string, origin: string | null): string {
  const report = monthlyReport(register, month);
  const { status, period } = report;
  const row = (count: string, m: Modification, event: ReportedEvent | null = null) => {
    const state: PhaseState | null = status?.states.get(m.id) ?? null;
    return [
      month,
      period.from,
      period.to,
      count,
      m.id,
      m.shortTitle,
      status ? phaseWords(state, basisOn(m, period.to)) : '',
      workingGroupWords(register, m),
      event ? formatSourceDate(event.event.date) : '',
      event ? `${transitions[event.event.kind].label}: ${event.event.detail}` : '',
      addressOn(origin, urls.modification(m.id)),
    ];
  };
  // A reconstructed month gives no counts: counting what later papers mention would show growth that is only missing data.
  const counts = status
    ? [
        ...openPhases.flatMap((phase) =>
          phase === 'refinement'
            ? refinementStages.flatMap((stage) => status.byStage[stage].map((m) => row(`Open: ${phaseLabels[phase]} (${stageLabels[stage]})`, m)))
            : status.byPhase[phase].map((m) => row(`Open: ${phaseLabels[phase]}`, m)),
        ),
        ...status.onHold.map((m) => row('On hold', m)),
        ...closedPhases.flatMap((phase) => status.closed[phase].map((m) => row(`Closed: ${phaseLabels[phase]}`, m))),
        ...status.notOnRecord.map((m) => row('Not on record', m)),
      ]
    : [];
  const records = [
    ...counts,
    ...report.raised.map((e) => row('Raised in the period', e.modification, e)),
    ...report.decisions.map((e) => row('Decisions in the period', e.modification, e)),
    ...report.withdrawals.map((e) => row('Withdrawals in the period', e.modification, e)),
    ...report.consultationsOpened.map((e) => row('Consultations opened in the period', e.modification, e)),
    ...report.consultationsClosed.map((e) => row('Consultations closed in the period', e.modification, e)),
  ];
  return csvText(reportColumns, records);
}
