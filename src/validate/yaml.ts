/**
 * Reading YAML content files. Files are parsed with js-yaml's core schema (no implicit
 * timestamps, so `2016-10-27` stays text) because it is several times faster than a parser that
 * keeps positions; a file is parsed a second time, with the `yaml` package, for line numbers,
 * only when it has a problem to report.
 */
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { FieldPath } from '../schemas/citations';

/** What reading a file gives: its data, or the problem that stopped it, with its line. */
export type Parsed = { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly message: string; readonly line?: number };

/** Parses a YAML file's text. */
export function parseYaml(text: string, file: string): Parsed {
  try {
    return { ok: true, data: load(text, { schema: CORE_SCHEMA, filename: file }) };
  } catch (error) {
    const e = error as YAMLException;
    const line = e.mark ? e.mark.line + 1 : undefined;
    return { ok: false, message: e.reason ?? String(error), ...(line ? { line } : {}) };
  }
}

type Ranged = { range?: [number, number, number] } | null;

/**
 * A function that finds the line of a field in a YAML file's text: the deepest node along its
 * path that exists. Parsing with positions is slow, so it is done once, when first asked.
 */
export function yamlLines(text: string): (path: FieldPath) => number | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  return (path) => {
    let node: unknown = doc.contents;
    let offset = (node as Ranged)?.range?.[0];
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        node = pair.value;
        offset = (pair.key as Ranged)?.range?.[0] ?? offset;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key];
        if (!item) break;
        node = item;
        offset = (item as Ranged)?.range?.[0] ?? offset;
      } else {
        break;
      }
    }
    return offset === undefined ? undefined : lines.linePos(offset).line;
  };
}
