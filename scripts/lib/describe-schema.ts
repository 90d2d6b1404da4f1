/**
 * Gives every property of a generated JSON Schema the JSDoc of the zod field it was made from.
 *
 * The zod schema and the JSON Schema `z.toJSONSchema` made of it are walked together: an object
 * has `properties`, an array `items`, a tuple `prefixItems`, a union `anyOf` or `oneOf` in the
 * order of its options, and wrappers (optional, default, nullable, a preprocess) stand for what
 * they wrap. At each zod object, the object literal it was written as is found among the
 * `z.object({...})` literals of `src/schemas/`: the one whose keys (spreads followed) are
 * exactly the object's keys and whose `z.literal(...)` properties hold the object's literal
 * values; where several remain, the one in the collection's own file. Nothing is guessed:
 * a property without JSDoc, an object with no literal, or two literals with different comments
 * and no way to choose between them each stop the generator with an error saying where.
 */
import type { z } from 'astro/zod';
import type { ObjectLiteralDocs, SchemaDocs } from './schema-docs';

/** A JSON Schema (or any JSON object) as built here. */
export type JsonObject = { [key: string]: unknown };

/** The collection being described, for the choice between literals and for error messages. */
export interface DescribeContext {
  readonly docs: SchemaDocs;
  readonly collection: string;
  /** The file of the collection's own schema, preferred when literals tie. */
  readonly ownFile: string;
}

type ZodDef = z.core.$ZodTypes['_zod']['def'];

/** zod types that hold no other schema, and so no object. */
const leaves = new Set([
  'string', 'number', 'int', 'bigint', 'boolean', 'date', 'symbol', 'undefined', 'null', 'void', 'any', 'unknown',
  'never', 'nan', 'literal', 'enum', 'template_literal', 'file', 'custom', 'transform', 'success',
]);

function defOf(schema: z.core.$ZodType): ZodDef {
  return (schema as z.core.$ZodTypes)._zod.def;
}

