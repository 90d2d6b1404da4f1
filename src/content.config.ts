/**
 * The register's collections for Astro's content layer. Each collection is one YAML file per
 * entry in `content/<folder>/`, named after the entry's id. The schemas live in
 * `src/schemas/`; here they get `reference()`, so the relations between collections are
 * declared to Astro as well as checked by `src/lib/integrity.ts`.
 *
 * `REGISTER_CONTENT_DIR` points the build at another content folder (the benchmark's
 * synthetic register); by default it is `content/`.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionFolders, schemas, type CollectionName, type Reference } from './schemas';

const contentDir = process.env.REGISTER_CONTENT_DIR ?? './content';

/** References yield the referenced id, as the linter's plain references do. */
const astroReference: Reference = (collection) => reference(collection).transform((ref) => ref.id);

function collection<C extends CollectionName>(name: C) {
  return defineCollection({
    loader: glob({
      pattern: '*.yaml',
      base: `${contentDir}/${collectionFolders[name]}`,
      // Keep ids exactly as the file names: SECMP0023, 4.16 (the default would slugify them).
      generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
    }),
    schema: schemas[name](astroReference) as ReturnType<(typeof schemas)[C]>,
  });
}

export const collections = {
  modifications: collection('modifications'),
  releases: collection('releases'),
  versions: collection('versions'),
  workingGroups: collection('workingGroups'),
  documents: collection('documents'),
  sources: collection('sources'),
  meetings: collection('meetings'),
};
