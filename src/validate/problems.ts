/**
 * A problem found in content, and the one way problems are printed: `file:line: field:
 * message`, sorted by file and line, all of them at once.
 */

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

/** Every problem in the content, as one error, so a build prints them all and stops. */
export class ContentError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly Problem[]) {
    const lines = sortProblems(problems).map(formatProblem);
    super(`content has ${lines.length} problem${lines.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
    this.name = 'ContentError';
    this.problems = lines;
    // The problems are the whole story: a stack trace into the loader would only bury them.
    this.stack = '';
  }
}
