/**
 * The register's real content as an in-memory map of file texts, which tests copy and break
 * to see what the linter says.
 */
import { resolve } from 'node:path';
import { readContentFolder } from '../../src/validate/files';
import { formatProblem } from '../../src/validate/problems';
import { lintContent } from '../../src/validate/lint';

const real = readContentFolder(resolve(import.meta.dirname, '../../content')).files;

/** A fresh copy of the real content. */
export function contentFiles(): Map<string, string> {
  return new Map(real);
}

/** Edits one file's text; fails loudly if the edit would not change anything. */
export function edit(files: Map<string, string>, file: string, change: (text: string) => string): Map<string, string> {
  const before = files.get(file);
  if (before === undefined) throw new Error(`no file ${file}`);
  const after = change(before);
  if (after === before) throw new Error(`the edit to ${file} changed nothing`);
  files.set(file, after);
  return files;
}

/** Replaces the first occurrence of `from` in a file. */
export function replaceIn(files: Map<string, string>, file: string, from: string, to: string): Map<string, string> {
  return edit(files, file, (text) => {
    if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
    return text.replace(from, to);
  });
}

/** Lints a content map and returns each problem formatted as the build prints it. */
export function lintMessages(files: ReadonlyMap<string, string>): string[] {
  return lintContent(files).problems.map(formatProblem);
}

/** Changes a JSON record's data and writes it back as an editor's tools would. */
export function editJson(files: Map<string, string>, file: string, change: (data: Record<string, unknown>) => void): Map<string, string> {
  return edit(files, file, (text) => {
    const data = JSON.parse(text) as Record<string, unknown>;
    change(data);
    return `${JSON.stringify(data, null, 2)}\n`;
  });
}
