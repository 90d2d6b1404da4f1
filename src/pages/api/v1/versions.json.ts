/** `/api/v1/versions.json` (see `src/render/api/`). */
import type { APIRoute } from 'astro';
import { apiJson, versionsDocument } from '../../../render/api/documents';
import { getRegister } from '../../../site/data';
import { fileResponse } from '../../../site/respond';

export const GET: APIRoute = async () => fileResponse(apiJson('versions', versionsDocument(await getRegister())), 'json');
