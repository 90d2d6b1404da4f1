/**
 * The one module that knows how the register's entries are stored on disk: modifications as
 * MDX (frontmatter, and a body written from their narrative passages), every other collection
 * as a JSON record. The rest of the generator builds plain objects and hands them to
 * `writeEntry`, and reads the real register through `readEntries`. Files are written through
 * `scripts/lib/content-files.ts`, as every tool writes content, never by hand.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { collectionFolders, collectionFormats, type CollectionName } from '../../../src/schemas';
import { component, formatMdx, formatRecord } from '../../lib/content-files';
import type { Passage, Run } from './context';

/** The path of an entry's file inside a content folder, e.g. `modifications/SECMP0001.mdx`. */
export function entryPath(collection: CollectionName, id: string): string {
  return `${collectionFolders[collection]}/${id}.${collectionFormats[collection]}`;
}

/** The narrative passages a modification's body is written from, by heading. */
const PASSAGES = { summary: 'Summary', issue: 'Issue', solution: 'Proposed solution', background: 'Background' } as const;

/**
 * Words as Markdown text that reads back as the same words: every character that Markdown or
 * MDX would take for markup (emphasis, links, code, components, expressions) is escaped.
 */
export function markdownText(words: string): string {
  return words.replace(/[\\`*_{}[\]<>&]/g, '\\$&');
}

/** One run of a paragraph as MDX. */
function runText(run: Run): string {
  if ('text' in run) return markdownText(run.text);
  if ('strong' in run) return `**${markdownText(run.strong)}**`;
  if ('emphasis' in run) return `_${markdownText(run.emphasis)}_`;
  if ('link' in run) return `[${markdownText(run.link)}](${run.url})`;
  if ('cite' in run) return component('Cite', { source: run.cite.source, section: run.cite.section, locator: run.cite.locator });
  if ('mod' in run) return component('Mod', { n: String(run.mod) });
  // `component` writes a tag that closes itself; <Inferred> wraps its words instead.
  return `${component('Inferred', { basis: run.basis }).slice(0, -' />'.length)}>${markdownText(run.inferred)}</Inferred>`;
}

/** Runs as one line: a space between two runs, none before punctuation. */
function runsText(runs: readonly Run[]): string {
  return runs.map(runText).reduce((line, next) => (line === '' ? next : /^[.,;:!?)]/.test(next) ? line + next : `${line} ${next}`), '');
}

/** A passage as a section of a body: its heading, then its paragraphs and lists, each on its own lines. */
function section(title: string, passage: Passage): string {
  const blocks = passage.map((b) => ('paragraph' in b ? runsText(b.paragraph) : b.list.map((item) => `- ${runsText(item)}`).join('\n')));
  return `## ${title}\n\n${blocks.join('\n\n')}\n`;
}

/** An entry as the text of its file. */
export function serialiseEntry(collection: CollectionName, data: Record<string, unknown>): string {
  if (collectionFormats[collection] === 'json') return formatRecord(collectionFolders[collection], data);
  const frontmatter = Object.fromEntries(Object.entries(data).filter(([key]) => !(key in PASSAGES)));
  const body = (Object.entries(PASSAGES) as [keyof typeof PASSAGES, string][])
    .flatMap(([key, title]) => (data[key] ? [section(title, data[key] as Passage)] : []))
    .join('\n');
  return formatMdx(frontmatter, body);
}

/** The data of an entry's file: a record's fields, or a modification's frontmatter (its body is left aside). */
export function parseEntry(collection: CollectionName, text: string): Record<string, unknown> {
  if (collectionFormats[collection] === 'json') {
    const { $schema: _, ...data } = JSON.parse(text) as Record<string, unknown>;
    return data;
  }
  return parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
}

/** Writes one entry of a collection into a content folder whose collection folders exist. */
export function writeEntry(dir: string, collection: CollectionName, id: string, data: object): void {
  writeFileSync(join(dir, entryPath(collection, id)), serialiseEntry(collection, data as Record<string, unknown>));
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
  const text = readFileSync(path, 'utf8');
  const changed = serialiseEntry(collection, change(parseEntry(collection, text)));
  // A modification keeps its body as it was: only its frontmatter changes.
  const body = collectionFormats[collection] === 'mdx' ? text.replace(/^---\n[\s\S]*?\n---\n/, '') : null;
  writeFileSync(path, body === null ? changed : changed.replace(/\n---\n[\s\S]*$/, `\n---\n${body}`));
}

/** Every entry of a collection in a content folder, in file-name order so reads are stable. */
export function readEntries(dir: string, collection: CollectionName): unknown[] {
  const folder = join(dir, collectionFolders[collection]);
  return readdirSync(folder)
    .filter((file) => file.endsWith(`.${collectionFormats[collection]}`))
    .sort()
    .map((file) => parseEntry(collection, readFileSync(join(folder, file), 'utf8')));
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
