/**
 * The one place that reads Astro's content layer. It turns the collections into the plain
 * content shape of `src/validate/problems.ts` and builds the register once per build; every page
 * and component asks this module, never `astro:content`.
 */
import { getCollection } from 'astro:content';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Entry, RawContent } from '../validate/problems';
import type { CollectionName } from '../schemas';
import { buildRegister, type Register } from '../register/build';


/** Each collection's data, as the register's own schemas type it. */
type DataOf<C extends CollectionName> = RawContent[C] extends readonly Entry<infer T>[] ? T : never;

async function entries<C extends CollectionName>(name: C): Promise<Entry<DataOf<C>>[]> {
  const all = await getCollection(name);
  // The loader stored exactly what the linter validated with these schemas.
  return all.map((e) => ({ id: e.id, file: e.filePath ?? `${name}/${e.id}.yaml`, data: e.data as DataOf<C> }));
}

function readTexts(): Map<string, string> {
  const dir = resolve(process.env.REGISTER_CONTENT_DIR ?? './content', 'sources', 'text');
  return new Map(readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

let register: Promise<Register> | undefined;

/** The register, built once per build from the content collections. */
export function getRegister(): Promise<Register> {
  register ??= (async () => {
    const content = {
      modifications: await entries('modifications'),
      releases: await entries('releases'),
      versions: await entries('versions'),
      workingGroups: await entries('workingGroups'),
      documents: await entries('documents'),
      sources: await entries('sources'),
      meetings: await entries('meetings'),
      texts: readTexts(),
    };
    // The content loader (src/site/loader.ts) has just run the linter, integrity checks
    // included, on this very content; checking it again would only cost time.
    return buildRegister(content, { checked: true });
  })();
  return register;
}
