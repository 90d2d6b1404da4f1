/**
 * Modification numbers in every spelling people use for them.
 *
 * The SEC writes SECMP0023; its own website addresses it as SECMP-23; panel papers and people
 * say MP23, MP023, "mod 23" or just 23. The register's canonical form is the SEC's.
 */

/** The number of a modification id: 23 for SECMP0023. */
export function modificationNumber(id: string): number {
  const m = /^SECMP(\d{4})$/.exec(id);
  if (!m) throw new Error(`"${id}" is not a modification id`);
  return Number(m[1]);
}

/** The canonical id of a modification number: SECMP0023 for 23. */
export function modificationId(number: number): string {
  return `SECMP${String(number).padStart(4, '0')}`;
}

/** The lowercase form used in addresses: `secmp0023`. */
export function modificationSlug(id: string): string {
  return id.toLowerCase();
}

/**
 * The short spellings that get their own redirecting address (`/mp23/`, `/mp023/`,
 * `/secmp23/`), without duplicates: SECMP0100 has no separate three-digit form.
 */
export function modificationAliases(id: string): string[] {
  const n = modificationNumber(id);
  const aliases = [`mp${n}`, `mp${String(n).padStart(3, '0')}`, `secmp${n}`, `secmp${String(n).padStart(3, '0')}`];
  return [...new Set(aliases)].filter((a) => a !== modificationSlug(id));
}

/** Every spelling a search for the modification should match, for the search index. */
export function modificationSpellings(id: string): string[] {
  const n = modificationNumber(id);
  const padded3 = String(n).padStart(3, '0');
  const padded4 = String(n).padStart(4, '0');
  return [...new Set([id, `SECMP${n}`, `SECMP${padded3}`, `SECMP-${n}`, `MP${n}`, `MP${padded3}`, `MP${padded4}`, padded4, padded3, String(n)])];
}

/**
 * Reads a modification number out of what someone typed: "SECMP0023", "secmp23", "MP023",
 * "mp 23", "mod 23", "modification 23", "0023" or "23". Returns the number, or `null` when the
 * text is not a modification number alone.
 */
export function parseModificationNumber(text: string): number | null {
  const m = /^\s*(?:(?:sec[\s-]?)?mp|mod(?:ification)?(?:\s+proposal)?)?[\s#-]*0*(\d{1,4})\s*$/i.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  return n > 0 ? n : null;
}

/** The modification ids a text names, such as an agenda item's "the FMRs for SECMP0020 and SECMP0022", in order, once each. */
export function modificationIdsIn(text: string): string[] {
  return [...new Set(text.match(/\bSECMP\d{4}\b/g) ?? [])];
}
