/**
 * Reading YAML: the frontmatter of a modification's MDX file. It is parsed with js-yaml's core
 * schema (no implicit timestamps, so `2016-10-27` stays text) because it is several times faster
 * than a parser that keeps positions; it is parsed a second time, with the `yaml` package, for
 * line numbers, only when it has a problem to report. Anchors and aliases are refused: content
 * has no use for them, and an alias can make a few bytes expand into a huge value.
 */
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { FieldPath } from '../schemas/citations';

/** What reading a file gives: its data, or the problem that stopped it, with its line. */
export type Parsed = { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly message: string; readonly line?: number };

/** Parses YAML text; `firstLine` is the line of the file the text starts on. */
export function parseYaml(text: string, file: string, firstLine = 1): Parsed {
  let anchor: number | null = null;
  try {
    const data = load(text, {
      schema: CORE_SCHEMA,
      filename: file,
      // An alias needs an anchor, so refusing anchors refuses aliases too.
      listener: (event, state) => {
        const { anchor: name } = state as typeof state & { anchor?: string | null };
        if (event === 'close' && name !== undefined && name !== null && anchor === null) anchor = state.line + firstLine;
      },
    });
    if (anchor !== null) return { ok: false, message: 'uses a YAML anchor (&name) or alias (*name); write each value out in full', line: anchor };
    return { ok: true, data };
  } catch (error) {
    const e = error as YAMLException;
    const line = e.mark ? e.mark.line + firstLine : undefined;
    return { ok: false, message: e.reason ?? String(error), ...(line ? { line } : {}) };
  }
}

type Ranged = { range?: [number, number, number] } | null;

/** Beyond this many characters, lines are found by a linear scan for top-level fields. */
const COARSE_BEYOND = 50_000;

/** The line of a path's top-level field, found by scanning for `key:` at the start of a line. */
function coarseLines(text: string, firstLine: number): (path: FieldPath) => number | undefined {
  const lines = text.split('\n');
  return (path) => {
    const key = path[0];
    if (typeof key !== 'string') return undefined;
    const index = lines.findIndex((line) => line.startsWith(`${key}:`));
    return index === -1 ? undefined : index + firstLine;
  };
}

/**
 * A function that finds the line of a field in a YAML file's text: the deepest node along its
 * path that exists. Parsing with positions is slow, so it is done once, when first asked.
 */
export function yamlLines(text: string, firstLine = 1): (path: FieldPath) => number | undefined {
  // The positional parser's cost grows faster than the text; a text far longer than any real
  // entry gets each problem the line of its top-level field instead.
  if (text.length > COARSE_BEYOND) return coarseLines(text, firstLine);
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
    return offset === undefined ? undefined : lines.linePos(offset).line + firstLine - 1;
  };
}
