/** `/api/v1/meetings.json` (see `src/render/api/`). */
import type { APIRoute } from 'astro';
import { apiJson, meetingsDocument } from '../../../render/api/documents';
import { getRegister } from '../../../site/data';
import { fileResponse } from '../../../site/respond';

export const GET: APIRoute = async () => fileResponse(apiJson('meetings', meetingsDocument(await getRegister())), 'json');
