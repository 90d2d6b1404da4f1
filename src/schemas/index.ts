/**
 * Every collection's schema, by collection name. Each takes the `Reference` factory that the
 * caller can offer: `astro:content`'s inside Astro, a plain one in the linter and tests.
 */
import type { Reference } from './common';
import { documentSchema } from './document';
import { meetingSchema } from './meeting';
import { modificationSchema } from './modification';
import { releaseSchema } from './release';
import { sourceSchema } from './source';
import { versionSchema } from './version';
import { workingGroupSchema } from './working-group';

export const schemas = {
  modifications: modificationSchema,
  releases: releaseSchema,
  versions: versionSchema,
  workingGroups: workingGroupSchema,
  documents: documentSchema,
  sources: sourceSchema,
  meetings: meetingSchema,
} as const satisfies Record<string, (reference: Reference) => unknown>;

/** The folder of `content/` each collection lives in. */
export const collectionFolders = {
  modifications: 'modifications',
  releases: 'releases',
  versions: 'versions',
  workingGroups: 'working-groups',
  documents: 'documents',
  sources: 'sources',
  meetings: 'meetings',
} as const;

export { collectionNames, plainReference, type CollectionName, type Reference } from './common';
