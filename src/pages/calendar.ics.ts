/** `/calendar.ics`: every dated meeting, consultation window, planned step and release date (see `src/render/calendar.ts`). */
import type { APIRoute } from 'astro';
import { icsCalendar, siteCalendar } from '../render/calendar';
import { getRegister } from '../site/data';
import { originOf } from '../site/origin';
import { fileResponse } from '../site/respond';

export const GET: APIRoute = async ({ site }) => {
  const register = await getRegister();
  return fileResponse(icsCalendar(siteCalendar(register), originOf(site), register.asOf), 'calendar');
};
