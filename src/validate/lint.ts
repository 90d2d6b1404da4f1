/**
 * The content linter: reads every file of `content/`, validates it against its collection's
 * schema, runs the integrity checks across files, and returns every problem at once, each
 * with its file, line and field. It works on an in-memory map of file texts, so tests can
 * feed it broken content without touching the disk; `src/validate/files.ts` reads the map
 * from a folder. A cache of files already validated lets a rebuild skip parsing and schema
 * validation for files that have not changed.
 */
import { z } from 'astro/zod';
import { collectionFolders, collectionNames, plainReference, schemas, type CollectionName } from '../schemas';
import type { FieldPath } from '../schemas/citations';
import type { Entry, RawContent } from '../schemas/content';
import { checkIntegrity } from './integrity';
import type { Problem } from './problems';
import { parseYaml, yamlLines } from './yaml';

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

/** Each collection's schema, built once: building them per file cost a fifth of the lint time at scale. */
const compiled = Object.fromEntries(
  (Object.keys(schemas) as CollectionName[]).map((c) => [c, schemas[c](plainReference)]),
) as { [C in CollectionName]: ReturnType<(typeof schemas)[C]> };

/** Where a file belongs: a collection entry with its id, a source text, or nowhere. */
type Place =
  | { readonly kind: 'entry'; readonly collection: CollectionName; readonly id: string }
  | { readonly kind: 'text'; readonly name: string }
  | { readonly kind: 'misplaced'; readonly message: string };

function placeOf(file: string, root: string): Place {
  const relative = file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
  const parts = relative.split('/');
  if (parts.length === 3 && parts[0] === 'sources' && parts[1] === 'text' && relative.endsWith('.txt')) {
    return { kind: 'text', name: parts[2] as string };
  }
  const collection = parts.length === 2 ? folderToCollection.get(parts[0] as string) : undefined;
  if (!collection) {
    const places = Object.values(collectionFolders).map((f) => `${root}/${f}/<id>.yaml`);
    return { kind: 'misplaced', message: `is not where content lives: use ${places.join(', ')} or ${root}/sources/text/<name>.txt` };
  }
  if (!relative.endsWith('.yaml')) return { kind: 'misplaced', message: 'content files are YAML and end in ".yaml"' };
  return { kind: 'entry', collection, id: (parts[1] as string).slice(0, -'.yaml'.length) };
}

/**
 * Lints content given as a map from each file's display path (`content/modifications/
 * SECMP0023.yaml`) to its text. `root` is the display path of the content folder itself.
 */
export function lintContent(files: ReadonlyMap<string, string>, root = 'content', cache?: LintCache): LintResult {
  const problems: Problem[] = [];
  const lineFinders = new Map<string, (path: FieldPath) => number | undefined>();
  /** The line of a field in a file, found by parsing the file with positions on first need. */
  const lineFor = (file: string, field: FieldPath): number | undefined => {
    const text = files.get(file);
    if (text === undefined || !file.endsWith('.yaml')) return undefined;
    let finder = lineFinders.get(file);
    if (!finder) lineFinders.set(file, (finder = yamlLines(text)));
    return finder(field);
  };
  const report = (file: string, field: FieldPath, message: string, line = lineFor(file, field)) =>
    problems.push({ file, field, message, ...(line ? { line } : {}) });

  const texts = new Map<string, string>();
  // Files that exist but did not validate: references to them are not reported twice.
  const invalid = new Map<CollectionName, Set<string>>(collectionNames.map((c) => [c, new Set<string>()]));
  const entries = Object.fromEntries(collectionNames.map((c) => [c, [] as Entry<unknown>[]])) as Record<CollectionName, Entry<unknown>[]>;

  for (const [file, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const place = placeOf(file, root);
    if (place.kind === 'text') {
      texts.set(place.name, text);
      continue;
    }
    if (place.kind === 'misplaced') {
      report(file, [], place.message, undefined);
      continue;
    }
    const { collection, id } = place;
    const cached = cache?.get(file, text);
    if (cached !== undefined) {
      entries[collection].push({ id, file, data: cached });
      continue;
    }
    const parsed = parseYaml(text, file);
    if (!parsed.ok) {
      report(file, ['(yaml)'], parsed.message, parsed.line);
      invalid.get(collection)?.add(id);
      continue;
    }
    const data = parsed.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      report(file, [], 'must hold a YAML mapping of fields', undefined);
      invalid.get(collection)?.add(id);
      continue;
    }
    const result = compiled[collection].safeParse(data, { error: editorErrors });
    if (!result.success) {
      for (const issue of result.error.issues) {
        // An unknown field is reported at the field itself, so the message names it like any other.
        const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
        const fields = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...path, k]) : [path];
        for (const field of fields) report(file, field, issue.message);
      }
      invalid.get(collection)?.add(id);
      continue;
    }
    cache?.set(file, text, result.data);
    entries[collection].push({ id, file, data: result.data });
  }

  const content = { ...entries, texts } as unknown as RawContent;
  for (const problem of checkIntegrity(content, { invalid, root })) report(problem.file, problem.field, problem.message);
  return { content, problems };
}
