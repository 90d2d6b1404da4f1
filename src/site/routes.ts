/**
 * Every dynamic route's paths, in one module, so page files only say
 * `export async function getStaticPaths() { return routes.x(); }`. (Written as an arrow
 * function constant, getStaticPaths left Astro.props undefined in Astro 5.18.) Addresses
 * come from `src/render/urls.ts`.
 */
import { modificationSlug } from '../domain/ids';
import { phases } from '../domain/vocabulary';
import { dataFilesWrittenByBuild } from '../integrations/data-files';
import { reportMonths } from '../register/reports';
import { apiSchemaNames } from '../render/api/json-schema';
import type { APIRoute } from 'astro';
import type { ModificationDataFile } from '../render/data-files';
import { getRegister } from './data';
import { originOf } from './origin';
import { fileResponse } from './respond';

/** One page per entry of a list, its id as the route parameter `param` and as the page's `id` prop. */
function perEntry<P extends string>(entries: readonly { id: string }[], param: P) {
  return entries.map((e) => ({ params: { [param]: e.id } as Record<P, string>, props: { id: e.id } }));
}

export const routes = {
  /** `/modifications/secmp0023/` */
  async modifications() {
    const register = await getRegister();
    return register.modifications.map((m) => ({ params: { slug: modificationSlug(m.id) }, props: { id: m.id } }));
  },
  /**
   * `/modifications/secmp0023/feed.xml`, `…/calendar.ics` and `/api/v1/modifications/secmp0023.json`:
   * none when the build writes them itself, beside Astro (`src/integrations/data-files.ts`).
   */
  async modificationDataFiles() {
    return dataFilesWrittenByBuild() ? [] : routes.modifications();
  },
  /** `/modifications/phase/refinement/`: every phase, including those with no modifications today. */
  async phaseViews() {
    return phases.map((phase) => ({ params: { phase }, props: { phase } }));
  },
  /** `/modifications/working-group/wg1/` */
  async workingGroupViews() {
    return perEntry((await getRegister()).workingGroups, 'group');
  },
  /** `/modifications/release/2018-02/` */
  async releaseViews() {
    return perEntry((await getRegister()).releases, 'release');
  },
  /** `/modifications/document/gbcs/` */
  async documentViews() {
    return perEntry((await getRegister()).documents, 'document');
  },
  /** `/releases/2018-02/` */
  async releases() {
    return perEntry((await getRegister()).releases, 'release');
  },
  /** `/versions/5.0/` */
  async versions() {
    return perEntry((await getRegister()).versions, 'version');
  },
  /** `/working-groups/wg1/` */
  async workingGroups() {
    return perEntry((await getRegister()).workingGroups, 'group');
  },
  /** `/documents/gbcs/` */
  async documents() {
    return perEntry((await getRegister()).documents, 'document');
  },
  /** `/sources/sec-update-2016-11-09/` */
  async sources() {
    return perEntry((await getRegister()).sources, 'source');
  },
  /** `/reports/2016-11/`: every month from the month of the first dated fact to the as-of month. */
  async reports() {
    const register = await getRegister();
    return reportMonths(register).map((month) => ({ params: { month }, props: { month } }));
  },
  /** `/api/v1/schema/register.schema.json`: every file of the JSON API has a schema. */
  apiSchemas() {
    return apiSchemaNames.map((name) => ({ params: { name }, props: { name } }));
  },
};

/**
 * The response of one of a modification's data files (`src/render/data-files.ts`), for its
 * endpoint: the three endpoints differ only in which file they make.
 */
export function modificationDataFileEndpoint(file: ModificationDataFile): APIRoute {
  return async ({ props, site }) => fileResponse(file.text(await getRegister(), (props as { id: string }).id, originOf(site)), file.type);
}
