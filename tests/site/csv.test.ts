/**
 * The built CSV files, parsed back by Papa Parse: RFC 4180 (UTF-8, a header row, CRLF between
 * records, quoting), the register's file row for row the register table on `/modifications/`,
 * and each monthly report's counts the counts on its page.
 */
import { describe, expect, it } from 'vitest';
import { reportingPeriod, reportMonths } from '../../src/register/reports';
import { registerColumns, reportColumns } from '../../src/render/csv';
import { urls } from '../../src/render/urls';
import { csvFiles, origin, read } from '../support/data-files';
import { parseCsv } from '../support/formats';
import { realRegister } from '../support/real-register';
import { page, rows, text } from '../support/site';

const register = realRegister();
const months = reportMonths(register);

describe('the CSV files', () => {
  it('are the register and one per monthly report', () => {
    expect([...csvFiles].sort()).toEqual([urls.registerCsv(), ...months.map((m) => urls.reportCsv(m))].sort());
  });

  it.each(csvFiles)('%s is RFC 4180 CSV in UTF-8 with a header row', (file) => {
    const csv = parseCsv(read(file));
    expect(csv.bom).toBe(true);
    expect(csv.crlf).toBe(true);
    expect(csv.header.length).toBeGreaterThan(3);
    for (const record of csv.records) expect(record).toHaveLength(csv.header.length);
  });

  it('hold the register table, row for row, with the addresses of each modification', () => {
    const csv = parseCsv(read(urls.registerCsv()));
    const table = page(urls.modifications()).querySelector('main table');
    const headings = table?.querySelectorAll('thead th').map((th) => text(th)) ?? [];
    expect(csv.header).toEqual([...registerColumns]);
    expect(csv.header.slice(0, headings.length)).toEqual(headings);
    // The page marks an inferred phase with a link ("inferred: why the register infers the stage"); the CSV says it in words.
    const shown = rows(table ?? null).map((r) => r.map((cell) => cell.replace(/ inferred: why the register infers the (.+)$/, ' ($1 inferred by the register)')));
    expect(csv.records.map((r) => r.slice(0, headings.length))).toEqual(shown);
    for (const [i, m] of register.modifications.entries()) {
      expect(csv.records[i]?.slice(headings.length)).toEqual([
        `${origin}${urls.modification(m.id)}`,
        `${origin}${urls.modificationFeed(m.id)}`,
        `${origin}${urls.modificationCalendar(m.id)}`,
        `${origin}${urls.apiModification(m.id)}`,
      ]);
    }
  });

  const sourced = months.filter((month) => reportingPeriod(register, month).kind === 'sourced');
  const reconstructed = months.filter((month) => reportingPeriod(register, month).kind === 'reconstructed');
  const column = (name: (typeof reportColumns)[number]) => reportColumns.indexOf(name);

  it.each(sourced)("report %s: each count's rows are the modifications its page lists under it", (month) => {
    const csv = parseCsv(read(urls.reportCsv(month)));
    expect(csv.header).toEqual([...reportColumns]);
    const period = reportingPeriod(register, month);
    for (const r of csv.records) expect([r[column('Period from')], r[column('Cut-off')]]).toEqual([period.from, period.to]);
    const report = page(urls.report(month));
    const counted = (labels: readonly string[]) => csv.records.filter((r) => labels.includes(r[column('Count')] ?? '')).map((r) => r[column('Number')]);
    let checked = 0;
    for (const heading of report.querySelectorAll('main h3[id^="phase-"], main h4[id^="stage-"]')) {
      const [, label = '', count = ''] = /^(.*) \((\d+)\)$/.exec(text(heading)) ?? [];
      const labels = heading.id.startsWith('stage-') ? [`Open: Refinement (${label})`] : [`Open: ${label}`, `Closed: ${label}`];
      if (heading.id === 'phase-refinement') {
        expect(csv.records.filter((r) => r[column('Count')]?.startsWith('Open: Refinement (')).length, month).toBe(Number(count));
        continue;
      }
      const listed = rows(heading.parentNode?.nextElementSibling?.querySelector('table') ?? null).map((r) => r[0]);
      expect(counted(labels), `${month} ${heading.id}`).toHaveLength(Number(count));
      expect(counted(labels), `${month} ${heading.id}`).toEqual(listed);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(3);
    expect(counted(['Not on record']).length).toBe(Number(/\((\d+)\)$/.exec(text(report.querySelector('#not-on-record')))?.[1]));
  });

  it('has reconstructed months to check', () => {
    expect(reconstructed.length).toBeGreaterThan(0);
  });

  it.each(reconstructed)('report %s, reconstructed: no counts and no phases, only the events later papers place in it', (month) => {
    const csv = parseCsv(read(urls.reportCsv(month)));
    expect(csv.header).toEqual([...reportColumns]);
    for (const r of csv.records) {
      expect(r[column('Count')], month).toMatch(/ in the period$/);
      expect(r[column('Phase on the cut-off')], month).toBe('');
    }
  });
});
