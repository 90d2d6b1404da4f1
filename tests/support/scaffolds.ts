/**
 * A temporary copy of the register's content for the scaffold tests, which write to it, and a
 * way to run `npm run new` itself on it, as an editor would, without a terminal.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { contentFolder, ScaffoldError, type ContentFolder } from '../../scripts/new/folder';
import { lintContentFolder } from '../../src/validate/files';
import { formatProblem } from '../../src/validate/problems';

const project = resolve(import.meta.dirname, '../..');

/** A copy of `content/` in a temporary folder; `remove()` deletes it. */
export interface ContentCopy extends ContentFolder {
  /** The text of a file of the copy, by its path in the folder. */
  read(path: string): string;
  /** Every problem the linter finds in the copy, formatted. */
  problems(): string[];
  remove(): void;
}

export function copyContent(): ContentCopy {
  const base = mkdtempSync(join(tmpdir(), 'register-scaffolds-'));
  const dir = join(base, 'content');
  cpSync(join(project, 'content'), dir, { recursive: true });
  const folder = contentFolder(dir);
  return {
    ...folder,
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    problems: () => lintContentFolder(folder.dir, folder.root).problems.map(formatProblem),
    remove: () => rmSync(base, { recursive: true, force: true }),
  };
}

/** Runs `npm run new -- <args>` on a content folder, with no terminal on stdin. */
export function runNew(args: readonly string[], contentDir: string): SpawnSyncReturns<string> {
  return spawnSync(join(project, 'node_modules/.bin/tsx'), ['scripts/new.ts', ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, REGISTER_CONTENT_DIR: contentDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The refusal a scaffold call makes (its message and problems); fails if it makes none. */
export function refusal(work: () => unknown): ScaffoldError {
  try {
    work();
  } catch (error) {
    if (error instanceof ScaffoldError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
