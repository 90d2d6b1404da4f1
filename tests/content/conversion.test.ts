/**
 * The move from YAML files to MDX modifications and JSON records lost no fact. The register's
 * content as the YAML files held it, read by the linter of the day, is kept in
 * `fixtures/register-before-mdx.json`; the content as it is now must hold every entry of it,
 * field by field, and each modification's issue and proposed solution, with their citations,
 * must now be its body's sections.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionNames } from '../../src/schemas';
import type { Citation } from '../../src/schemas/common';
import { narrativeNodes, narrativeText, parseNarrative, type Narrative } from '../../src/schemas/narrative';
import { lintContentFolder } from '../../src/validate/files';

const before = JSON.parse(readFileSync(resolve(import.meta.dirname, 'fixtures/register-before-mdx.json'), 'utf8')) as Record<string, Record<string, Record<string, unknown>>>;
const { content, problems } = lintContentFolder(resolve(import.meta.dirname, '../../content'));

/** A passage as the YAML held it. */
type Passage = { text: string; sources: Citation[] } | null;

/** A narrative section's citations, in order. */
function citationsOf(narrative: Narrative, key: 'issue' | 'solution'): Citation[] {
  const section = narrative.filter((s) => s.key === key);
  return section.flatMap((s) => [...narrativeNodes([s])].flatMap((n) => (n.type === 'cite' ? [n.citation] : [])));
}

const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('the content after the move to MDX and JSON', () => {
  it('reads without a problem', () => expect(problems).toEqual([]));

  for (const collection of collectionNames) {
    it(`holds every entry of ${collection} the YAML files held, and no other`, () => {
      const ids = content[collection].map((e) => e.id).sort();
      expect(ids).toEqual(Object.keys(before[collection] ?? {}).sort());
    });
  }

  for (const collection of collectionNames) {
    for (const id of Object.keys(before[collection] ?? {})) {
      it(`keeps every field of ${collection}/${id}`, () => {
        const entry = content[collection].find((e) => e.id === id);
        const old = { ...(before[collection]?.[id] ?? {}) };
        if (collection === 'modifications') {
          const narrative = entry?.body ? parseNarrative(entry.body.text).narrative : [];
          for (const key of ['issue', 'solution'] as const) {
            const passage = old[key] as Passage;
            expect(words(narrativeText(narrative, key)), `${id} ${key}`).toBe(words(passage?.text));
            expect(citationsOf(narrative, key), `${id} ${key} citations`).toEqual(passage?.sources ?? []);
            delete old[key];
          }
        }
        expect(entry?.data).toEqual(old);
      });
    }
  }
});
