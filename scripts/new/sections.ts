/**
 * Finding a source paper's numbered sections in its extracted text, the way the register's
 * sources count them: a heading is a line such as `2. Code Updates` or `2.1 SEC Version 4.16
 * Designation`; a section runs from its heading's line to the line before the next heading at
 * the same or a higher level (so a parent's lines include its subsections'), or to the end of
 * the text, without the empty lines at its end (a line holding only spaces stays, as it does in
 * the register's own sources).
 *
 * Numbered lines are common in a paper's prose too ("2016 SEC Panel meeting", a table's
 * "1 SECMP0003 …"), so a line is a heading only when its number is the next one the numbering
 * allows (the first subsection of the current section, or the next at its level or any higher
 * one, starting at 1.), a top-level number is written with its dot (`5.`), and its title starts
 * with a capital letter, is at most 100 characters, and does not end like a sentence.
 */

/** A section found in a text: its number, its heading, and the lines it spans, counted from 1. */
export interface FoundSection {
  readonly id: string;
  readonly title: string;
  readonly lines: readonly [number, number];
}

const HEADING = /^\s*(\d{1,3}(?:\.\d{1,3})*)(\.?)[ \t]+(\S.*?)\s*$/u;

/** Whether `next` is a number the numbering allows after `current` (`[]` before any heading). */
function follows(current: readonly number[], next: readonly number[]): boolean {
  if (current.length === 0) return next.length === 1 && next[0] === 1;
  // The first subsection of the current section.
  if (next.length === current.length + 1 && next.slice(0, -1).every((n, i) => n === current[i]) && next.at(-1) === 1) return true;
  // The next section at the current level or a higher one.
  if (next.length > current.length) return false;
  const last = next.length - 1;
  return next.slice(0, last).every((n, i) => n === current[i]) && next[last] === (current[last] as number) + 1;
}

/**
 * The sections of a text given as its lines; `firstLine` is the line number of `lines[0]` in
 * the file, so that a part of a file can be read with the file's own line numbers.
 */
export function findSections(lines: readonly string[], firstLine = 1): FoundSection[] {
  const headings: { number: number[]; title: string; line: number }[] = [];
  let current: number[] = [];
  for (const [i, raw] of lines.entries()) {
    const m = HEADING.exec(raw.replace(/\r$/, ''));
    if (!m) continue;
    const number = (m[1] as string).split('.').map(Number);
    const title = (m[3] as string).replace(/\s+/g, ' ');
    if (number.length === 1 && m[2] !== '.') continue;
    if (!/^\p{Lu}/u.test(title) || title.length > 100 || /[.,;:]$/.test(title)) continue;
    if (!follows(current, number)) continue;
    headings.push({ number, title, line: firstLine + i });
    current = number;
  }
  const lastLine = firstLine + lines.length - 1;
  // Only empty lines are dropped: the sources' own ranges keep a line holding a space.
  const blank = (line: number) => (lines[line - firstLine] ?? '').replace(/\r$/, '') === '';
  return headings.map((h, i) => {
    const next = headings.slice(i + 1).find((n) => n.number.length <= h.number.length);
    let end = next ? next.line - 1 : lastLine;
    while (end > h.line && blank(end)) end -= 1;
    return { id: h.number.join('.'), title: h.title, lines: [h.line, end] as const };
  });
}

/** A text's lines, without the empty one after a final newline. */
export function textLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}
