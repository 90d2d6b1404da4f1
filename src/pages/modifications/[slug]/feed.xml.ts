/** `/modifications/secmp0023/feed.xml`: one modification's events as an Atom feed. */
import { modificationDataFiles } from '../../../render/data-files';
import { modificationDataFileEndpoint, routes } from '../../../site/routes';

export async function getStaticPaths() {
  return routes.modificationDataFiles();
}

export const GET = modificationDataFileEndpoint(modificationDataFiles.feed);
