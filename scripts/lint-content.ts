/**
 * `npm run lint:content [-- <folder>]`: validates a content folder (the register's own
 * `content/` by default) and prints every problem as `file:line: field: message`. Exits 1 if
 * there are any, so it can guard a build or a commit. Warnings (`warning: file:line: field:
 * message`), such as a meeting whose outcome is not yet recorded, are printed and never fail.
 */
import { resolve } from 'node:path';
import { formatProblem, sortProblems } from '../src/validate/problems';
import { lintContentFolder } from '../src/validate/files';

const dir = process.argv[2] ?? 'content';
const { content, problems, warnings } = lintContentFolder(resolve(dir), dir.replace(/\/$/, ''));
if (problems.length > 0) {
  for (const problem of sortProblems(problems)) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}/`);
  process.exit(1);
}
const count = Object.values(content).reduce((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
// Warnings are printed but never fail: they name what the next paper should settle.
for (const warning of sortProblems(warnings)) console.warn(`warning: ${formatProblem(warning)}`);
const warned = warnings.length > 0 ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : '';
console.log(`${dir}/: ${count} entries, no problems${warned}`);
