/** `/modifications/secmp0023/calendar.ics`: one modification's planned dates. */
import { modificationDataFiles } from '../../../render/data-files';
import { modificationDataFileEndpoint, routes } from '../../../site/routes';

export async function getStaticPaths() {
  return routes.modificationDataFiles();
}

export const GET = modificationDataFileEndpoint(modificationDataFiles.calendar);
