/**
 * The content linter: parses every file of `content/`, validates it against its collection's
 * schema, runs the integrity checks across files, and returns every problem at once, each
 * with its file, line and field. It works on an in-memory map of file texts, so tests can
 * feed it broken content without touching the disk; `src/validate/files.ts` reads the map
 * from a folder.
 *
 * Files are parsed with js-yaml's core schema (no implicit timestamps, so `2016-10-27` stays
 * text) because it is several times faster than a parser that keeps positions; a file is
 * parsed a second time, for line numbers, only when it has a problem to report. A cache of
 * files already validated lets a rebuild skip both steps for files that have not changed.
 */
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'astro/zod';
import { collectionFolders, collectionNames, plainReference, schemas, type CollectionName } from '../schemas';
import type { Entry, Problem, RawContent } from './problems';
import { checkIntegrity } from './integrity';

/**
 * Validated data of files seen before, by path and text: the linter skips parsing and schema
 * validation for a file whose text is unchanged. Integrity checks always run over everything.
 */
export interface LintCache {
  get(file: string, text: string): unknown;
  set(file: string, text: string, data: unknown): void;
}

/** The result of linting: the content that parsed, and every problem found. */
export interface LintResult {
  readonly content: RawContent;
  readonly problems: readonly Problem[];
}

interface ParsedFile {
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

const folderToCollection = new Map<string, CollectionName>(
  (Object.entries(collectionFolders) as [CollectionName, string][]).map(([c, f]) => [f, c]),
);

/**
 * Messages written for the people who edit content: what is missing or wrong, in words, rather
 * than zod's defaults ("Required", "Expected string, received number").
 */
const editorErrors: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    const received = describeInput(issue.input);
    if (received === 'undefined') return 'is required but missing';
    if (received === 'null') return `is null but must be ${issue.expected}`;
    if (issue.expected === 'string' && received === 'number') {
      return 'must be text; quote the value (YAML reads an unquoted 4.10 or 5.0 as a number)';
    }
    return `must be ${issue.expected}, not ${received}`;
  }
  if (issue.code === 'unrecognized_keys') {
    return 'is not a field of this collection; check the spelling against its schema in src/schemas/';
  }
  return undefined;
};

/** The type of a value in the words zod 3 used: `undefined`, `null`, `array`, `number`, … */
function describeInput(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

/** The line a field is on: the deepest node along its path that exists in the YAML. */
function lineOf(parsed: ParsedFile, path: readonly (string | number)[]): number | undefined {
  let node: unknown = parsed.doc.contents;
  let offset = (node as { range?: [number, number, number] } | null)?.range?.[0];
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      const keyRange = (pair.key as { range?: [number, number, number] } | null)?.range;
      node = pair.value;
      offset = keyRange?.[0] ?? offset;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (!item) break;
      node = item;
      offset = (item as { range?: [number, number, number] }).range?.[0] ?? offset;
    } else {
      break;
    }
  }
  return offset === undefined ? undefined : parsed.lines.linePos(offset).line;
}

/**
 * Lints content given as a map from each file's display path (`content/modifications/
 * SECMP0023.yaml`) to its text. `root` is the display path of the content folder itself.
 */
/** Each collection's schema, built once: building them per file cost a fifth of the lint time at scale. */
const compiled = Object.fromEntries(
  (Object.keys(schemas) as CollectionName[]).map((c) => [c, schemas[c](plainReference)]),
) as { [C in CollectionName]: ReturnType<(typeof schemas)[C]> };

export function lintContent(files: ReadonlyMap<string, string>, root = 'content', cache?: LintCache): LintResult {
  const problems: Problem[] = [];
  const positions = new Map<string, ParsedFile | null>();
  /** The file parsed with positions, for the line numbers of its problems; made on demand. */
  const positioned = (file: string): ParsedFile | null => {
    if (!positions.has(file)) {
      const text = files.get(file);
      if (text === undefined || !file.endsWith('.yaml')) positions.set(file, null);
      else {
        const lines = new LineCounter();
        positions.set(file, { doc: parseDocument(text, { lineCounter: lines }), lines });
      }
    }
    return positions.get(file) ?? null;
  };
  const lineFor = (file: string, field: readonly (string | number)[]) => {
    const parsed = positioned(file);
    return parsed ? lineOf(parsed, field) : undefined;
  };
  const texts = new Map<string, string>();
  // Files that exist but did not validate: references to them are not reported twice.
  const invalid = new Map<keyof RawContent, Set<string>>(collectionNames.map((c) => [c, new Set<string>()]));
  const entries: Record<CollectionName, Entry<unknown>[]> = {
    modifications: [],
    releases: [],
    versions: [],
    workingGroups: [],
    documents: [],
    sources: [],
    meetings: [],
  };

  for (const [file, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const relative = file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
    const parts = relative.split('/');
    if (parts.length === 3 && parts[0] === 'sources' && parts[1] === 'text' && relative.endsWith('.txt')) {
      texts.set(parts[2] as string, text);
      continue;
    }
    const collection = parts.length === 2 ? folderToCollection.get(parts[0] as string) : undefined;
    if (!collection) {
      problems.push({
        file,
        field: [],
        message: `is not where content lives: use ${Object.values(collectionFolders)
          .map((f) => `${root}/${f}/<id>.yaml`)
          .join(', ')} or ${root}/sources/text/<name>.txt`,
      });
      continue;
    }
    if (!relative.endsWith('.yaml')) {
      problems.push({ file, field: [], message: 'content files are YAML and end in ".yaml"' });
      continue;
    }
    const id = (parts[1] as string).slice(0, -'.yaml'.length);
    const cached = cache?.get(file, text);
    if (cached !== undefined) {
      entries[collection].push({ id, file, data: cached });
      continue;
    }
    let data: unknown;
    try {
      data = load(text, { schema: CORE_SCHEMA, filename: file });
    } catch (error) {
      const e = error as YAMLException;
      const line = e.mark ? e.mark.line + 1 : undefined;
      problems.push({ file, field: ['(yaml)'], message: e.reason ?? String(error), ...(line ? { line } : {}) });
      invalid.get(collection)?.add(id);
      continue;
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      problems.push({ file, field: [], message: 'must hold a YAML mapping of fields' });
      invalid.get(collection)?.add(id);
      continue;
    }
    const schema = compiled[collection];
    const result = schema.safeParse(data, { error: editorErrors });
    if (!result.success) {
      for (const issue of result.error.issues) {
        // An unknown field is reported at the field itself, so the message names it like any other.
        const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
        const fields = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...path, k]) : [path];
        for (const field of fields) {
          const line = lineFor(file, field);
          problems.push({ file, field, message: issue.message, ...(line ? { line } : {}) });
        }
      }
      invalid.get(collection)?.add(id);
      continue;
    }
    cache?.set(file, text, result.data);
    entries[collection].push({ id, file, data: result.data });
  }

  const content = { ...entries, texts } as unknown as RawContent;
  for (const problem of checkIntegrity(content, { invalid, root })) {
    const line = lineFor(problem.file, problem.field);
    problems.push(line ? { ...problem, line } : problem);
  }
  return { content, problems };
}
