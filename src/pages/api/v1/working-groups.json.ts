/** `/api/v1/working-groups.json` (see `src/render/api/`). */
import type { APIRoute } from 'astro';
import { apiJson, workingGroupsDocument } from '../../../render/api/documents';
import { getRegister } from '../../../site/data';
import { fileResponse } from '../../../site/respond';

export const GET: APIRoute = async () => fileResponse(apiJson('working-groups', workingGroupsDocument(await getRegister())), 'json');
