/**
 * The content linter: reads every file of `content/`, validates it against its collection's
 * schema, runs the integrity checks across files, and returns every problem at once, each
 * with its file, line and field. It works on an in-memory map of file texts, so tests can
 * feed it broken content without touching the disk; `src/validate/files.ts` reads the map
 * from a folder. A cache of files already validated lets a rebuild skip parsing and schema
 * validation for files that have not changed.
 */
import { z } from 'astro/zod';
import { collectionFolders, collectionFormats, collectionNames, plainReference, schemas, type CollectionName } from '../schemas';
import type { FieldPath } from '../schemas/citations';
import type { Entry, RawContent } from '../schemas/content';
import { narrativeReferences, type Narrative } from '../schemas/narrative';
import { checkIntegrity, integrityWarnings } from './integrity';
import { duplicateKeys, jsonLines, parseJson } from './json';
import { parseMdx, splitMdx } from './mdx';
import type { Problem } from './problems';
import type { Parsed } from './yaml';

/** The path of a record's `$schema` key, relative to the record. */
export function schemaPointer(folder: string): string {
  return `../../src/schemas/json/${folder}.schema.json`;
}

/**
 * Validated data of files seen before, by path and text: the linter skips parsing and schema
 * validation for a file whose text is unchanged. Integrity checks always run over everything.
 */
export interface LintCache {
  get(file: string, text: string): CachedEntry | undefined;
  set(file: string, text: string, entry: CachedEntry): void;
}

/** What the cache keeps of a file: its validated data, and a modification's narrative. */
export interface CachedEntry {
  readonly data: unknown;
  readonly narrative?: Narrative;
}

/** The result of linting: the content that parsed, and every problem found. */
export interface LintResult {
  readonly content: RawContent;
  readonly problems: readonly Problem[];
  /** What an editor should know that does not stop a build (see `integrity/outcomes.ts`); empty while there are problems. */
  readonly warnings: readonly Problem[];
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
      return 'must be text; quote the value (an unquoted 4.10 or 5.0 reads as a number)';
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

/** At most this many problems are listed for one file, then how many more there are. */
export const MAX_PROBLEMS_PER_FILE = 20;

/** A problem as found, its line found later if at all. */
interface Found {
  readonly file: string;
  readonly field: FieldPath;
  readonly message: string;
  readonly line: number | undefined;
}

/** The problems to list: each file's first ones with their lines, and a count of the rest. */
function listed(found: readonly Found[], lineFor: (file: string, field: FieldPath) => number | undefined): Problem[] {
  const byFile = new Map<string, Found[]>();
  for (const f of found) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  return [...byFile].flatMap(([file, list]) => {
    const shown = list.slice(0, MAX_PROBLEMS_PER_FILE).map((f): Problem => {
      const line = f.line ?? lineFor(f.file, f.field);
      return { file: f.file, field: f.field, message: f.message, ...(line ? { line } : {}) };
    });
    const more = list.length - shown.length;
    return more > 0 ? [...shown, { file, field: [], message: `and ${more.toLocaleString('en-GB')} more problem${more === 1 ? '' : 's'} in this file, not listed` }] : shown;
  });
}

/**
 * Characters no content may hold: control characters other than tab, newline and the carriage
 * return of a Windows line ending (they break the XML of feeds and are invisible in an editor),
 * and Unicode non-characters.
 */
const DISALLOWED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFDD0-\uFDEF\uFFFE\uFFFF]|\r(?!\n)|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/;

/** The first character a text may not hold, with its line, or `null`. */
export function disallowedCharacter(text: string): { message: string; line: number } | null {
  const match = DISALLOWED.exec(text);
  if (!match) return null;
  const before = text.slice(0, match.index);
  const line = before.split('\n').length;
  const column = match.index - before.lastIndexOf('\n');
  const code = (match[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
  const kind = /[\uFDD0-\uFDEF\uFFFE\uFFFF]/.test(match[0]) || match[0].length === 2 ? 'a Unicode non-character' : 'a control character';
  return { line, message: `holds U+${code}, ${kind}, at column ${column}; remove it` };
}

/** Where a file belongs: a collection entry with its id, a source text, or nowhere. */
type Place =
  | { readonly kind: 'entry'; readonly collection: CollectionName; readonly id: string; readonly format: 'json' | 'mdx' }
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
    const places = collectionNames.map((c) => `${root}/${collectionFolders[c]}/<id>.${collectionFormats[c]}`);
    return { kind: 'misplaced', message: `is not where content lives: use ${places.join(', ')} or ${root}/sources/text/<name>.txt` };
  }
  const format = collectionFormats[collection];
  const name = parts[1] as string;
  if (!name.endsWith(`.${format}`)) {
    return { kind: 'misplaced', message: `${collectionFolders[collection]} are ${format === 'mdx' ? 'MDX files (frontmatter and a body) ending in ".mdx"' : 'JSON records ending in ".json"'}` };
  }
  return { kind: 'entry', collection, id: name.slice(0, -(format.length + 1)), format };
}

/** The frontmatter keys that would hold narrative, which belongs in the body. */
const NARRATIVE_KEYS: Readonly<Record<string, string>> = { summary: 'Summary', issue: 'Issue', solution: 'Proposed solution', background: 'Background' };

/** A file read in its format: data or the problem that stopped it, problems found on the way, and how to find a field's line. */
interface Read {
  readonly parsed: Parsed;
  readonly problems: readonly { readonly field: FieldPath; readonly message: string; readonly line?: number }[];
  readonly lines: () => (path: FieldPath) => number | undefined;
  readonly narrative?: Narrative;
}

