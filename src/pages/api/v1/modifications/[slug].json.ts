/** `/api/v1/modifications/secmp0023.json`: one modification in full (see `src/render/api/`). */
import type { APIRoute } from 'astro';
import { modificationDataFiles } from '../../../../render/data-files';
import { getRegister } from '../../../../site/data';
import { originOf } from '../../../../site/origin';
import { fileResponse } from '../../../../site/respond';
import { routes } from '../../../../site/routes';

export async function getStaticPaths() {
  return routes.modificationDataFiles();
}

const file = modificationDataFiles.api;
export const GET: APIRoute = async ({ props, site }) => fileResponse(file.text(await getRegister(), (props as { id: string }).id, originOf(site)), file.type);
