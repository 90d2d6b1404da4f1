/** `/api/v1/reports.json` (see `src/render/api/`). */
import type { APIRoute } from 'astro';
import { apiJson, reportsDocument } from '../../../render/api/documents';
import { getRegister } from '../../../site/data';
import { fileResponse } from '../../../site/respond';

export const GET: APIRoute = async () => fileResponse(apiJson('reports', reportsDocument(await getRegister())), 'json');
