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
