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

/**
 * The format of each collection's files. Modifications carry prose (an issue, a solution, a
 * summary, with citations and links inside it), so they are MDX: metadata and history in the
 * frontmatter, narrative in the body. Every other collection is a record of fields, whose few
 * words of prose are short sourced notes, so they are JSON, which editors check against the
 * collection's JSON Schema as they type.
 */
export const collectionFormats = {
  modifications: 'mdx',
  releases: 'json',
  versions: 'json',
  workingGroups: 'json',
  documents: 'json',
  sources: 'json',
  meetings: 'json',
} as const satisfies Record<keyof typeof collectionFolders, 'json' | 'mdx'>;

export { collectionNames, plainReference, type CollectionName, type Reference } from './common';
