/**
 * `npm run schemas`: writes the JSON Schema of every collection to
 * `src/schemas/json/<folder>.schema.json`, generated from the collection's zod schema in
 * `src/schemas/` (never written by hand). Editors use them to check and complete content files.
 * `npm run schemas -- --check` writes nothing: it lists the files that differ from what would be
 * generated (or should not be there) and exits 1 if there are any.
 *
 * Each schema is `z.toJSONSchema` of the zod schema on its input side, so fields with defaults
 * are optional. Refinements are checks JSON Schema cannot state; they are left out and the zod
 * schema stays the authority. Every property's `description` is the JSDoc of its field and the
 * root's `title` and `description` come from the schema file's module comment
 * (`lib/schema-docs.ts` reads them, `lib/describe-schema.ts` matches them to the schema). A
 * field without JSDoc stops the generator.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { daySchema, sourceDateSchema } from '../src/schemas/common';
import { collectionFolders, collectionNames, plainReference, schemas, type CollectionName } from '../src/schemas/index';
import { describeSchema, type JsonObject } from './lib/describe-schema';
import { readSchemaDocs } from './lib/schema-docs';

const project = resolve(import.meta.dirname, '..');

/** Where the generated files go, from the project root. */
export const jsonSchemaFolder = 'src/schemas/json';

/** The generated file of a collection, from the project root, e.g. `src/schemas/json/working-groups.schema.json`. */
export function jsonSchemaFile(collection: CollectionName): string {
  return `${jsonSchemaFolder}/${collectionFolders[collection]}.schema.json`;
}

/** Collections whose entries are MDX files: their frontmatter carries no `$schema` key. */
const frontmatterCollections: ReadonlySet<CollectionName> = new Set(['modifications']);

/** The `$schema` key a JSON record carries to name the schema it follows. */
const schemaKey: JsonObject = {
  type: 'string',
  description: 'The JSON Schema this file follows; lets editors check and complete it.',
};

/**
 * A source date's shape (see `src/domain/dates.ts`): a day or a month, or an interval of two
 * with `..` for an open start. The zod schema still checks that the days exist and the
 * interval is in order.
 */
const point = String.raw`\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?`;
const sourceDatePattern = `^((\\.\\.|${point})/)?${point}$`;

/** Dates are strings whose format is stated: `format: date` for a day, a pattern for a source date. */
function dateFormats({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: JsonObject }): void {
  if (zodSchema === daySchema) Object.assign(jsonSchema, { format: 'date', examples: ['2016-11-09'] });
  if (zodSchema === sourceDateSchema) {
    Object.assign(jsonSchema, { pattern: sourceDatePattern, examples: ['2016-10-27', '2016-10', '../2016-11-09', '2016-10/2016-11-09'] });
  }
}

/** The order of keywords in every generated schema; others follow in alphabetical order. */
const keywordOrder = [
  '$schema', 'title', 'description', 'type', 'const', 'enum', 'format', 'pattern', 'minLength', 'maxLength',
  'minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum', 'multipleOf', 'examples', 'default',
  'properties', 'required', 'additionalProperties', 'prefixItems', 'items', 'minItems', 'maxItems',
  'anyOf', 'oneOf', 'allOf', 'not', '$defs',
];
const rank = (key: string): number => (keywordOrder.includes(key) ? keywordOrder.indexOf(key) : keywordOrder.length);

/**
 * A copy of a schema with its keywords in `keywordOrder`, so the output does not depend on the
 * order zod happens to write them in. Property names keep their order (the zod schema's).
 */
function ordered(schema: JsonObject): JsonObject {
  const keys = Object.keys(schema).sort((a, b) => rank(a) - rank(b) || (rank(a) === keywordOrder.length ? a.localeCompare(b, 'en') : 0));
  const result: JsonObject = {};
  for (const key of keys) {
    const value = schema[key];
    const isSchema = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
    if ((key === 'properties' || key === '$defs') && isSchema(value)) {
      result[key] = Object.fromEntries(Object.entries(value).map(([name, s]) => [name, isSchema(s) ? ordered(s) : s]));
    } else if (['anyOf', 'oneOf', 'allOf', 'prefixItems'].includes(key) && Array.isArray(value)) {
      result[key] = value.map((s: unknown) => (isSchema(s) ? ordered(s) : s));
    } else if (['items', 'additionalProperties', 'not'].includes(key) && isSchema(value)) {
      result[key] = ordered(value);
    } else {
      result[key] = value;
    }
  }
  return result;
}

