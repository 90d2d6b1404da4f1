/**
 * What the register's things are called on the page: a meeting's name, an entry's title, a
 * phase state as a badge reads it.
 */
import { stateParts, type PhaseState } from '../domain/phases';
import { meetingTypeLabels } from '../domain/vocabulary';
import type { Entity } from '../register/entities';
import type { Meeting } from '../register/types';

/** A meeting's name: its own title, or its body's name ("Working Group 1"). */
export function meetingTitle(meeting: Meeting): string {
  if (meeting.title) return meeting.title;
  if (meeting.type === 'working-group') return `Working Group ${meeting.workingGroup.slice(2)}`;
  return meetingTypeLabels[meeting.type];
}

/** A state as a badge reads it: "Refinement · DCC Impact Assessment · on hold". */
export function badgeWords(state: PhaseState | null): string {
  return state ? stateParts(state).join(' · ') : 'Not on record';
}

/**
 * A phrase put in the middle of a sentence: its first letter lowered, unless its first word is
 * an abbreviation or a name ("DCC Live decision letter" keeps its capitals, and so does every
 * later word: "Direction letter accompanying the DCC Live decision letter" becomes "direction
 * letter accompanying the DCC Live decision letter").
 */
export function lowerFirst(phrase: string): string {
  const first = phrase.split(/\s/)[0] ?? '';
  return /^[A-Z][a-z]/.test(first) && first.slice(1) === first.slice(1).toLowerCase() ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase;
}

/**
 * A line of the progression table's cells, with a cell repeated month after month written once
 * with its count: "Solution Solution Solution Consultation" reads "Solution ×3 Consultation".
 */
export function cellRunWords(line: string): string {
  return line.replace(/(?<!\S)(\S+)(?:\s+\1(?!\S))+/g, (run, cell: string) => `${cell} ×${run.split(/\s+/).length}`);
}

/** The parts of a state the register inferred, in words: "Phase", "Stage", "Phase and stage". */
export function inferredPartsWords(parts: readonly ('phase' | 'stage' | 'hold')[]): string {
  const words = { phase: 'phase', stage: 'stage', hold: 'hold' } as const;
  const list = parts.map((p) => words[p]);
  const text = list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : (list[0] ?? 'state');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What a disagreement between sources is about, as a heading: "The short title", "The date",
 * "Whether the modification has been withdrawn". Content names the fact either in words or by
 * the name of the value it concerns (`shortTitle`); a reader sees words either way.
 */
export function discrepancySubject(about: string): string {
  const named: Record<string, string> = { shortTitle: 'the short title', title: 'the full title', date: 'the date', effective: 'the effective date' };
  const words = named[about] ?? (/^[a-z]+(?:[A-Z][a-z]*)+$/.test(about) ? `the ${about.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)}` : about);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An entry's title where a list names it: "SECMP0023: Correct Units…", "SEC 5.0", "GBCS". */
export function entityTitle(entity: Entity): string {
  switch (entity.type) {
    case 'modification':
      return `${entity.item.id}: ${entity.item.displayTitle}`;
    case 'release':
      return entity.item.name;
    case 'version':
      return `SEC ${entity.item.id}`;
    case 'working-group':
      return entity.item.name;
    case 'document':
      return entity.item.name;
    case 'meeting':
      return meetingTitle(entity.item);
  }
}
