/**
 * The one module that knows how the register's entries are stored on disk.
 *
 * Today every entry is a YAML file, `<folder>/<id>.yaml`. The rest of the generator builds
 * plain objects and hands them to `writeEntry`, and reads the real register through
 * `readEntries`, so that a change of format (JSON records, MDX with frontmatter) is a change to
 * this file alone. Entries are written with the `yaml` package, never by hand, so quoting is
 * the serialiser's job and cannot drift from what a parser reads back.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Document, isScalar, parse, visit } from 'yaml';
import { collectionFolders, type CollectionName } from '../../../src/schemas';

/** How an entry's file name ends. */
const EXTENSION = '.yaml';

/** The width the real content wraps long text at. */
const LINE_WIDTH = 100;

/** The keys of a citation, which the real content writes on one line. */
const CITATION_KEYS: ReadonlySet<unknown> = new Set(['source', 'section', 'locator']);

/** The path of an entry's file inside a content folder, e.g. `modifications/SECMP0001.yaml`. */
export function entryPath(collection: CollectionName, id: string): string {
  return `${collectionFolders[collection]}/${id}${EXTENSION}`;
}

/**
 * An entry as the text of its file. The register's linter reads YAML 1.2's core schema, but
 * Astro reads frontmatter with js-yaml's default schema, which turns an unquoted `2016-10-27`
 * into a Date; adding the `timestamp` tag here makes the serialiser quote anything that either
 * reader would take for something other than text. Citations are written on one line and
 * strings in single quotes, as the real content is.
 */
export function serialiseEntry(data: object): string {
  const doc = new Document(data, { customTags: ['timestamp'] });
  visit(doc, {
    Map(_, map) {
      const keys = map.items.map((pair) => (isScalar(pair.key) ? pair.key.value : undefined));
      if (keys.includes('source') && keys.every((k) => CITATION_KEYS.has(k))) map.flow = true;
    },
  });
  return doc.toString({ lineWidth: LINE_WIDTH, singleQuote: true });
}

/** The data of an entry's file: the inverse of `serialiseEntry`. */
export function parseEntry(text: string): unknown {
  return parse(text);
}

/** Writes one entry of a collection into a content folder whose collection folders exist. */
export function writeEntry(dir: string, collection: CollectionName, id: string, data: object): void {
  writeFileSync(join(dir, entryPath(collection, id)), serialiseEntry(data));
}

/**
 * Rewrites one entry with a change to its data, as an editor would: the benchmark changes one
 * modification this way to time a rebuild after an edit.
 */
export function updateEntry(
  dir: string,
  collection: CollectionName,
  id: string,
  change: (data: Record<string, unknown>) => Record<string, unknown>,
): void {
  const path = join(dir, entryPath(collection, id));
  writeFileSync(path, serialiseEntry(change(parseEntry(readFileSync(path, 'utf8')) as Record<string, unknown>)));
}

/** Every entry of a collection in a content folder, in file-name order so reads are stable. */
export function readEntries(dir: string, collection: CollectionName): unknown[] {
  const folder = join(dir, collectionFolders[collection]);
  return readdirSync(folder)
    .filter((file) => file.endsWith(EXTENSION))
    .sort()
    .map((file) => parseEntry(readFileSync(join(folder, file), 'utf8')));
}

/**
 * Empties every collection folder of a content folder, creating any that are missing, so that
 * a smaller run into the same folder leaves nothing of a larger one behind. Nothing else in
 * the folder is touched.
 */
export function resetContentFolder(dir: string): void {
  for (const folder of Object.values(collectionFolders)) {
    rmSync(join(dir, folder), { recursive: true, force: true });
    mkdirSync(join(dir, folder), { recursive: true });
  }
}

/**
 * Copies a collection's folder from one content folder to another byte for byte, with any
 * files beside the entries (the sources' extracted text), skipping hidden files as the linter
 * does.
 */
export function copyCollection(from: string, to: string, collection: CollectionName): void {
  const folder = collectionFolders[collection];
  cpSync(join(from, folder), join(to, folder), { recursive: true, filter: (path) => !basename(path).startsWith('.') });
}
