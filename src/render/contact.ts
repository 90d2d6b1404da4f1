/**
 * The code administrator's contact details, as the newest source that prints any gives them,
 * shown wherever the register tells a reader to contact SECAS (book a place, adopt a withdrawn
 * modification) and on the page about the register, each time with its citation. The HTML is
 * written by `contactHtml` in `html.ts`.
 */
import { memoize } from '../domain/memo';
import type { Register, Source } from '../register/types';

export type Contact = NonNullable<Source['contact']>;

/** The contact details of the newest source that prints any, or `null`. */
export const contactOf = memoize((register: Register): Contact | null => [...register.sources].reverse().find((s) => s.contact)?.contact ?? null);

/** Whether a text tells the reader to contact, notify or book through SECAS. */
export function asksToContactSecas(text: string): boolean {
  return /\b(SECAS Helpdesk|(?:notify|notifying|contact|contacting) SECAS)\b/.test(text);
}