/** The root's title: the module comment's first clause, e.g. "A SEC modification proposal". */
function titleOf(comment: string, file: string): string {
  const title = comment.split(/:\s|\.\s|\.$|\n/)[0]?.trim() ?? '';
  if (title === '') throw new Error(`${file}: the module comment gives no title`);
  return title;
}

/** Adds the `$schema` key to the root object, or to each root object of a union. */
function withSchemaKey(root: JsonObject, collection: string): void {
  const branches = root['oneOf'] ?? root['anyOf'];
  const objects = Array.isArray(branches) ? (branches as JsonObject[]) : [root];
  for (const object of objects) {
    const properties = object['properties'];
    if (object['type'] !== 'object' || typeof properties !== 'object' || properties === null) {
      throw new Error(`${collection}: the root is not an object (or a union of objects), so it cannot take a $schema key`);
    }
    object['properties'] = { $schema: { ...schemaKey }, ...properties };
  }
}

/** The JSON Schema of every collection, generated from its zod schema and its comments. */
export function jsonSchemas(): Record<CollectionName, JsonObject> {
  const docs = readSchemaDocs(join(project, 'src/schemas'), project);
  const result: Partial<Record<CollectionName, JsonObject>> = {};
  for (const collection of collectionNames) {
    const file = docs.collectionFiles.get(collection);
    const comment = file === undefined ? undefined : docs.moduleComments.get(file);
    if (file === undefined || comment === undefined) throw new Error(`${collection}: no schema file with a module comment found for it`);
    const zodSchema: z.core.$ZodType = schemas[collection](plainReference);
    const json = z.toJSONSchema(zodSchema, {
      target: 'draft-2020-12',
      io: 'input',
      unrepresentable: 'throw',
      override: dateFormats,
    }) as JsonObject;
    describeSchema(zodSchema, json, { docs, collection, ownFile: file });
    if (!frontmatterCollections.has(collection)) withSchemaKey(json, collection);
    result[collection] = ordered({ ...json, title: titleOf(comment, file), description: comment });
  }
  return result as Record<CollectionName, JsonObject>;
}

/** The generated files' contents, by path from the project root. */
export function jsonSchemaFiles(): Map<string, string> {
  const schemasByCollection = jsonSchemas();
  return new Map(collectionNames.map((c) => [jsonSchemaFile(c), `${JSON.stringify(schemasByCollection[c], null, 2)}\n`]));
}

/** Generated files that differ from (or are missing from) the folder, and files it should not hold. */
export function staleJsonSchemaFiles(files = jsonSchemaFiles(), root = project): { readonly changed: string[]; readonly extra: string[] } {
  const changed = [...files].filter(([file, text]) => !existsSync(join(root, file)) || readFileSync(join(root, file), 'utf8') !== text).map(([file]) => file);
  const folder = join(root, jsonSchemaFolder);
  const present = existsSync(folder) ? readdirSync(folder).map((name) => `${jsonSchemaFolder}/${name}`) : [];
  return { changed, extra: present.filter((file) => file.endsWith('.schema.json') && !files.has(file)) };
}

function main(args: readonly string[]): number {
  const check = args.includes('--check');
  if (args.some((a) => a !== '--check')) {
    console.error('usage: npm run schemas [-- --check]');
    return 2;
  }
  const files = jsonSchemaFiles();
  const { changed, extra } = staleJsonSchemaFiles(files);
  if (check) {
    if (changed.length + extra.length === 0) {
      console.log(`${jsonSchemaFolder}/: up to date`);
      return 0;
    }
    for (const file of changed) console.error(`stale: ${file}`);
    for (const file of extra) console.error(`not generated: ${file}`);
    console.error('\nRun `npm run schemas` to regenerate them.');
    return 1;
  }
  mkdirSync(join(project, jsonSchemaFolder), { recursive: true });
  for (const file of changed) {
    writeFileSync(join(project, file), files.get(file) ?? '');
    console.log(`wrote ${file}`);
  }
  for (const file of extra) {
    rmSync(join(project, file));
    console.log(`removed ${file}`);
  }
  if (changed.length + extra.length === 0) console.log(`${jsonSchemaFolder}/: up to date`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(`npm run schemas: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
