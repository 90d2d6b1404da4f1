/**
 * The JSON Schemas of the API, generated from its zod schemas (`schemas.ts`) by zod's own
 * `z.toJSONSchema`, in the same way as the content's schemas (`scripts/json-schemas.ts`): JSON
 * Schema 2020-12, and a schema zod cannot express stops the build rather than being left out.
 *
 * The build itself holds every file to its zod schema strictly, fields included; the published
 * schemas allow fields they do not list, because v1 promises additive changes only, and a
 * client that validates today's files with today's schema must still accept tomorrow's.
 */
import { z } from 'astro/zod';
import { apiSchemas, type ApiSchemaName } from './schemas';
import { urls } from '../urls';

type Json = Record<string, unknown>;

/** Removes `additionalProperties: false` throughout, so that added fields stay valid. */
function open(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(open);
  if (typeof schema !== 'object' || schema === null) return schema;
  const result: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'additionalProperties' && value === false) continue;
    result[key] = open(value);
  }
  return result;
}

/** The JSON Schema of one API file. */
export function apiJsonSchema(name: ApiSchemaName): Json {
  const generated = z.toJSONSchema(apiSchemas[name], { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' }) as Json;
  const { $schema, ...rest } = open(generated) as Json;
  return { $schema, $id: urls.apiSchema(name), ...rest };
}

/** The names of the API's schema files. */
export const apiSchemaNames = Object.keys(apiSchemas) as ApiSchemaName[];
