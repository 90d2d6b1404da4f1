/**
 * The register's rules for placing the status report's progression table in months are stated
 * once, in a note on the report's source page, as numbered clauses: "(1) an activity the sources
 * show under way …; (2) …". Each clause gets an anchor there, and every "rule 5" or "rules 1
 * and 3" in a placement's basis links to the clause it names.
 */
import type { Register } from '../register/types';
import { escapeHtml } from './escape';
import { urls } from './urls';

/** A note's numbered clauses: "(1) …; (2) …" gives [[1, text], [2, text]]; none gives []. */
export function numberedClauses(text: string): { readonly before: string; readonly clauses: readonly { readonly n: number; readonly text: string }[] } {
  const parts = text.split(/\((\d{1,2})\) /);
  if (parts.length < 3) return { before: text, clauses: [] };
  const clauses: { n: number; text: string }[] = [];
  for (let i = 1; i + 1 < parts.length; i += 2) clauses.push({ n: Number(parts[i]), text: parts[i + 1] as string });
  // The numbers must run 1, 2, 3 …, or the parentheses were not a numbered list.
  if (clauses.some((c, i) => c.n !== i + 1)) return { before: text, clauses: [] };
  return { before: parts[0] as string, clauses };
}

/** The anchor of clause `n` of a note: `reading-3-5`. */
export function clauseAnchor(noteAnchor: string, n: number): string {
  return `${noteAnchor}-${n}`;
}

/**
 * Where the placement rules are stated: the note of a source that numbers its clauses and
 * speaks of the register's rules, as `{ source, note }` (the note counted from 1), or `null`.
 */
export function placementRulesNote(register: Register, source: string): { readonly href: (n: number) => string } | null {
  const notes = register.source(source).notes;
  const index = notes.findIndex((n) => /\brules\b/.test(n.text) && numberedClauses(n.text).clauses.length > 0);
  if (index < 0) return null;
  return { href: (n) => `${urls.source(source)}#${clauseAnchor(`reading-${index + 1}`, n)}` };
}

/** A basis as HTML, each "rule N" (or "rules N and M") linked to the clause that states it. */
export function basisHtml(text: string, href: ((n: number) => string) | null): string {
  const escaped = escapeHtml(text);
  if (!href) return escaped;
  return escaped.replace(/\b(rules?) (\d)((?:, \d)*)(?: and (\d))?/g, (_, word: string, first: string, more: string, last: string | undefined) => {
    const numbers = [first, ...more.split(', ').filter(Boolean), ...(last ? [last] : [])];
    const links = numbers.map((n) => `<a href="${escapeHtml(href(Number(n)))}">${word === 'rule' ? `rule ${n}` : n}</a>`);
    if (word === 'rule') return links[0] as string;
    return `rules ${links.length > 1 ? `${links.slice(0, -1).join(', ')} and ${links[links.length - 1]}` : links[0]}`;
  });
}
