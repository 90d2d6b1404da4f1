/**
 * Each modification's page on the SEC website. The SEC Update prints the addresses of two
 * modifications' pages (SECMP0023 and SECMP0024), which follow one pattern; the register links
 * every other modification by the same pattern and says that it built the address, citing the
 * addresses the pattern comes from.
 */
import type { CitedSource, Modification, Register } from '../register/types';
import { printedSecWebsiteAddresses, SEC_WEBSITE, secWebsiteModificationPath } from './redirects';

const PATTERN = /^\/modifications\/modification\/SECMP-0*(\d+)$/i;

/** A modification's address on the SEC website, printed by a source or built from the pattern. */
export interface SecWebsiteAddress {
  readonly url: string;
  /** `printed` where a source prints this very address; `built` where it follows the pattern. */
  readonly how: 'printed' | 'built';
  /** Where the address is printed; for a built address, where the addresses of the pattern are. */
  readonly sources: readonly CitedSource[];
  /** For a built address, the modifications whose printed addresses give the pattern. */
  readonly from: readonly string[];
}

/** The SEC website's address of a modification's page, or `null` when no source shows the pattern. */
export function secWebsiteAddress(register: Register, m: Modification): SecWebsiteAddress | null {
  const own = m.links.find((l) => {
    try {
      const u = new URL(l.url);
      return u.hostname === SEC_WEBSITE && Number(PATTERN.exec(u.pathname.replace(/\/$/, ''))?.[1]) === m.number;
    } catch {
      return false;
    }
  });
  if (own) return { url: own.url, how: 'printed', sources: own.sources, from: [] };
  // The pattern, from every page address of this kind that a source or modification prints.
  const links = [...register.sources.flatMap((s) => s.links), ...register.modifications.flatMap((x) => x.links)];
  const printed = printedSecWebsiteAddresses(register).filter((a) => PATTERN.test(new URL(a).pathname.replace(/\/$/, '')));
  if (printed.length === 0) return null;
  const sources = new Map<string, CitedSource>();
  for (const l of links) if (printed.includes(l.url)) for (const c of l.sources) sources.set(c.label, c);
  const from = printed.map((a) => `SECMP${String(Number(PATTERN.exec(new URL(a).pathname.replace(/\/$/, ''))?.[1])).padStart(4, '0')}`);
  return { url: `https://${SEC_WEBSITE}${secWebsiteModificationPath(m.number)}`, how: 'built', sources: [...sources.values()], from: [...new Set(from)].sort() };
}
