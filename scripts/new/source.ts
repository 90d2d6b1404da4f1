/**
 * `npm run new -- source`: a new source paper. Its text is copied into `sources/text/`, its
 * numbered sections are found from the headings in the text (see `sections.ts`), and its record
 * is written to `sources/<id>.json`. What the editor does not say is `null` where the schema
 * allows it, and asked for where it does not: nothing is made up.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { plainReference } from '../../src/schemas/common';
import { sourceSchema } from '../../src/schemas/source';
import { urls } from '../../src/render/urls';
import { formatRecord } from '../lib/content-files';
import { asOf, loadContent, parseDate, ScaffoldError, writeChecked, type ContentFolder, type Write } from './folder';
import type { Written } from './modification';
import { findSections, textLines, type FoundSection } from './sections';

/** The kinds of source the schema knows. */
export const sourceKinds = sourceSchema(plainReference).shape.kind.options;

export interface NewSource {
  /** The text file to copy in, as extracted from the paper. */
  readonly file: string;
  readonly id: string;
  readonly date: string;
  readonly title: string;
  /** A shorter name for citations; the title by default. */
  readonly shortTitle?: string | undefined;
  /** `paper` (the default) or `report`. */
  readonly kind?: string | undefined;
  /** Who wrote it; the schema needs it. */
  readonly author: string;
  /** Who signed it; `null` when not given. */
  readonly signedBy?: string | undefined;
  /** Who it was written for; `null` when not given. */
  readonly audience?: string | undefined;
  /** What it is and what it covers; the schema needs it. */
  readonly description: string;
}

export interface WrittenSource extends Written {
  readonly sections: readonly FoundSection[];
  /** The register's as-of date before and after, when the new source moves it. */
  readonly asOf?: { readonly from: string | null; readonly to: string };
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TEXT_NAME = /^[\w.-]+\.txt$/;

/** A required value, trimmed; refused when empty. */
function required(value: string, option: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw new ScaffoldError(`${option} must not be empty`);
  return trimmed;
}

/** Writes a new source and its text; refuses anything the register would not accept. */
export function newSource(folder: ContentFolder, options: NewSource): WrittenSource {
  const content = loadContent(folder);
  const id = options.id;
  if (!ID.test(id)) throw new ScaffoldError(`--id "${id}" must be lowercase words joined by hyphens, e.g. "sec-update-2016-12-07"`);
  const record = `sources/${id}.json`;
  if (existsSync(join(folder.dir, record)) || content.sources.some((s) => s.data.id === id)) {
    throw new ScaffoldError(`there is already a source "${id}": ${folder.root}/${record}`);
  }
  const kind = options.kind ?? 'paper';
  if (!(sourceKinds as readonly string[]).includes(kind)) throw new ScaffoldError(`--kind "${kind}" is not a kind of source; use one of: ${sourceKinds.join(', ')}`);
  const date = parseDate(options.date);
  const title = required(options.title, '--title');
  const author = required(options.author, '--author');
  const description = required(options.description, '--description');

  if (!existsSync(options.file)) throw new ScaffoldError(`--file ${options.file} does not exist`);
  const name = basename(options.file);
  if (!TEXT_NAME.test(name)) throw new ScaffoldError(`--file ${options.file}: a source's text must be a .txt file named with letters, digits, "_", "." and "-" only`);
  const text = readFileSync(options.file, 'utf8');
  const target = `sources/text/${name}`;
  const existing = join(folder.dir, target);
  if (existsSync(existing) && readFileSync(existing, 'utf8') !== text) {
    throw new ScaffoldError(`${folder.root}/${target} already exists and differs from ${options.file}; rename your file and run this again`);
  }
  const lines = textLines(text);
  const sections = findSections(lines);
  if (sections.length === 0) {
    throw new ScaffoldError(`found no numbered section headings in ${options.file} (lines such as "1. Purpose" or "2.1 SEC Version 4.16 Designation", numbered from 1.); a source needs at least one section to cite`);
  }

  const data = {
    id,
    title,
    shortTitle: options.shortTitle?.trim() || title,
    kind,
    author,
    signedBy: options.signedBy?.trim() || null,
    audience: options.audience?.trim() || null,
    date: options.date,
    description,
    text: { file: name, lines: [1, lines.length] },
    sections,
  };
  const writes: Write[] = [
    ...(existsSync(existing) ? [] : [{ path: target, text }]),
    { path: record, text: formatRecord('sources', data) },
  ];
  const from = asOf(content);
  const files = writeChecked(folder, writes);
  const moved = from === null || date.latest > from ? { asOf: { from, to: date.latest } } : {};
  return { id, files, address: urls.source(id), sections, ...moved };
}
