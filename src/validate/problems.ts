/**
 * The register's content as the schemas return it, before any cross-entry resolution. Both
 * ways of reading `content/` produce this shape: Astro's content layer (through
 * `src/site/data.ts`) and the linter (through `src/validate/lint.ts`).
 */
import type { DocumentData } from '../schemas/document';
import type { MeetingData } from '../schemas/meeting';
import type { ModificationData } from '../schemas/modification';
import type { ReleaseData } from '../schemas/release';
import type { SourceData } from '../schemas/source';
import type { VersionData } from '../schemas/version';
import type { WorkingGroupData } from '../schemas/working-group';

/** One content file's validated data, with the file it came from. */
export interface Entry<T> {
  /** The entry's id: its file name without the extension. */
  readonly id: string;
  /** The file's path from the project root, e.g. `content/modifications/SECMP0023.yaml`. */
  readonly file: string;
  readonly data: T;
}

export interface RawContent {
  readonly modifications: readonly Entry<ModificationData>[];
  readonly releases: readonly Entry<ReleaseData>[];
  readonly versions: readonly Entry<VersionData>[];
  readonly workingGroups: readonly Entry<WorkingGroupData>[];
  readonly documents: readonly Entry<DocumentData>[];
  readonly sources: readonly Entry<SourceData>[];
  readonly meetings: readonly Entry<MeetingData>[];
  /** The text files of the sources, by file name (`content/sources/text/<name>`). */
  readonly texts: ReadonlyMap<string, string>;
}

/** A problem found in content: the file, the field within it, and what is wrong. */
export interface Problem {
  readonly file: string;
  /** The path of the field within the file's data, e.g. `['events', 3, 'date']`. */
  readonly field: readonly (string | number)[];
  readonly message: string;
  /** The line of the file the field is on, where known. */
  readonly line?: number;
}

/** `events[3].date` for `['events', 3, 'date']`; `(file)` for a problem with the whole file. */
export function fieldName(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(file)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** `content/path:line: field: message`, the form every content problem is reported in. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${fieldName(problem.field)}: ${problem.message}`;
}

/** Problems in file order, then line order, so a long report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
}
