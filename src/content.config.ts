/**
 * The register's collections for Astro's content layer. Each collection is one YAML file per
 * entry in `content/<folder>/`, named after the entry's id, read and validated by the register's
 * loader (`src/site/loader.ts`), which checks every file and every relation between them
 * before anything is stored. The schemas live in `src/schemas/`; here they get `reference()`,
 * so the relations between collections are declared to Astro too.
 *
 * `REGISTER_CONTENT_DIR` points the build at another content folder (the benchmark's
 * synthetic register); by default it is `content/`.
 */
import { defineCollection, reference } from 'astro:content';
import { registerLoader } from './site/loader';
import { schemas, type CollectionName, type Reference } from './schemas';

/** References yield the referenced id, as the linter's plain references do. */
const astroReference: Reference = (collection) => reference(collection).transform((ref) => ref.id);

function collection<C extends CollectionName>(name: C) {
  return defineCollection({
    loader: registerLoader(name),
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
