/** `/feed.xml`: the Atom feed of every modification event (see `src/render/feeds/`). */
import type { APIRoute } from 'astro';
import { atomXml, siteFeed } from '../render/feeds';
import { getRegister } from '../site/data';
import { originOf } from '../site/origin';
import { fileResponse } from '../site/respond';

export const GET: APIRoute = async ({ site }) => fileResponse(atomXml(siteFeed(await getRegister()), originOf(site)), 'atom');
