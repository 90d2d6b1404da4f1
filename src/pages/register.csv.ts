/** `/register.csv`: the register table as CSV (see `src/render/csv.ts`). */
import type { APIRoute } from 'astro';
import { registerCsv } from '../render/csv';
import { getRegister } from '../site/data';
import { originOf } from '../site/origin';
import { fileResponse } from '../site/respond';

export const GET: APIRoute = async ({ site }) => fileResponse(registerCsv(await getRegister(), originOf(site)), 'csv');
