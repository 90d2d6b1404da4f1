/**
 * The state of the content as the loader last read it, handed to the pages. In a build, content
 * with problems stops the build in the loader. In `astro dev` the server keeps running: the
 * loader records the problems here, and every page then fails with them, so they show in the
 * dev error overlay and in the terminal until the editor fixes the file. The loader and the
 * pages live in separately bundled modules of one process, so they meet on `globalThis`.
 */
import type { Problem } from '../validate/problems';

export interface ContentState {
  /** The problems of the last read of the content; empty when it is sound. */
  readonly problems: readonly Problem[];
  /** Counts the reads, so that the pages rebuild the register after each one. */
  readonly version: number;
}

const KEY = Symbol.for('sec-register.content-state');

type WithState = typeof globalThis & { [KEY]?: ContentState };

/** Records the result of a read of the content. */
export function setContentProblems(problems: readonly Problem[]): void {
  const state = globalThis as WithState;
  state[KEY] = { problems, version: (state[KEY]?.version ?? 0) + 1 };
}

/** The content's state, as the loader last recorded it. */
export function contentState(): ContentState {
  return (globalThis as WithState)[KEY] ?? { problems: [], version: 0 };
}
