/** `/api/v1/releases.json` (see `src/render/api/`). */
import type { APIRoute } from 'astro';
import { apiJson, releasesDocument } from '../../../render/api/documents';
import { getRegister } from '../../../site/data';
import { fileResponse } from '../../../site/respond';

export const GET: APIRoute = async () => fileResponse(apiJson('releases', releasesDocument(await getRegister())), 'json');
