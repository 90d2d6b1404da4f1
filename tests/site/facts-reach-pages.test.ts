/**
 * Every fact about a modification reaches its page, whichever entry states it. The test walks
 * every entry of the content (releases, versions, working groups, documents, meetings and
 * sources) for what names a modification: a passage that names it (`SECMP0012`), an address
 * given for it, and, for a release, the status note and scope of each modification it would
 * carry. Each must be on that modification's page: the passage's words, or a link to the address.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionNames } from '../../src/schemas';
import { urls } from '../../src/render/urls';
import { lintContentFolder } from '../../src/validate/files';
import { page, text } from '../support/site';

const { content } = lintContentFolder(resolve(import.meta.dirname, '../../content'));
const modifications = new Set(content.modifications.map((m) => m.data.id));

/** A fact another entry states about a modification, as the page must show it. */
interface Fact {
  readonly modification: string;
  readonly from: string;
  readonly words?: string;
  readonly address?: string;
}

/** Every object inside a value, at any depth. */
function* objects(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const item of value) yield* objects(item);
  else if (value !== null && typeof value === 'object') {
    yield value as Record<string, unknown>;
    for (const child of Object.values(value)) yield* objects(child);
  }
}

const squash = (words: string) => words.replace(/\s+/g, ' ').trim();

const facts: Fact[] = [];
for (const collection of collectionNames.filter((c) => c !== 'modifications')) {
  for (const entry of content[collection]) {
    for (const object of objects(entry.data)) {
      for (const [field, value] of Object.entries(object)) {
        if (typeof value !== 'string' || field === 'id' || field === 'url') continue;
        for (const id of new Set(value.match(/\bSECMP\d{4}\b/g) ?? [])) {
          if (!modifications.has(id)) continue;
          if (typeof object['url'] === 'string') facts.push({ modification: id, from: entry.file, address: object['url'] });
          else facts.push({ modification: id, from: `${entry.file} (${field})`, words: squash(value) });
        }
      }
    }
  }
}
for (const m of content.modifications) {
  const target = m.data.targetRelease;
  if (!target) continue;
  const release = content.releases.find((r) => r.data.id === target.release);
  const note = release?.data.statusNotes.find((n) => n.id === target.status);
  if (note) facts.push({ modification: m.data.id, from: `${release?.file} (statusNotes: ${note.id})`, words: squash(note.text) });
  for (const scope of release?.data.scope ?? []) facts.push({ modification: m.data.id, from: `${release?.file} (scope)`, words: squash(scope.text) });
}

describe('every fact another entry states about a modification', () => {
  it('is found: the content names modifications elsewhere', () => {
    expect(facts.length).toBeGreaterThan(20);
    expect(facts.some((f) => f.from.includes('releases/'))).toBe(true);
    expect(facts.some((f) => f.from.includes('meetings/'))).toBe(true);
    expect(facts.some((f) => f.from.includes('documents/'))).toBe(true);
  });

  for (const fact of facts) {
    it(`${fact.modification}'s page shows what ${fact.from} says of it`, () => {
      const root = page(urls.modification(fact.modification));
      if (fact.address) expect(root.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(fact.address);
      if (fact.words) expect(squash(text(root.querySelector('main')))).toContain(fact.words);
    });
  }
});
