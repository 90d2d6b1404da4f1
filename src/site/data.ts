/**
 * The one place that reads Astro's content layer. It turns the collections into the plain
 * content shape of `src/schemas/content.ts` and builds the register once per build; every page
 * asks this module, never `astro:content`, and passes its components what they show.
 */
import { getCollection } from 'astro:content';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildRegister } from '../register/build';
import type { Register } from '../register/types';
import { collectionNames, type CollectionName } from '../schemas';
import type { DataOf, Entry, RawContent } from '../schemas/content';

async function entries<C extends CollectionName>(name: C): Promise<Entry<DataOf<C>>[]> {
  const all = await getCollection(name);
  // The loader stored exactly what the linter validated with the register's schemas.
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
    const collections = await Promise.all(collectionNames.map(async (name) => [name, await entries(name)] as const));
    return buildRegister({ ...Object.fromEntries(collections), texts: readTexts() } as unknown as RawContent);
  })();
  return register;
}
