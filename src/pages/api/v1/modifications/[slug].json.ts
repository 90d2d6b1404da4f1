/** `/api/v1/modifications/secmp0023.json`: one modification in full (see `src/render/api/`). */
import { modificationDataFiles } from '../../../../render/data-files';
import { modificationDataFileEndpoint, routes } from '../../../../site/routes';

export async function getStaticPaths() {
  return routes.modificationDataFiles();
}

export const GET = modificationDataFileEndpoint(modificationDataFiles.api);
