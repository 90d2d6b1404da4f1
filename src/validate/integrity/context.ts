/**
 * What every integrity check needs: the content, the register's as-of date, and the ids of
 * every collection, with helpers that report a reference to a missing entry. A check is a small
 * function from this context to the problems it finds.
 */
import { asOfDate } from '../../domain/as-of';
import { parseSourceDate, type Day, type SourceDate } from '../../domain/dates';
import { collectionFolders, collectionFormats, collectionNames, type CollectionName } from '../../schemas';
import type { FieldPath } from '../../schemas/citations';
import type { Entry, RawContent } from '../../schemas/content';
import type { Problem } from '../problems';

export interface IntegrityContext {
  readonly content: RawContent;
  /** How the content folder is shown in messages, e.g. `content`. */
  readonly root: string;
  /** The register's as-of date, or `null` where there are no sources. */
  readonly asOf: Day | null;
  /** Whether an id names an entry of a collection (by its id or its file's name). */
  has(collection: CollectionName, id: string): boolean;
  /** Whether an entry exists but failed its schema, so references to it are not reported again. */
  isInvalid(collection: CollectionName, id: string): boolean;
}

/** An integrity check: every problem it finds in the content. */
export type Check = (context: IntegrityContext) => Iterable<Problem>;

/** Options for building a context. */
export interface ContextOptions {
  /** Ids of entries whose files exist but failed their schemas, by collection. */
  readonly invalid?: ReadonlyMap<CollectionName, ReadonlySet<string>>;
  /** How the content folder is shown in messages; `content` by default. */
  readonly root?: string;
}

/** A file's name without its folder and extension: an entry's expected id. */
export function baseName(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** A date already validated by its schema, parsed; `null` if it somehow is not valid. */
export function dateOf(text: string): SourceDate | null {
  const parsed = parseSourceDate(text);
  return typeof parsed === 'string' ? null : parsed;
}

export function integrityContext(content: RawContent, options: ContextOptions = {}): IntegrityContext {
  const sourceDates = content.sources.flatMap((s) => dateOf(s.data.date) ?? []);
  const ids = new Map<CollectionName, Set<string>>();
  for (const collection of collectionNames) {
    // Astro names an entry after its file, so the file name resolves references too.
    ids.set(collection, new Set(content[collection].flatMap((e: Entry<{ id: string }>) => [e.data.id, baseName(e.file)])));
  }
  return {
    content,
    root: options.root ?? 'content',
    asOf: asOfDate(sourceDates),
    has: (collection, id) => ids.get(collection)?.has(id) ?? false,
    isInvalid: (collection, id) => options.invalid?.get(collection)?.has(id) ?? false,
  };
}

/** A problem at a field of an entry. */
export function problem(entry: Entry<unknown>, field: FieldPath, message: string): Problem {
  return { file: entry.file, field, message };
}

/** A problem if `id` names no entry of `collection`. */
export function* missing(context: IntegrityContext, entry: Entry<unknown>, field: FieldPath, collection: CollectionName, id: string | undefined): Generator<Problem> {
  if (id === undefined || context.has(collection, id) || context.isInvalid(collection, id)) return;
  const folder = collectionFolders[collection];
  yield problem(entry, field, `"${id}" is not an entry of ${collection} (there is no ${context.root}/${folder}/${id}.${collectionFormats[collection]})`);
}

/** Problems with a list of references: each must name an entry, and none may repeat. */
export function* missingInList(context: IntegrityContext, entry: Entry<unknown>, field: FieldPath, collection: CollectionName, ids: readonly string[]): Generator<Problem> {
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    yield* missing(context, entry, [...field, i], collection, id);
    if (seen.has(id)) yield problem(entry, [...field, i], `"${id}" is listed twice`);
    seen.add(id);
  }
}