function readJson(text: string, folder: string): Read {
  const parsed = parseJson(text);
  let finder: ((path: FieldPath) => number | undefined) | undefined;
  const lines = () => (finder ??= jsonLines(text));
  if (!parsed.ok || parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) return { parsed, problems: [], lines };
  const problems: Read['problems'][number][] = duplicateKeys(text).map(({ path, line }) => ({ field: path, message: 'is written twice; a field may appear once', line }));
  const { $schema, ...data } = parsed.data as Record<string, unknown>;
  const expected = schemaPointer(folder);
  if ($schema !== expected) {
    problems.push({ field: ['$schema'], message: `must be "${expected}", so that editors check the file against its schema` });
  }
  return { parsed: { ok: true, data }, problems, lines };
}

function readMdx(text: string, file: string): Read {
  const parts = parseMdx(text, file);
  const problems: Read['problems'][number][] = parts.bodyProblems.map((p) => ({ field: ['(body)'], message: p.message, line: p.line }));
  const data = parts.frontmatter.ok ? parts.frontmatter.data : null;
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const record = data as Record<string, unknown>;
    for (const [key, title] of Object.entries(NARRATIVE_KEYS)) {
      if (key in record) problems.push({ field: [key], message: `is narrative: write it in the body, under "## ${title}", not in the frontmatter` });
    }
    const rest = Object.fromEntries(Object.entries(record).filter(([k]) => !(k in NARRATIVE_KEYS)));
    return { parsed: { ok: true, data: rest }, problems, lines: parts.lines, narrative: parts.narrative };
  }
  return { parsed: parts.frontmatter, problems, lines: parts.lines, narrative: parts.narrative };
}

/**
 * Lints content given as a map from each file's display path (`content/modifications/
 * SECMP0023.mdx`) to its text. `root` is the display path of the content folder itself.
 */
export function lintContent(files: ReadonlyMap<string, string>, root = 'content', cache?: LintCache): LintResult {
  const lineFinders = new Map<string, () => (path: FieldPath) => number | undefined>();
  const lineFor = (file: string, field: FieldPath): number | undefined => lineFinders.get(file)?.()(field);
  // Lines are found when the problems are listed, and only for those listed: finding a field's
  // line costs a walk of the file, and a file may have thousands of problems.
  const found: Found[] = [];
  const report = (file: string, field: FieldPath, message: string, line?: number) => found.push({ file, field, message, line });

  const texts = new Map<string, string>();
  // Files that exist but did not validate: references to them are not reported twice.
  const invalid = new Map<CollectionName, Set<string>>(collectionNames.map((c) => [c, new Set<string>()]));
  const entries = Object.fromEntries(collectionNames.map((c) => [c, [] as Entry<unknown>[]])) as Record<CollectionName, Entry<unknown>[]>;

  for (const [file, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const place = placeOf(file, root);
    if (place.kind === 'text') {
      const character = disallowedCharacter(text);
      if (character) report(file, ['(text)'], character.message, character.line);
      else texts.set(place.name, text);
      continue;
    }
    if (place.kind === 'misplaced') {
      report(file, [], place.message, undefined);
      continue;
    }
    const { collection, id } = place;
    // A modification's body travels with it to the register, which renders it.
    const split = place.format === 'mdx' ? splitMdx(text) : null;
    const body = split ? { body: { text: split.body, line: split.bodyLine } } : {};
    const cached = cache?.get(file, text);
    if (cached !== undefined) {
      // A file the cache knows is not read again, unless a problem found across files (an id that
      // does not match the file name, a reference to nothing) needs the line of one of its fields.
      // Without this, such a problem lost its line whenever the file had not changed since it was
      // cached: in \`astro dev\`, whenever the content was read twice after one edit.
      let finder: ((path: FieldPath) => number | undefined) | undefined;
      lineFinders.set(file, () => (finder ??= (place.format === 'json' ? readJson(text, collectionFolders[collection]) : readMdx(text, file)).lines()));
      entries[collection].push({ id, file, data: cached.data, ...(cached.narrative ? { narrative: cached.narrative } : {}), ...body });
      continue;
    }
    const character = disallowedCharacter(text);
    if (character) {
      report(file, ['(text)'], character.message, character.line);
      invalid.get(collection)?.add(id);
      continue;
    }
    const read = place.format === 'json' ? readJson(text, collectionFolders[collection]) : readMdx(text, file);
    lineFinders.set(file, read.lines);
    for (const p of read.problems) report(file, p.field, p.message, p.line);
    const { parsed } = read;
    if (!parsed.ok) {
      report(file, [place.format === 'json' ? '(json)' : '(frontmatter)'], parsed.message, parsed.line);
      invalid.get(collection)?.add(id);
      continue;
    }
    const data = parsed.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      report(file, [], place.format === 'json' ? 'must hold a JSON object of fields' : 'its frontmatter must hold YAML fields', undefined);
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
    if (read.problems.length > 0) {
      invalid.get(collection)?.add(id);
      continue;
    }
    // Only a narrative's references are kept: the register renders the body from its text.
    const narrative = read.narrative ? { narrative: narrativeReferences(read.narrative) } : {};
    cache?.set(file, text, { data: result.data, ...narrative });
    entries[collection].push({ id, file, data: result.data, ...narrative, ...body });
  }

  const content = { ...entries, texts } as unknown as RawContent;
  for (const problem of checkIntegrity(content, { invalid, root })) report(problem.file, problem.field, problem.message, problem.line);
  const problems = listed(found, lineFor);
  // Warnings about content that has problems would only add noise to the list to fix first.
  const warnings = problems.length > 0 ? [] : listed(integrityWarnings(content, { root }).map((w) => ({ ...w, line: w.line })), lineFor);
  return { content, problems, warnings };
}
