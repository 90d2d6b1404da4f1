/**
 * Reading a modification's MDX file: its YAML frontmatter (the metadata and the dated history)
 * and its body (the narrative, see `src/schemas/narrative.ts`).
 */
import type { FieldPath } from '../schemas/citations';
import { parseNarrative, type Narrative, type NarrativeProblem } from '../schemas/narrative';
import { parseYaml, yamlLines, type Parsed } from './yaml';

/** An MDX file taken apart. */
export interface MdxParts {
  /** The frontmatter's data, or the problem that stopped it. */
  readonly frontmatter: Parsed;
  /** The line finder of the frontmatter's fields, in the file's lines. */
  readonly lines: () => (path: FieldPath) => number | undefined;
  readonly body: string;
  readonly narrative: Narrative;
  /** Problems in the body, each with its line. */
  readonly bodyProblems: readonly NarrativeProblem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** An MDX file's frontmatter and body, with the line the body starts on; `null` without frontmatter. */
export function splitMdx(text: string): { yaml: string; body: string; bodyLine: number } | null {
  const match = FRONTMATTER.exec(text);
  if (!match) return null;
  return { yaml: match[1] as string, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1) };
}

/** Takes an MDX file apart. A file without frontmatter is a problem on its first line. */
export function parseMdx(text: string, file: string): MdxParts {
  const split = splitMdx(text);
  if (!split) {
    return {
      frontmatter: { ok: false, message: 'must begin with frontmatter: a line "---", the fields in YAML, and a line "---"', line: 1 },
      lines: () => () => undefined,
      body: text,
      narrative: [],
      bodyProblems: [],
    };
  }
  const { yaml, body, bodyLine } = split;
  const { narrative, problems } = parseNarrative(body, bodyLine);
  let finder: ((path: FieldPath) => number | undefined) | undefined;
  return {
    frontmatter: parseYaml(yaml, file, 2),
    lines: () => (finder ??= yamlLines(yaml, 2)),
    body,
    narrative,
    bodyProblems: problems,
  };
}
