/**
 * The built JSON API: every file is valid against the JSON Schema it names (checked by ajv, not
 * by the zod schemas the build used), every schema is valid JSON Schema 2020-12, and the API and
 * the pages agree on every modification's phase and on every count.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { phases } from '../../src/domain/vocabulary';
import { reportingPeriod, reportMonths } from '../../src/register/reports';
import { apiSchemaNames } from '../../src/render/api/json-schema';
import { urls } from '../../src/render/urls';
import { apiFiles, read, schemaFiles } from '../support/data-files';
import { realRegister } from '../support/real-register';
import { page, rows, text } from '../support/site';

const register = realRegister();
const json = (file: string) => JSON.parse(read(file)) as Record<string, unknown> & { $schema: string };
const ajv = new Ajv2020({ strict: false, allErrors: true });
for (const file of schemaFiles) ajv.addSchema(json(file));

interface ApiModification {
  id: string;
  phase: { phase: string; words: string; inferred: { part: string; event: number; basis: string }[] };
  history: unknown[];
}
interface ApiCount {
  count: number;
  modifications: string[];
}

describe('the JSON API', () => {
  it('has a schema for every kind of file, and every file the issue names', () => {
    expect([...schemaFiles].sort()).toEqual(apiSchemaNames.map((n) => urls.apiSchema(n)).sort());
    const expected = [
      ...['register', 'releases', 'versions', 'working-groups', 'meetings', 'reports'].map((n) => urls.apiFile(n)),
      ...register.modifications.map((m) => urls.apiModification(m.id)),
      ...reportMonths(register).map((m) => urls.apiReport(m)),
    ];
    expect([...apiFiles].sort()).toEqual(expected.sort());
  });

  it.each(apiFiles)('%s is valid against the schema it names', (file) => {
    const document = json(file);
    const validate = ajv.getSchema(document.$schema);
    expect(validate, `no schema ${document.$schema}`).toBeDefined();
    expect(validate?.(document), JSON.stringify(validate?.errors?.slice(0, 5))).toBe(true);
    expect(document['asOf']).toBe(register.asOf);
  });

  it('agrees with every modification page on its phase, and with the register table', () => {
    const listed = (json(urls.apiFile('register')) as unknown as { modifications: ApiModification[] }).modifications;
    expect(listed.map((m) => m.id)).toEqual(register.modifications.map((m) => m.id));
    const table = rows(page(urls.modifications()).querySelector('main table'));
    for (const [i, m] of listed.entries()) {
      const shown = text(page(urls.modification(m.id)).querySelector('main .standing .phase'));
      expect(m.phase.words, m.id).toBe(shown);
      // The table's cell adds the "inferred" mark after the phase where the register inferred part of it.
      expect(table[i]?.[2]?.replace(/ inferred: why the register infers .+$/, ''), m.id).toBe(shown);
      const full = json(urls.apiModification(m.id)) as unknown as ApiModification;
      expect(full.phase).toEqual(m.phase);
      expect(full.history.length).toBe(page(urls.modification(m.id)).querySelectorAll('main ol.timeline li[id^="event-"]').length);
    }
  });

  it('says which part of a phase the register inferred, exactly where the modification page marks it', () => {
    const listed = (json(urls.apiFile('register')) as unknown as { modifications: ApiModification[] }).modifications;
    expect(listed.filter((m) => m.phase.inferred.length > 0).length).toBeGreaterThan(0);
    for (const m of listed) {
      const badge = page(urls.modification(m.id)).querySelector('main .standing .phase');
      expect(m.phase.inferred.length > 0, m.id).toBe(badge?.classList.contains('phase-inferred') ?? false);
      for (const part of m.phase.inferred) {
        const entry = page(urls.modification(m.id)).querySelector(`main li#event-${part.event + 1}`);
        expect(entry, `${m.id}: event ${part.event}`).not.toBeNull();
        expect(text(page(urls.modification(m.id)).querySelector('main ol.timeline')), m.id).toContain(part.basis);
      }
    }
  });

  it("agrees with the register page's count in every phase", () => {
    const document = json(urls.apiFile('register')) as unknown as { count: number; phases: { phase: string; count: number }[] };
    expect(document.count).toBe(rows(page(urls.modifications()).querySelector('main table')).length);
    expect(document.phases.map((p) => p.phase)).toEqual([...phases]);
    for (const p of document.phases) {
      const link = page(urls.modifications()).querySelector(`main ul.views a[href="${urls.modificationsByPhase(p.phase)}"]`);
      expect(Number(/\((\d+)\)/.exec(text(link?.parentNode))?.[1]), p.phase).toBe(p.count);
      // A phase's page lists each modification once, in one table or (Refinement) in one per stage.
      const listed = page(urls.modificationsByPhase(p.phase)).querySelectorAll('main table').flatMap((t) => rows(t).map((r) => r[0]));
      expect(listed.length, p.phase).toBe(p.count);
    }
  });

  it.each(reportMonths(register))("agrees with the %s report page on its period, every count and the modifications behind it", (month) => {
    const document = json(urls.apiReport(month)) as unknown as {
      period: { kind: string; from: string; to: string };
      status: {
        open: ApiCount;
        byPhase: (ApiCount & { phase: string })[];
        byStage: (ApiCount & { stage: string })[];
        closed: (ApiCount & { phase: string })[];
        notOnRecord: ApiCount;
      } | null;
    };
    const period = reportingPeriod(register, month);
    expect(document.period).toMatchObject({ kind: period.kind, from: period.from, to: period.to });
    const shown = page(urls.report(month));
    // A reconstructed month gives no counts, on its page or here.
    if (period.kind === 'reconstructed') {
      expect(document.status).toBeNull();
      expect(shown.querySelector('#reconstructed')).not.toBeNull();
      expect(shown.querySelector('#not-on-record')).toBeNull();
      return;
    }
    const report = document.status;
    if (!report) throw new Error(`${month}: a sourced month without counts`);
    const behind = (id: string) => {
      const heading = shown.querySelector(`#${id}`);
      return {
        count: heading ? Number(/\((\d+)\)$/.exec(text(heading))?.[1]) : 0,
        modifications: rows(heading?.parentNode?.nextElementSibling?.querySelector('table') ?? null).map((r) => r[0]),
      };
    };
    for (const p of report.byPhase) {
      if (p.phase === 'refinement') expect(behind('phase-refinement').count).toBe(p.count);
      else expect(behind(`phase-${p.phase}`), p.phase).toEqual({ count: p.count, modifications: p.modifications });
    }
    for (const s of report.byStage) expect(behind(`stage-${s.stage}`), s.stage).toEqual({ count: s.count, modifications: s.modifications });
    for (const c of report.closed) if (c.count > 0) expect(behind(`phase-${c.phase}`), c.phase).toEqual({ count: c.count, modifications: c.modifications });
    expect(behind('not-on-record').count).toBe(report.notOnRecord.count);
    expect(report.open.count).toBe(report.byPhase.reduce((n, p) => n + p.count, 0));
  });

  it('is documented on /api/, every endpoint with an example and its schema', () => {
    const docs = page(urls.api());
    for (const name of apiSchemaNames) {
      expect(docs.querySelector(`main a[href="${urls.apiSchema(name)}"]`), name).not.toBeNull();
      // The parser keeps a <pre>'s contents as raw text: parse them again to read the example.
      const example = parse(docs.querySelector(`#endpoint-${name}`)?.parentNode?.parentNode?.querySelector('pre.example')?.rawText ?? '').text;
      expect(() => JSON.parse(example), name).not.toThrow();
    }
    expect(text(docs.querySelector('main'))).toMatch(/Additive changes only/);
  });
});
