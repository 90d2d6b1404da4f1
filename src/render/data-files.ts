/**
 * Each modification's three data files: its JSON API file, its Atom feed and its calendar. One
 * table says, for each, its address, its media type and how its text is made, so that the site's
 * endpoints (which `astro dev` serves) and the build's own writer (`src/integrations/data-files.ts`,
 * which writes them beside Astro's rendering at build time) cannot make different files.
 */
import type { Register } from '../register/types';
import { apiJson, modificationDocument } from './api/documents';
import { icsCalendar, modificationCalendar } from './calendar';
import { atomXml, modificationFeed } from './feeds';
import { urls } from './urls';

/** One kind of per-modification data file. */
export interface ModificationDataFile {
  /** The file's address on the site, from the modification's id (`/modifications/secmp0023/feed.xml`). */
  readonly address: (id: string) => string;
  /** Its media type, by the name `src/site/respond.ts` gives it. */
  readonly type: 'json' | 'atom' | 'calendar';
  /** Its text, for a modification of the register; `origin` is the public origin, or `null` in a local preview. */
  readonly text: (register: Register, id: string, origin: string | null) => string;
}

/** The data files every modification has, by kind. */
export const modificationDataFiles: Readonly<Record<'api' | 'feed' | 'calendar', ModificationDataFile>> = {
  api: {
    address: urls.apiModification,
    type: 'json',
    text: (register, id) => apiJson('modification', modificationDocument(register, id)),
  },
  feed: {
    address: urls.modificationFeed,
    type: 'atom',
    text: (register, id, origin) => atomXml(modificationFeed(register, id), origin),
  },
  calendar: {
    address: urls.modificationCalendar,
    type: 'calendar',
    text: (register, id, origin) => icsCalendar(modificationCalendar(register, id), origin, register.asOf),
  },
};