/** The zod types that only wrap another schema (their `innerType`) and add nothing a JSON Schema shows. */
const wrappers = new Set(['optional', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

/** The schema a wrapper wraps, or `undefined` when the schema is not a wrapper. */
function wrapped(schema: z.core.$ZodType): z.core.$ZodType | undefined {
  const def = defOf(schema);
  return wrappers.has(def.type) ? (def as { innerType: z.core.$ZodType }).innerType : undefined;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function child(json: JsonObject, key: string, path: string, index?: number): JsonObject {
  const value = json[key];
  const found = index === undefined ? value : Array.isArray(value) ? (value as unknown[])[index] : undefined;
  if (!isObject(found)) throw new Error(`${path}: the JSON Schema has no "${key}"${index === undefined ? '' : `[${index}]`} where the zod schema has one`);
  return found;
}

/** Sets the `description` of every property under `json` from the zod schema it was made from. */
export function describeSchema(schema: z.core.$ZodType, json: JsonObject, context: DescribeContext, path = ''): void {
  const inner = wrapped(schema);
  if (inner) return describeSchema(inner, json, context, path);
  const def = defOf(schema);
  const at = `${context.collection}: ${path === '' ? '(root)' : path}`;
  switch (def.type) {
    case 'object':
      return describeObject(def.shape, json, context, path);
    case 'array':
      return describeSchema(def.element, child(json, 'items', at), context, `${path}[]`);
    case 'tuple':
      def.items.forEach((item, i) => describeSchema(item, child(json, 'prefixItems', at, i), context, `${path}[${i}]`));
      if (def.rest !== null) describeSchema(def.rest, child(json, 'items', at), context, `${path}[]`);
      return;
    case 'union': {
      const key = Array.isArray(json['oneOf']) ? 'oneOf' : 'anyOf';
      const branches = json[key];
      if (!Array.isArray(branches) || branches.length !== def.options.length) {
        if (def.options.some(holdsObjects)) throw new Error(`${at}: the JSON Schema's ${key} does not match the union's options`);
        return;
      }
      def.options.forEach((option, i) => describeSchema(option, child(json, key, at, i), context, path));
      return;
    }
    case 'nullable': {
      // `anyOf: [inner, {type: 'null'}]`, or `type: [..., 'null']` when the inner schema is a bare type.
      const branches = json['anyOf'];
      const inner = Array.isArray(branches) ? branches.find((b) => !(isObject(b) && b['type'] === 'null' && Object.keys(b).length === 1)) : undefined;
      if (isObject(inner)) return describeSchema(def.innerType, inner, context, path);
      if (holdsObjects(def.innerType)) throw new Error(`${at}: the JSON Schema of a nullable object has no anyOf`);
      return;
    }
    case 'pipe':
      // The input side, as `io: 'input'` renders it: a preprocess (a transform piped into a schema) is that schema.
      return describeSchema(def.in._zod.traits.has('$ZodTransform') ? def.out : def.in, json, context, path);
    default:
      if (!leaves.has(def.type)) throw new Error(`${at}: zod type "${def.type}" is not walked; teach scripts/lib/describe-schema.ts about it`);
  }
}

/** Whether a zod schema has an object anywhere inside it. */
function holdsObjects(schema: z.core.$ZodType): boolean {
  const inner = wrapped(schema);
  if (inner) return holdsObjects(inner);
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return true;
    case 'array':
      return holdsObjects(def.element);
    case 'tuple':
      return def.items.some(holdsObjects) || (def.rest !== null && holdsObjects(def.rest));
    case 'union':
      return def.options.some(holdsObjects);
    case 'nullable':
      return holdsObjects(def.innerType);
    case 'pipe':
      return holdsObjects(def.in) || holdsObjects(def.out);
    default:
      return !leaves.has(def.type);
  }
}

function describeObject(shape: Readonly<Record<string, z.core.$ZodType>>, json: JsonObject, context: DescribeContext, path: string): void {
  const literal = literalFor(shape, context, path);
  const properties = child(json, 'properties', `${context.collection}: ${path || '(root)'}`);
  for (const [key, schema] of Object.entries(shape)) {
    const property = literal.properties.get(key);
    const fieldPath = path === '' ? key : `${path}.${key}`;
    if (property?.doc === undefined) throw new Error(`${property?.at ?? literal.at}: the property "${key}" has no JSDoc comment (${context.collection}: ${fieldPath})`);
    const target = properties[key];
    if (!isObject(target)) throw new Error(`${context.collection}: ${fieldPath}: missing from the JSON Schema`);
    target['description'] = property.doc;
    describeSchema(schema, target, context, fieldPath);
  }
}

/** The literal a zod object was written as (see the module comment). */
function literalFor(shape: Readonly<Record<string, z.core.$ZodType>>, context: DescribeContext, path: string): ObjectLiteralDocs {
  const keys = Object.keys(shape).sort();
  const signature = keys.join('\n');
  const at = `${context.collection}: ${path === '' ? '(root)' : path}`;
  const sameKeys = context.docs.objects.filter((o) => [...o.properties.keys()].sort().join('\n') === signature);
  if (sameKeys.length === 0) throw new Error(`${at}: no z.object({...}) literal in the schema files has exactly the keys ${keys.join(', ')}`);
  let pool = sameKeys.filter((o) => [...o.properties].every(([key, p]) => p.literal === undefined || literalValues(shape[key]).includes(p.literal)));
  if (pool.length === 0) throw new Error(`${at}: no literal with the keys ${keys.join(', ')} has its z.literal values (${sameKeys.map((o) => o.at).join(', ')})`);
  const own = pool.filter((o) => o.file === context.ownFile);
  if (own.length > 0) pool = own;
  const [first, ...rest] = pool as [ObjectLiteralDocs, ...ObjectLiteralDocs[]];
  const docsOf = (o: ObjectLiteralDocs): string => JSON.stringify(keys.map((key) => o.properties.get(key)?.doc));
  if (rest.some((o) => docsOf(o) !== docsOf(first))) {
    throw new Error(`${at}: the object matches several literals with different comments and nothing tells them apart: ${pool.map((o) => o.at).join(', ')}`);
  }
  return first;
}

/** The values of a `z.literal`, as text; none for any other schema. */
function literalValues(schema: z.core.$ZodType | undefined): string[] {
  if (schema === undefined) return [];
  const def = defOf(schema);
  return def.type === 'literal' ? def.values.map(String) : [];
}
