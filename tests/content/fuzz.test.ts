/**
 * The linter, fed the real content mutated at random: bytes, keys, values, dates, references
 * and addresses, in JSON records and in MDX frontmatter and bodies. For every case it must
 * return problems or pass, never throw; every problem must name a file; and it must finish
 * within a bound; and content it passes must build into a register. Failures fast-check finds
 * are kept below as regression cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CachedEntry, LintCache } from '../../src/validate/lint';
import { lintContent } from '../../src/validate/lint';
import { buildRegister } from '../../src/register/build';
import { contentFiles } from '../support/content';

const real = contentFiles();
const paths = [...real.keys()].filter((p) => !p.endsWith('.txt')).sort();

/** Unchanged files are read once: the cache keeps each case to the cost of the file it breaks. */
const memory = new Map<string, { text: string; entry: CachedEntry }>();
const cache: LintCache = {
  get: (file, text) => (memory.get(file)?.text === text ? memory.get(file)?.entry : undefined),
  set: (file, text, entry) => void memory.set(file, { text, entry }),
};

/** Characters an attacker or a slip of the keyboard might put anywhere. */
const nasty = fc.constantFrom('\u0000', '\u0001', '\u000b', '\u001b', '\ufffe', '\u{1fffe}', '"', "'", '{', '}', '[', ']', ':', ',', '\n', '---', '<', '>', '{1+1}', '&a', '*a', '%', '\\', '\u00e9', '\ud800', '..', '/');

/** Values a field might be given instead of its own. */
const value = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('2016-10-32', '1016-10', '2016-13', '../', '2016-11-09/2016-10', '9999-12-31', '27/10/2016', 'SECMP0099', 'wg9', 'sec-update-2016-10'),
  fc.constantFrom('javascript:alert(1)', 'java\tscript:x', 'data:,x', 'http://example.org/', 'https://www.smartenergycodecompany.co.uk/..%2F..%2Fx', 'https://www.smartenergycodecompany.co.uk/%E0%A4%A', 'mailto:x@example.org'),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 3 }),
);

type Mutation = (files: Map<string, string>) => void;

/** Inserts, replaces or deletes characters at a place in a file. */
const bytes: fc.Arbitrary<Mutation> = fc.tuple(fc.constantFrom(...paths), fc.nat(), fc.nat({ max: 4 }), fc.oneof(nasty, fc.string({ maxLength: 6 }))).map(
  ([file, at, cut, insert]) =>
    (files) => {
      const text = files.get(file) as string;
      const i = at % (text.length + 1);
      files.set(file, text.slice(0, i) + insert + text.slice(i + cut));
    },
);

/** Sets, deletes or renames a field of a JSON record, at any depth. */
const fields: fc.Arbitrary<Mutation> = fc.tuple(fc.constantFrom(...paths.filter((p) => p.endsWith('.json'))), fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.constantFrom('set', 'delete', 'rename'), value).map(
  ([file, steps, how, next]) =>
    (files) => {
      let data: Record<string, unknown>;
      try {
        data = JSON.parse(files.get(file) as string) as Record<string, unknown>;
      } catch {
        return; // An earlier mutation has already broken the file's JSON.
      }
      if (data === null || typeof data !== 'object') return;
      let node: Record<string, unknown> = data;
      for (const [n, step] of steps.entries()) {
        const keys = Object.keys(node);
        if (keys.length === 0) break;
        const key = keys[step % keys.length] as string;
        const child = node[key];
        if (n === steps.length - 1 || child === null || typeof child !== 'object') {
          if (how === 'delete') delete node[key];
          else if (how === 'rename') {
            node[`${key}x`] = child;
            delete node[key];
          } else node[key] = next;
          break;
        }
        node = child as Record<string, unknown>;
      }
      files.set(file, JSON.stringify(data, null, 2));
    },
);

/** Replaces one line of a modification's frontmatter or body. */
const lines: fc.Arbitrary<Mutation> = fc.tuple(fc.constantFrom(...paths.filter((p) => p.endsWith('.mdx'))), fc.nat(), fc.oneof(fc.string(), fc.constantFrom('id: SECMP0099', 'date: 1016-01', 'kind: adopted', '  - { source: nowhere, section: x }', '<Foo />', '<Cite source="x" section="y" />', '<Mod n="99" />', 'import x from "y"', '{process.exit(1)}', '[a](javascript:alert(1))', '## Costs', 'x: &a [1]', '<b>', '---'))).map(
  ([file, at, line]) =>
    (files) => {
      const text = (files.get(file) as string).split('\n');
      text[at % text.length] = line;
      files.set(file, text.join('\n'));
    },
);

/** Runs the linter on mutated content and checks what it returns. */
function check(mutations: readonly Mutation[]): void {
  const files = new Map(real);
  for (const mutate of mutations) mutate(files);
  const started = performance.now();
  const { content, problems } = lintContent(files, 'content', cache);
  // Content the linter passes must build: a register it cannot build is a problem it missed.
  if (problems.length === 0) buildRegister(content);
  const took = performance.now() - started;
  expect(took, 'the linter took too long').toBeLessThan(5_000);
  for (const p of problems) {
    expect(p.file, JSON.stringify(p)).toMatch(/^content\//);
    expect(p.message.length, JSON.stringify(p)).toBeGreaterThan(0);
  }
}

describe('the linter, on content mutated at random', () => {
  it('returns problems or passes, never throws, names a file for every problem, and finishes in time', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(bytes, fields, lines), { minLength: 1, maxLength: 3 }), (mutations) => check(mutations)),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000), seed: Number(process.env.FUZZ_SEED ?? 20261128) },
    );
  }, 300_000);
});
