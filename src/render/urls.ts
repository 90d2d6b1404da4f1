/**
 * Addresses as the render layer uses them: the site's address table (`src/domain/addresses.ts`)
 * and the addresses of the register's entries and events.
 */
import { eventAnchor, urls } from '../domain/addresses';
import type { Entity } from '../register/entities';

export { eventAnchor, sectionAnchor, urls } from '../domain/addresses';

/** The address of an event in its modification's history. */
export function eventAddress(modification: string, index: number): string {
  return `${urls.modification(modification)}#${eventAnchor(index)}`;
}

/** Each kind of entry's page address, by id. */
const pageOf: Record<Entity['type'], (id: string) => string> = {
  modification: urls.modification,
  release: urls.release,
  version: urls.version,
  'working-group': urls.workingGroup,
  document: urls.document,
  meeting: urls.meeting,
};

/** The address of an entry's page (a meeting's is its place on the meetings page). */
export function entityAddress(entity: Entity): string {
  return pageOf[entity.type](entity.item.id);
}
