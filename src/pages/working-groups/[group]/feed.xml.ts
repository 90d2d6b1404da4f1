/** `/working-groups/wg1/feed.xml`: a working group's modification events and meetings as an Atom feed. */
import type { APIRoute } from 'astro';
import { atomXml, workingGroupFeed } from '../../../render/feeds';
import { getRegister } from '../../../site/data';
import { originOf } from '../../../site/origin';
import { fileResponse } from '../../../site/respond';
import { routes } from '../../../site/routes';

export async function getStaticPaths() {
  return routes.workingGroups();
}

export const GET: APIRoute = async ({ props, site }) =>
  fileResponse(atomXml(workingGroupFeed(await getRegister(), (props as { id: string }).id), originOf(site)), 'atom');
