/** `/api/v1/modifications/secmp0023.json`: one modification in full (see `src/render/api/`). */
import type { APIRoute } from 'astro';
import { apiJson, modificationDocument } from '../../../../render/api/documents';
import { getRegister } from '../../../../site/data';
import { fileResponse } from '../../../../site/respond';
import { routes } from '../../../../site/routes';

export async function getStaticPaths() {
  return routes.modifications();
}

export const GET: APIRoute = async ({ props }) => fileResponse(apiJson('modification', modificationDocument(await getRegister(), (props as { id: string }).id)), 'json');
