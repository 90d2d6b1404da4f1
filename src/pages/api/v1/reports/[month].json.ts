/** `/api/v1/reports/2016-11.json`: a monthly report's counts and the modifications behind each. */
import type { APIRoute } from 'astro';
import { apiJson, reportDocument } from '../../../../render/api/documents';
import { getRegister } from '../../../../site/data';
import { fileResponse } from '../../../../site/respond';
import { routes } from '../../../../site/routes';

export async function getStaticPaths() {
  return routes.reports();
}

export const GET: APIRoute = async ({ props }) => fileResponse(apiJson('report', reportDocument(await getRegister(), (props as { month: string }).month)), 'json');
