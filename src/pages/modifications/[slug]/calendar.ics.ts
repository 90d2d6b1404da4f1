/** `/modifications/secmp0023/calendar.ics`: one modification's planned dates. */
import type { APIRoute } from 'astro';
import { icsCalendar, modificationCalendar } from '../../../render/calendar';
import { getRegister } from '../../../site/data';
import { originOf } from '../../../site/origin';
import { fileResponse } from '../../../site/respond';
import { routes } from '../../../site/routes';

export async function getStaticPaths() {
  return routes.modifications();
}

export const GET: APIRoute = async ({ props, site }) => {
  const register = await getRegister();
  return fileResponse(icsCalendar(modificationCalendar(register, (props as { id: string }).id), originOf(site), register.asOf), 'calendar');
};
