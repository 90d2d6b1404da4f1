/**
 * Values a command needs but was not given. In a terminal each is asked for with
 * `@clack/prompts` (a choice where the register has a closed list, such as the sources or the
 * event kinds); anywhere else (a script, a test, CI) a missing value is an error that names
 * every missing option, since nobody is there to answer.
 */
import { cancel, isCancel, select, text } from '@clack/prompts';
import { ScaffoldError } from './folder';

/** A value a command must have. */
export interface Needed {
  /** Its key in the command's options, e.g. `title`. */
  readonly key: string;
  /** Its option as typed, e.g. `--title <title>` or `<modification>`. */
  readonly flag: string;
  /** What it is, as a question's words: "the modification's full title". */
  readonly what: string;
  /** How to write it, shown under the question. */
  readonly hint?: string;
  /** The values to choose from, given the values known so far; a free text when absent. */
  readonly choices?: (values: Readonly<Record<string, unknown>>) => readonly string[];
}

/** Whether someone is there to answer: stdin is a terminal. */
export function interactive(): boolean {
  return process.stdin.isTTY === true;
}

/** Asks for one value; a cancelled prompt ends the command. */
async function ask(needed: Needed, values: Readonly<Record<string, unknown>>): Promise<string> {
  const choices = needed.choices?.(values) ?? [];
  const answer =
    choices.length > 0
      ? await select({ message: `Choose ${needed.what}`, options: choices.map((value) => ({ value })) })
      : await text({ message: `Enter ${needed.what}`, ...(needed.hint ? { placeholder: needed.hint } : {}), validate: (v) => (v === undefined || v.trim() === '' ? 'Required' : undefined) });
  if (isCancel(answer)) {
    cancel('Nothing was written.');
    throw new ScaffoldError('cancelled; nothing was written');
  }
  return answer.trim();
}

/**
 * The options with every needed value filled in: asked for one by one in a terminal, refused
 * all at once otherwise.
 */
export async function fillMissing<T extends Record<string, unknown>>(options: T, needed: readonly Needed[], command: string, asking = interactive()): Promise<T> {
  const values: Record<string, unknown> = { ...options };
  const missing = needed.filter((n) => values[n.key] === undefined);
  if (missing.length === 0) return values as T;
  if (!asking) {
    const list = missing.map((n) => `${n.flag} (${n.what})`);
    throw new ScaffoldError(
      `missing ${list.join(', ')}; stdin is not a terminal, so ${missing.length === 1 ? 'it cannot be' : 'they cannot be'} asked for: give ${missing.length === 1 ? 'it' : 'them'} on the command line (npm run new -- ${command} --help)`,
    );
  }
  for (const n of missing) values[n.key] = await ask(n, values);
  return values as T;
}
