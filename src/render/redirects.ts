/**
 * Addresses that lead to a page without being its canonical address: short forms of
 * modification numbers (`/mp23/`), and the SEC website's own addresses that panel papers
 * already link to, for every page here that has a counterpart there.
 */
import { modificationAliases, modificationId } from '../domain/ids';
import { SEC_WEBSITE } from '../domain/links';
import { memoize } from '../domain/memo';
import type { Register } from '../register/types';
import { urls } from './urls';

export interface Redirect {
  /** The address that redirects, directory style, as written (case kept). */
  readonly from: string;
  /** The canonical address it leads to. */
  readonly to: string;
  /** What the target is, for the redirect page's title and link text. */
  readonly title: string;
}

export { SEC_WEBSITE } from '../domain/links';

/** The SEC website's address of a modification's page: `/modifications/modification/SECMP-23`. */
export function secWebsiteModificationPath(number: number): string {
  return `/modifications/modification/SECMP-${number}`;
}

/** The path of every address a version links to (its direction letters, its news item), to the version. */
const versionLinks = memoize(
  (register: Register): ReadonlyMap<string, string> =>
    new Map(register.versions.flatMap((v) => v.links.map((l) => [new URL(l.url).pathname.replace(/\/$/, ''), v.id] as const))),
);

/**
 * Where an address on the SEC website leads on this site, or `null` where this site has no
 * counterpart. Direction letters and news items lead to the version they designate.
 */
export function legacyTarget(register: Register, address: string): { to: string; title: string } | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.hostname !== SEC_WEBSITE) return null;
  const path = url.pathname.replace(/\/$/, '');
  const modification = /^\/modifications\/modification\/SECMP-0*(\d+)$/i.exec(path);
  if (modification) {
    const id = modificationId(Number(modification[1]));
    return register.modifications.some((m) => m.id === id) ? { to: urls.modification(id), title: id } : null;
  }
  if (path === '/modifications/modifications-register-information/modifications-register') {
    return { to: urls.modifications(), title: 'the modifications register' };
  }
  if (path === '/sec/sec-and-guidance-documents') return { to: urls.documents(), title: 'the SEC documents' };
  const version = versionLinks(register).get(path);
  if (version) return { to: urls.version(version), title: `SEC ${version}` };
  return null;
}

/** Every address the sources print on the SEC website, whether or not it maps here. */
export function printedSecWebsiteAddresses(register: Register): string[] {
  const all = [
    ...register.sources.flatMap((s) => s.links),
    ...register.versions.flatMap((v) => v.links),
    ...register.modifications.flatMap((m) => m.links),
  ].map((l) => l.url);
  return [...new Set(all.filter((u) => u.startsWith(`https://${SEC_WEBSITE}/`)))].sort();
}

function directory(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/** Every redirect the site answers. */
export function redirectsOf(register: Register): Redirect[] {
  const redirects: Redirect[] = [];
  const seen = new Set<string>();
  const add = (from: string, to: string, title: string) => {
    const key = directory(from);
    if (seen.has(key) || key === to) return;
    seen.add(key);
    redirects.push({ from: key, to, title });
  };
  for (const m of register.modifications) {
    const to = urls.modification(m.id);
    for (const alias of modificationAliases(m.id)) add(`/${alias}/`, to, m.id);
    // The SEC website addresses every modification the same way; papers link to it.
    const sec = secWebsiteModificationPath(m.number);
    add(sec, to, m.id);
    add(sec.toLowerCase(), to, m.id);
  }
  for (const address of printedSecWebsiteAddresses(register)) {
    const target = legacyTarget(register, address);
    if (target) add(decodeURIComponent(new URL(address).pathname), target.to, target.title);
  }
  return redirects;
}
