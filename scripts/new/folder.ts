/**
 * What every scaffold shares: the content folder it writes to, the content as it stands, the
 * checks of what an editor names (sources, sections, dates), and writing with the linter as
 * the judge: every change is linted over the whole folder and undone if it leaves a problem.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { asOfDate } from '../../src/domain/as-of';
import { parseSourceDate, type Day, type SourceDate } from '../../src/domain/dates';
import type { RawContent } from '../../src/schemas/content';
import type { SourceData } from '../../src/schemas/source';
import { lintContentFolder } from '../../src/validate/files';
import { formatProblem, sortProblems, type Problem } from '../../src/validate/problems';

/** A content folder: where it is on disk, and how messages name it (`content`). */
export interface ContentFolder {
  readonly dir: string;
  readonly root: string;
}

/** The content folder a path names; by default `REGISTER_CONTENT_DIR`, or `content`. */
export function contentFolder(path = process.env.REGISTER_CONTENT_DIR ?? 'content'): ContentFolder {
  const root = path.replace(/\/+$/, '') || '.';
  return { dir: resolve(root), root };
}

/** A refusal: what is wrong in words, and any problems the linter found, one per line. */
export class ScaffoldError extends Error {
  readonly problems: readonly string[];
  constructor(message: string, problems: readonly Problem[] = []) {
    super(message);
    this.name = 'ScaffoldError';
    this.problems = sortProblems(problems).map(formatProblem);
  }
}

/** The content of a folder, validated; refuses a folder that has problems already. */
export function loadContent(folder: ContentFolder): RawContent {
  if (!existsSync(folder.dir)) throw new ScaffoldError(`there is no content folder ${folder.root}/ (set REGISTER_CONTENT_DIR to use another)`);
  const { content, problems } = lintContentFolder(folder.dir, folder.root);
  if (problems.length > 0) {
    throw new ScaffoldError(`${folder.root}/ has ${problems.length} problem${problems.length === 1 ? '' : 's'} already; fix ${problems.length === 1 ? 'it' : 'them'} first (npm run lint:content):`, problems);
  }
  return content;
}

/** The register's as-of date: the latest day of its newest source. */
export function asOf(content: RawContent): Day | null {
  return asOfDate(content.sources.flatMap((s) => {
    const d = parseSourceDate(s.data.date);
    return typeof d === 'string' ? [] : [d];
  }));
}

/** A source date an editor typed, parsed; refused with the reason when it is not one. */
export function parseDate(text: string, option = '--date'): SourceDate {
  const parsed = parseSourceDate(text);
  if (typeof parsed === 'string') {
    throw new ScaffoldError(`${option} ${parsed}; write a day "2016-10-27", a month "2016-10", or an interval "../2016-11-09" or "2016-10/2016-11-09"`);
  }
  return parsed;
}

/** The source an editor names, or a refusal listing the sources there are. */
export function findSource(content: RawContent, folder: ContentFolder, id: string): SourceData {
  const source = content.sources.find((s) => s.data.id === id);
  if (!source) {
    const ids = content.sources.map((s) => s.data.id).sort();
    throw new ScaffoldError(`there is no source "${id}" in ${folder.root}/sources/; the sources are: ${ids.join(', ')}`);
  }
  return source.data;
}

/** A citation of a source section, checked: the source and the section exist. */
export function citation(content: RawContent, folder: ContentFolder, source: string, section: string, locator?: string): { source: string; section: string; locator?: string } {
  const data = findSource(content, folder, source);
  if (!data.sections.some((s) => s.id === section)) {
    throw new ScaffoldError(`source "${source}" has no section "${section}"; its sections are: ${data.sections.map((s) => s.id).join(', ')}`);
  }
  return locator ? { source, section, locator } : { source, section };
}

/** A file a scaffold writes: its path from the folder (`modifications/SECMP0025.mdx`) and text. */
export interface Write {
  readonly path: string;
  readonly text: string;
}

/**
 * Writes files, lints the whole folder, and keeps the files only if it has no problems: on a
 * problem each file is put back as it was (or removed, if it is new) and the problems are
 * thrown. Returns the display paths of the files written.
 */
export function writeChecked(folder: ContentFolder, writes: readonly Write[]): string[] {
  const before = writes.map((w) => {
    const full = join(folder.dir, w.path);
    return { full, old: existsSync(full) ? readFileSync(full, 'utf8') : null };
  });
  const undo = () => {
    for (const { full, old } of before) {
      if (old === null) rmSync(full, { force: true });
      else writeFileSync(full, old);
    }
  };
  try {
    for (const [i, w] of writes.entries()) writeFileSync((before[i] as { full: string }).full, w.text);
    const { problems } = lintContentFolder(folder.dir, folder.root);
    if (problems.length > 0) {
      undo();
      const files = writes.map((w) => `${folder.root}/${w.path}`).join(' and ');
      throw new ScaffoldError(`${files} would leave ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${folder.root}/, so nothing was written:`, problems);
    }
  } catch (error) {
    if (!(error instanceof ScaffoldError)) undo();
    throw error;
  }
  return writes.map((w) => `${folder.root}/${w.path}`);
}
