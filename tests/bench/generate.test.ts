/**
 * The benchmark's synthetic register must be content the register accepts: a benchmark of
 * content that fails its checks would time the error paths, not the real work. These tests
 * generate small registers and hold them to the same linter and register build as `content/`,
 * check that generation is deterministic, and check that the phases come out mixed, so that
 * every page type of the site has something to show.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryPath, parseEntry, serialiseEntry } from '../../scripts/bench/generate/files';
import { collectionFolders } from '../../src/schemas';
import { narrativeNodes, parseNarrative } from '../../src/schemas/narrative';
import { generateRegister } from '../../scripts/bench/generate/index';
import { Random } from '../../scripts/bench/generate/random';
import { planReleases } from '../../scripts/bench/generate/releases';
import { formatProblem, sortProblems } from '../../src/validate/problems';
import { lintContentFolder, readContentFolder } from '../../src/validate/files';
import { closedPhases, openPhases } from '../../src/domain/vocabulary';
import { statusOn } from '../../src/register/status';
import { buildRegister } from '../../src/register/build';

const work = mkdtempSync(join(tmpdir(), 'register-bench-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under a folder, by path relative to it, with its text, in path order. */
function snapshot(dir: string): [string, string][] {
  return [...readContentFolder(dir, '.').files].sort(([a], [b]) => (a < b ? -1 : 1));
}

describe.each([30, 300])('a generated register of %i modifications', (n) => {
  const dir = join(work, `n${n}`);
  generateRegister(dir, n);
  const { content, problems } = lintContentFolder(dir, 'bench');

  it('passes the content linter with no problems', () => {
    const first = sortProblems(problems).slice(0, 20).map(formatProblem).join('\n');
    expect(problems.length, `the first problems:\n${first}`).toBe(0);
  });

  it(`holds ${n} modifications, numbered from SECMP0001`, () => {
    const ids = content.modifications.map((m) => m.data.id).sort();
    expect(ids).toHaveLength(n);
    expect(ids[0]).toBe('SECMP0001');
    expect(ids[n - 1]).toBe(`SECMP${String(n).padStart(4, '0')}`);
  });

  it('gives byte-identical files when generated again with the same seed', () => {
    const again = join(work, `n${n}-again`);
    generateRegister(again, n);
    expect(snapshot(again)).toEqual(snapshot(dir));
  });

  it('gives different modifications with a different seed', () => {
    const other = join(work, `n${n}-seed2`);
    generateRegister(other, n, 2);
    const file = entryPath('modifications', 'SECMP0001');
    expect(readFileSync(join(other, file), 'utf8')).not.toBe(readFileSync(join(dir, file), 'utf8'));
  });

  it('has every open phase and a closed one on the as-of date', () => {
    const register = buildRegister(content);
    const status = statusOn(register, register.asOf);
    const empty = openPhases.filter((phase) => status.byPhase[phase].length === 0);
    expect(empty, `no modification is in ${empty.join(', ')}`).toEqual([]);
    expect(closedPhases.some((phase) => status.closed[phase].length > 0)).toBe(true);
    expect(status.byStage['dcc-impact-assessment'].length).toBeGreaterThan(0);
    expect(status.notOnRecord).toEqual([]);
  });

  it('keeps every history between three and fifteen events, starting most with "raised"', () => {
    const lengths = content.modifications.map((m) => m.data.events.length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(15);
    const raised = content.modifications.filter((m) => m.data.events[0]?.kind === 'raised').length;
    expect(raised / n).toBeGreaterThan(0.7);
  });

  it('writes bodies of realistic length, each citing two to five times, with the sections and components mixed', () => {
    const bodies = content.modifications.map((m) => {
      const narrative = m.body ? parseNarrative(m.body.text).narrative : [];
      const nodes = [...narrativeNodes(narrative)];
      const count = (type: string) => nodes.filter((node) => node.type === type).length;
      const keys = narrative.map((section) => section.key);
      const text = readFileSync(join(dir, entryPath('modifications', m.data.id)), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      return { keys, cites: count('cite'), mods: count('mod'), inferred: count('inferred'), bytes: Buffer.byteLength(text) };
    });
    for (const b of bodies) {
      expect(b.keys).toContain('issue');
      expect(b.keys).toContain('solution');
      expect(b.cites).toBeGreaterThanOrEqual(2);
      expect(b.cites).toBeLessThanOrEqual(5);
    }
    const bytes = bodies.map((b) => b.bytes).sort((a, b) => a - b);
    const median = bytes[Math.floor(n / 2)] as number;
    expect(median).toBeGreaterThan(1500);
    expect(median).toBeLessThan(3000);
    if (n < 300) return;
    // Shares within wide bounds of the aims (a half, a third, a fifth, a tenth) at 300.
    const share = (test: (b: (typeof bodies)[number]) => boolean) => bodies.filter(test).length / n;
    expect(share((b) => b.keys.includes('summary'))).toBeGreaterThan(0.35);
    expect(share((b) => b.keys.includes('summary'))).toBeLessThan(0.65);
    expect(share((b) => b.keys.includes('background'))).toBeGreaterThan(0.2);
    expect(share((b) => b.keys.includes('background'))).toBeLessThan(0.45);
    expect(share((b) => b.mods > 0)).toBeGreaterThan(0.1);
    expect(share((b) => b.mods > 0)).toBeLessThan(0.3);
    expect(share((b) => b.inferred > 0)).toBeGreaterThan(0.04);
    expect(share((b) => b.inferred > 0)).toBeLessThan(0.2);
  });

  it('writes entries the serialiser reads back and writes again unchanged', () => {
    // Serialising what is parsed from each generated file must give the file again: a file
    // written by anything but the serialiser, or a value it could not represent, would not.
    for (const collection of ['releases', 'meetings', 'versions'] as const) {
      const folder = collectionFolders[collection];
      for (const file of readdirSync(join(dir, folder))) {
        const text = readFileSync(join(dir, folder, file), 'utf8');
        expect(serialiseEntry(collection, parseEntry(collection, text)), `${folder}/${file}`).toBe(text);
      }
    }
  });
});

it('refuses sizes that four-digit ids cannot number', () => {
  expect(() => generateRegister(join(work, 'too-many'), 10_000)).toThrow(/9999/);
  expect(() => generateRegister(join(work, 'none'), 0)).toThrow(/9999/);
});

describe('the releases of a large generated register', () => {
  it('stay within 25 years of the sources, which the register requires, however many modifications there are', () => {
    for (const n of [3000, 6000, 12000]) {
      const releases = planReleases(new Random(1), n);
      expect(releases.length, String(n)).toBeGreaterThan(150);
      expect(releases.every((r) => r.date <= '2041-11-09'), String(n)).toBe(true);
      expect(new Set(releases.map((r) => r.id)).size).toBe(releases.length);
    }
  });
});
