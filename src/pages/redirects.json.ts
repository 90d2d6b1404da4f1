/**
 * `/redirects.json`: every address that redirects, and where to. The build writes a redirect
 * page for each (see `src/integrations/register.ts`) and a `_redirects` file for hosts that
 * redirect at the server; the list is public so anyone can check an old link.
 */
import type { APIRoute } from 'astro';
import { getRegister } from '../site/data';
import { redirectsOf } from '../render/redirects';

export const GET: APIRoute = async () => {
  const register = await getRegister();
  return new Response(JSON.stringify(redirectsOf(register), null, 1), { headers: { 'content-type': 'application/json' } });
};
