/**
 * Citations and discrepancies: every cited source exists and has the cited section, and where
 * a discrepancy's `about` names a text field of its entry, the reading it says the site shows is
 * that field's value.
 */
import { collectionNames } from '../../schemas';
import { citationsIn } from '../../schemas/citations';
import type { Citation } from '../../schemas/common';
import { narrativeNodes } from '../../schemas/narrative';
import type { Entry } from '../../schemas/content';
import type { Problem } from '../problems';
import { problem, type IntegrityContext } from './context';

export function* checkCitations({ content, root }: IntegrityContext): Generator<Problem> {
  const sections = new Map(content.sources.map((s) => [s.data.id, new Set(s.data.sections.map((x) => x.id))]));
  const unresolved = (citation: Citation): { field: 'source' | 'section'; message: string } | null => {
    const known = sections.get(citation.source);
    if (!known) return { field: 'source', message: `"${citation.source}" is not a source in ${root}/sources/` };
    if (!known.has(citation.section)) return { field: 'section', message: `source "${citation.source}" has no section "${citation.section}" (it has ${[...known].join(', ')})` };
    return null;
  };
  for (const collection of collectionNames) {
    for (const entry of content[collection] as readonly Entry<unknown>[]) {
      for (const { citation, path } of citationsIn(entry.data)) {
        const wrong = unresolved(citation);
        if (wrong) yield problem(entry, [...path, wrong.field], wrong.message);
      }
      // Citations in a narrative's body, each on its own line.
      for (const node of narrativeNodes(entry.narrative ?? [])) {
        if (node.type !== 'cite') continue;
        const wrong = unresolved(node.citation);
        if (wrong) yield { file: entry.file, field: ['(body)'], message: `<Cite ${wrong.field}="${node.citation[wrong.field]}">: ${wrong.message}`, line: node.line };
      }
    }
  }
}

/** Reads a dotted field path such as `workingGroup.group` out of an entry's data. */
function valueAt(data: unknown, dotted: string): unknown {
  let current: unknown = data;
  for (const key of dotted.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

type WithDiscrepancies = Entry<{ discrepancies: readonly { about: string; shown: number; readings: readonly { value: string }[] }[] }>;

export function* checkDiscrepancies({ content }: IntegrityContext): Generator<Problem> {
  const entries: readonly (readonly WithDiscrepancies[])[] = [content.modifications, content.versions, content.documents, content.meetings];
  for (const entry of entries.flat()) {
    for (const [i, d] of entry.data.discrepancies.entries()) {
      const actual = valueAt(entry.data, d.about);
      // An "about" written as a field path must name a field; words with spaces are free text.
      if (/^[A-Za-z]\w*(\.\w+)*$/.test(d.about) && actual === undefined) {
        yield problem(entry, ['discrepancies', i, 'about'], `"${d.about}" names no field of this entry; write a field path such as "title", or words`);
      }
      const shown = d.readings[d.shown]?.value;
      if (typeof actual === 'string' && shown !== undefined && actual !== shown) {
        yield problem(entry, ['discrepancies', i, 'shown'], `says the site shows "${shown}", but ${d.about} is "${actual}"`);
      }
    }
  }
}
