/**
 * Each class of bad content an editor can write, and what the linter says about it. Every
 * message must name the file and the field, as `content/path:line: field: message`.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contentFiles, lintMessages, replaceIn } from '../support/content';
import { lintContent, type CachedEntry, type LintCache } from '../../src/validate/lint';
import { formatProblem } from '../../src/validate/problems';
import { cases, MOD, type Case } from './bad-input-cases';

describe('bad content', () => {
  it('the real content has no problems', () => {
    expect(lintMessages(contentFiles())).toEqual([]);
  });

  it(`covers ${cases.length} classes of bad input`, () => expect(cases.length).toBeGreaterThanOrEqual(15));

  it.each(cases)('$name is reported with its file and field', ({ breakIt, expect: expected }) => {
    const files = contentFiles();
    breakIt(files);
    const messages = lintMessages(files);
    for (const { file, field, message } of expected) {
      const prefix = new RegExp(`^${escape(file)}(:\\d+)?: ${escape(field)}: `);
      const match = messages.find((m) => prefix.test(m) && m.includes(message));
      expect(match, `expected "${file}: ${field}: …${message}…" among:\n${messages.join('\n')}`).toBeDefined();
    }
  });

  it('reports every problem at once, across files', () => {
    const files = contentFiles();
    const chosen = [
      'an impossible calendar date',
      'events out of date order',
      'a meeting in the future recorded as not held',
      'a release dated outside the month it is named after',
      'a fact without a source',
      'an unknown document type',
    ].map((name) => cases.find((c) => c.name === name) as Case);
    for (const c of chosen) c.breakIt(files);
    const messages = lintMessages(files);
    for (const c of chosen) {
      for (const { file, field } of c.expect) {
        expect(messages.some((m) => m.startsWith(file) && m.includes(` ${field}: `)), `${c.name}\n${messages.join('\n')}`).toBe(true);
      }
    }
  });

  it("is listed in the README's catalogue, class by class", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const missing = cases.filter((c) => !readme.includes(`| ${c.name} |`)).map((c) => c.name);
    expect(missing, 'add these to the catalogue in README.md').toEqual([]);
  });

  // The build and \`astro dev\` keep each file's checks in a cache: a problem found across files,
  // in a file the cache already knew, once came without its line (seen in \`astro dev\` when one
  // edit made the content be read twice).
  it('gives a problem found across files its line when the file comes from the cache', () => {
    const memory = new Map<string, { text: string; entry: CachedEntry }>();
    const cache: LintCache = {
      get: (file, text) => (memory.get(file)?.text === text ? memory.get(file)?.entry : undefined),
      set: (file, text, entry) => void memory.set(file, { text, entry }),
    };
    const files = replaceIn(contentFiles(), MOD, 'id: SECMP0002', 'id: SECMP0099');
    const first = lintContent(files, 'content', cache).problems.map(formatProblem);
    const again = lintContent(files, 'content', cache).problems.map(formatProblem);
    expect(first).toEqual([`${MOD}:2: id: is "SECMP0099" but the file is named "SECMP0002"; they must match`]);
    expect(again).toEqual(first);
  });

  it('gives the line of the field where it can', () => {
    const files = replaceIn(contentFiles(), MOD, "date: '2016-10-27'", "date: '2016-10-32'");
    const [message] = lintMessages(files);
    const line = Number(/^[^:]+:(\d+):/.exec(message ?? '')?.[1]);
    expect(files.get(MOD)?.split('\n')[line - 1]).toContain("date: '2016-10-32'");
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
