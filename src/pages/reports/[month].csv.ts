/** `/reports/2016-11.csv`: a monthly report's counts and the modifications behind each, as CSV. */
import type { APIRoute } from 'astro';
import { reportCsv } from '../../render/csv';
import { getRegister } from '../../site/data';
import { originOf } from '../../site/origin';
import { fileResponse } from '../../site/respond';
import { routes } from '../../site/routes';

export async function getStaticPaths() {
  return routes.reports();
}

export const GET: APIRoute = async ({ props, site }) => fileResponse(reportCsv(await getRegister(), (props as { month: string }).month, originOf(site)), 'csv');
