/** `/api/v1/register.json` (see `src/render/api/`). */
import type { APIRoute } from 'astro';
import { apiJson, registerDocument } from '../../../render/api/documents';
import { getRegister } from '../../../site/data';
import { fileResponse } from '../../../site/respond';

export const GET: APIRoute = async () => fileResponse(apiJson('register', registerDocument(await getRegister())), 'json');
