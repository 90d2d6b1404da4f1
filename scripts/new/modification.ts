/**
 * `npm run new -- modification`: a new modification proposal, `modifications/SECMPnnnn.mdx`,
 * with what the editor knows (its title and the source that records it being raised), `null`
 * for everything not known yet, one `raised` event, and a body whose headings each carry a
 * comment saying what to write there.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { modificationId, parseModificationNumber } from '../../src/domain/ids';
import { urls } from '../../src/render/urls';
import { component, formatMdx } from '../lib/content-files';
import { asOf, citation, findSource, loadContent, parseDate, ScaffoldError, writeChecked, type ContentFolder } from './folder';

export interface NewModification {
  /** The full title as the source gives it. */
  readonly title: string;
  /** The short title; the title by default. */
  readonly shortTitle?: string | undefined;
  /** The number to use, in any spelling (`25`, `SECMP0025`); the next free one by default. */
  readonly number?: string | undefined;
  /** The source and section that record the modification being raised. */
  readonly source: string;
  readonly section: string;
  /** A finer place in the section, e.g. "Table one". */
  readonly locator?: string | undefined;
  /** When it was raised; the source's date by default. */
  readonly date?: string | undefined;
  /** What the source says of its being raised; "Raised." by default. */
  readonly detail?: string | undefined;
}

export interface Written {
  /** The id of what was written. */
  readonly id: string;
  /** The files written, as the folder's messages name them. */
  readonly files: readonly string[];
  /** The address of its page on the site. */
  readonly address: string;
}

/** The numbers of the modification files in a folder, by file name. */
function usedNumbers(folder: ContentFolder): Map<number, string> {
  const dir = join(folder.dir, 'modifications');
  const used = new Map<number, string>();
  if (!existsSync(dir)) return used;
  for (const name of readdirSync(dir)) {
    const m = /^SECMP(\d{4})\.mdx$/.exec(name);
    if (m) used.set(Number(m[1]), `${folder.root}/modifications/${name}`);
  }
  return used;
}

/** The number a new modification gets: the one asked for if free, or the next after the highest. */
export function nextNumber(folder: ContentFolder, asked?: string): number {
  const used = usedNumbers(folder);
  if (asked !== undefined) {
    const n = parseModificationNumber(asked);
    if (n === null || n > 9999) throw new ScaffoldError(`--number "${asked}" is not a modification number; write e.g. 25 or SECMP0025`);
    const file = used.get(n);
    if (file) throw new ScaffoldError(`${modificationId(n)} is already used: ${file} exists; leave out --number to take the next free number, ${modificationId(Math.max(...used.keys()) + 1)}`);
    return n;
  }
  const next = Math.max(0, ...used.keys()) + 1;
  if (next > 9999) throw new ScaffoldError('every number up to SECMP9999 is used; give a free one with --number');
  return next;
}

/** The body: the headings an editor fills in, each with a comment saying what goes there. */
export function modificationBody(cite: { source: string; section: string }): string {
  const example = component('Cite', { source: cite.source, section: cite.section });
  const note = (lines: string[]) => ['{/*', ...lines.map((l) => `  ${l}`), '*/}'].join('\n');
  return [
    '## Issue',
    '',
    note([
      'What is wrong or missing today that the modification would fix, in the source\'s words where',
      'possible, each statement followed by its citation, e.g.',
      example,
      'Left as this comment alone, the page says the sources do not describe the issue.',
    ]),
    '',
    '## Proposed solution',
    '',
    note([
      'What the modification would change, each statement followed by its citation, e.g.',
      example,
      'Left as this comment alone, the page says the sources do not describe the proposed solution.',
    ]),
  ].join('\n');
}

/** Writes a new modification; refuses a number in use, an unknown source or section, or a bad date. */
export function newModification(folder: ContentFolder, options: NewModification): Written {
  const content = loadContent(folder);
  const title = options.title.trim();
  if (title === '') throw new ScaffoldError('--title must not be empty');
  const shortTitle = options.shortTitle?.trim() || title;
  const cited = citation(content, folder, options.source, options.section, options.locator);
  const dateText = options.date ?? findSource(content, folder, options.source).date;
  const date = parseDate(dateText);
  const day = asOf(content);
  if (day !== null && date.latest > day) {
    throw new ScaffoldError(`--date ${dateText} may lie after the register's as-of date ${day}; a modification raised later needs a source dated on or after it (add the source first: npm run new -- source)`);
  }
  const id = modificationId(nextNumber(folder, options.number));
  const frontmatter = {
    id,
    title,
    shortTitle,
    titleSources: [cited],
    proposer: null,
    workingGroup: null,
    governance: null,
    targetRelease: null,
    events: [{ date: dateText, kind: 'raised', detail: options.detail?.trim() || 'Raised.', sources: [cited] }],
    plans: [],
  };
  const files = writeChecked(folder, [{ path: `modifications/${id}.mdx`, text: formatMdx(frontmatter, modificationBody(cited)) }]);
  return { id, files, address: urls.modification(id) };
}
