/** `/api/v1/schema/register.schema.json` and the rest: each API file's JSON Schema, generated from its zod schema. */
import type { APIRoute } from 'astro';
import { apiJsonSchema } from '../../../../render/api/json-schema';
import type { ApiSchemaName } from '../../../../render/api/schemas';
import { jsonResponse } from '../../../../site/respond';
import { routes } from '../../../../site/routes';

export function getStaticPaths() {
  return routes.apiSchemas();
}

export const GET: APIRoute = ({ props }) => jsonResponse(apiJsonSchema((props as { name: ApiSchemaName }).name));
