/** `/feed.xml`: the Atom feed of modification events (see `src/render/feed.ts`). */
import type { APIRoute } from 'astro';
import { getRegister } from '../site/data';
import { atomFeed } from '../render/feed';

// Atom requires absolute addresses; without a configured site they are relative to a local origin.
export const GET: APIRoute = async ({ site }) =>
  new Response(atomFeed(await getRegister(), site?.href ?? 'http://127.0.0.1:4321/'), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
