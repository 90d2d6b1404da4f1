/** `/modifications/secmp0023/feed.xml`: one modification's events as an Atom feed. */
import type { APIRoute } from 'astro';
import { modificationDataFiles } from '../../../render/data-files';
import { getRegister } from '../../../site/data';
import { originOf } from '../../../site/origin';
import { fileResponse } from '../../../site/respond';
import { routes } from '../../../site/routes';

export async function getStaticPaths() {
  return routes.modificationDataFiles();
}

const file = modificationDataFiles.feed;
export const GET: APIRoute = async ({ props, site }) => fileResponse(file.text(await getRegister(), (props as { id: string }).id, originOf(site)), file.type);
