/** `/working-groups/wg1/calendar.ics`: a working group's meetings, and its modifications' consultations and plans. */
import type { APIRoute } from 'astro';
import { icsCalendar, workingGroupCalendar } from '../../../render/calendar';
import { getRegister } from '../../../site/data';
import { originOf } from '../../../site/origin';
import { fileResponse } from '../../../site/respond';
import { routes } from '../../../site/routes';

export async function getStaticPaths() {
  return routes.workingGroups();
}

export const GET: APIRoute = async ({ props, site }) => {
  const register = await getRegister();
  return fileResponse(icsCalendar(workingGroupCalendar(register, (props as { id: string }).id), originOf(site), register.asOf), 'calendar');
};
