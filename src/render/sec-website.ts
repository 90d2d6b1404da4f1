/**
 * Each modification's page on the SEC website. The SEC Update prints the addresses of two
 * modifications' pages (SECMP0023 and SECMP0024), which follow one pattern; the register links
 * every other modification by the same pattern and says that it built the address, citing the
 * addresses the pattern comes from.
 */
import type { CitedSource, Modification, Register } from '../register/types';
import { memoize } from '../domain/memo';
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

/** The pattern's evidence: the printed page addresses, where they are printed, and whose they are. */
interface PatternEvidence {
  readonly sources: readonly CitedSource[];
  readonly from: readonly string[];
}

/**
 * Worked out once per register: every modification without a printed address cites the same
 * evidence, and working it out per page made the build quadratic in the number of modifications.
 */
const patternEvidence = memoize((register: Register): PatternEvidence | null => {
  const printed = new Set(printedSecWebsiteAddresses(register).filter((a) => PATTERN.test(new URL(a).pathname.replace(/\/$/, ''))));
  if (printed.size === 0) return null;
  const links = [...register.sources.flatMap((s) => s.links), ...register.modifications.flatMap((x) => x.links)];
  const sources = new Map<string, CitedSource>();
  for (const l of links) if (printed.has(l.url)) for (const c of l.sources) sources.set(c.label, c);
  const from = [...printed].map((a) => `SECMP${String(Number(PATTERN.exec(new URL(a).pathname.replace(/\/$/, ''))?.[1])).padStart(4, '0')}`);
  return { sources: [...sources.values()], from: [...new Set(from)].sort() };
});

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
  const evidence = patternEvidence(register);
  if (!evidence) return null;
  return { url: `https://${SEC_WEBSITE}${secWebsiteModificationPath(m.number)}`, how: 'built', sources: evidence.sources, from: evidence.from };
}

/**
 * The modifications a built address's pattern comes from, in words: all of them when there are
 * a few (the November 2016 paper prints two), else the first two and how many more, so that a
 * register with thousands of printed addresses does not repeat them all on every page.
 */
export function patternFromText(from: readonly string[]): string {
  if (from.length <= 3) return from.join(' and ');
  return `${from.length.toLocaleString('en-GB')} modifications, among them ${from.slice(0, 2).join(' and ')}`;
}
