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
import { ContentError } from '../validate/problems';
import { contentState } from './content-state';

async function entries<C extends CollectionName>(name: C): Promise<Entry<DataOf<C>>[]> {
  const all = await getCollection(name);
  // The loader stored exactly what the linter validated with the register's schemas, and a
  // modification's body as its text.
  return all.map((e) => ({
    id: e.id,
    file: e.filePath ?? `${name}/${e.id}`,
    data: e.data as DataOf<C>,
    ...(typeof e.body === 'string' ? { body: { text: e.body, line: 1 } } : {}),
  }));
}

function readTexts(): Map<string, string> {
  const dir = resolve(process.env.REGISTER_CONTENT_DIR ?? './content', 'sources', 'text');
  return new Map(readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

let register: { version: number; promise: Promise<Register> } | undefined;

/**
 * The register, built once per read of the content: once per build, and again after each edit
 * in `astro dev`. Content with problems (which only `astro dev` lets this far) fails every page
 * with every problem, so the dev error overlay lists them.
 */
export function getRegister(): Promise<Register> {
  const state = contentState();
  if (state.problems.length > 0) throw new ContentError(state.problems);
  if (register?.version !== state.version) register = { version: state.version, promise: build() };
  return register.promise;
}

function build(): Promise<Register> {
  return (async () => {
    const collections = await Promise.all(collectionNames.map(async (name) => [name, await entries(name)] as const));
    return buildRegister({ ...Object.fromEntries(collections), texts: readTexts() } as unknown as RawContent);
  })();
}
