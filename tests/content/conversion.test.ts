/**
 * The move from YAML files to MDX modifications and JSON records lost no fact. The register's
 * content as the YAML files held it, read by the linter of the day, is kept in
 * `fixtures/register-before-mdx.json`; the content as it is now must hold every entry of it,
 * field by field, and each modification's issue and proposed solution, with their citations,
 * must now be its body's sections.
 *
 * Later changes to the model, each made on purpose, are applied to the old entries by
 * `asNowWritten` before they are compared, so that the test still proves no fact was lost:
 * - a release's planned modifications, grouped under a status note, are now written once: the
 *   release keeps the notes (`statusNotes`) and each modification names its note
 *   (`targetRelease.status`);
 * - a meeting's agenda item no longer lists the modifications it concerns beside its words: it
 *   names them in its words, which are linked, and what the meeting did for each is an event or
 *   plan in the modification's file (the test checks both, so nothing is lost);
 * - a relation between two modifications stated in both files is stated in one (the other file's
 *   copy is dropped only where the same relation stands in the first).
 *
 * Facts added since (new fields, such as a meeting's `held` or a report's `covers`) are left out
 * of the current entries by `LATER_FIELDS` before they are compared: they add, they lose nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionNames } from '../../src/schemas';
import type { Citation } from '../../src/schemas/common';
import { narrativeNodes, narrativeText, parseNarrative, type Narrative } from '../../src/schemas/narrative';
import { lintContentFolder, walk } from '../../src/validate/files';

const before = JSON.parse(readFileSync(resolve(import.meta.dirname, 'fixtures/register-before-mdx.json'), 'utf8')) as Record<string, Record<string, Record<string, unknown>>>;
const { content, problems } = lintContentFolder(resolve(import.meta.dirname, '../../content'));

/** A passage as the YAML held it. */
type Passage = { text: string; sources: Citation[] } | null;

/** A narrative section's citations, in order. */
function citationsOf(narrative: Narrative, key: 'issue' | 'solution'): Citation[] {
  const section = narrative.filter((s) => s.key === key);
  return section.flatMap((s) => [...narrativeNodes([s])].flatMap((n) => (n.type === 'cite' ? [n.citation] : [])));
}

type OldRelease = { planned?: { modifications: string[]; status: string; sources: Citation[] }[] } & Record<string, unknown>;
type NewRelease = { statusNotes: { id: string; text: string }[] };

/** The old entry as the current model writes the same facts. */
function asNowWritten(collection: string, id: string, old: Record<string, unknown>): Record<string, unknown> {
  const current = (name: 'releases' | 'modifications', entryId: string): unknown => (content[name] as readonly { id: string; data: unknown }[]).find((e) => e.id === entryId)?.data;
  if (collection === 'releases') {
    const { planned = [], ...rest } = old as OldRelease;
    const notes = (current('releases', id) as NewRelease | undefined)?.statusNotes ?? [];
    // A note keeps its words and citations; only its name is new, so it is looked up by its words.
    return { ...rest, statusNotes: planned.map((group) => ({ id: notes.find((n) => n.text === group.status)?.id, text: group.status, sources: group.sources })) };
  }
  if (collection === 'meetings') {
    const agenda = (old['agenda'] as { item: string; modifications?: string[] }[] | undefined) ?? [];
    return {
      ...old,
      agenda: agenda.map(({ modifications = [], ...item }) => {
        for (const m of modifications) {
          expect(item.item, `${id}: the agenda item names ${m}`).toContain(m);
          const history = current('modifications', m) as { events: { meeting?: string }[]; plans: { meeting?: string }[] };
          expect([...history.events, ...history.plans].some((e) => e.meeting === id), `${m} records what ${id} did for it`).toBe(true);
        }
        return item;
      }),
    };
  }
  if (collection === 'modifications') {
    let now = old;
    const related = (old['related'] as { modification: string }[] | undefined) ?? [];
    const kept = related.filter((r) => {
      const other = before['modifications']?.[r.modification]?.['related'] as { modification: string; reason: string }[] | undefined;
      const mirrored = other?.some((o) => o.modification === id) ?? false;
      // The relation stays in the file with the lower number, as the integrity check asks.
      return !(mirrored && id > r.modification && (current('modifications', r.modification) as { related: { modification: string }[] }).related.some((o) => o.modification === id));
    });
    if (kept.length !== related.length) now = { ...now, related: kept };
    if (!now['targetRelease']) return now;
    const target = now['targetRelease'] as { release: string };
    const release = before['releases']?.[target.release] as OldRelease | undefined;
    const group = release?.planned?.find((g) => g.modifications.includes(id));
    const notes = (current('releases', target.release) as NewRelease | undefined)?.statusNotes ?? [];
    return { ...now, targetRelease: { ...target, status: notes.find((n) => n.text === group?.status)?.id } };
  }
  return old;
}

/** Fields added to entries after the move, by collection. */
const LATER_FIELDS: Readonly<Record<string, readonly string[]>> = {
  meetings: ['held'],
  sources: ['covers'],
};

/** The current entry without the fields added after the move. */
function withoutLaterFields(collection: string, data: unknown): unknown {
  const later = LATER_FIELDS[collection] ?? [];
  return Object.fromEntries(Object.entries(data as Record<string, unknown>).filter(([key]) => !later.includes(key)));
}

const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('the content after the move to MDX and JSON', () => {
  it('reads without a problem', () => expect(problems).toEqual([]));

  it('is only MDX and JSON entries, and the source papers\' text', () => {
    const files = walk(resolve(import.meta.dirname, '../../content'));
    expect(files.length).toBeGreaterThan(60);
    expect(files.filter((f) => !/\.(mdx|json)$/.test(f) && !/^sources\/text\/[^/]+\.txt$/.test(f))).toEqual([]);
  });

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
        const old = { ...asNowWritten(collection, id, before[collection]?.[id] ?? {}) };
        if (collection === 'modifications') {
          const narrative = entry?.body ? parseNarrative(entry.body.text).narrative : [];
          for (const key of ['issue', 'solution'] as const) {
            const passage = old[key] as Passage;
            expect(words(narrativeText(narrative, key)), `${id} ${key}`).toBe(words(passage?.text));
            expect(citationsOf(narrative, key), `${id} ${key} citations`).toEqual(passage?.sources ?? []);
            delete old[key];
          }
        }
        expect(withoutLaterFields(collection, entry?.data)).toEqual(old);
      });
    }
  }
});
