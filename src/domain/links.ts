/**
 * Addresses content may hold, and old addresses this site may answer. Content is untrusted: a
 * link becomes an `href` readers click, and an old address of the SEC website becomes a file
 * of the build and a line of `_redirects`. So a link must be a plain `https:` address (or
 * `http:` or `mailto:`, where a source prints one), and an old address must be a clean path.
 */

/** The SEC website's host, whose addresses the sources print and this site answers. */
export const SEC_WEBSITE = 'www.smartenergycodecompany.co.uk';

/** The schemes a link may use; `http:` and `mailto:` only where a source prints the address. */
export const LINK_SCHEMES = ['https:', 'http:', 'mailto:'] as const;

/** Why text cannot be a link, or `null` when it can. */
export function linkProblem(text: string): string | null {
  // The URL parser silently drops tabs and newlines ("java\tscript:"), so look before it does.
  if (/[\s\u0000-\u001f\u007f]/.test(text)) return 'must not hold spaces, tabs, newlines or control characters';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'must be an absolute address, such as https://www.smartenergycodecompany.co.uk/…';
  }
  if (!(LINK_SCHEMES as readonly string[]).includes(url.protocol) || !text.toLowerCase().startsWith(url.protocol)) {
    return `uses "${url.protocol}", but a link must be https: (or http: or mailto:, where the source prints the address)`;
  }
  return null;
}

/**
 * Why the path of an old address cannot become an address of this site, or `null` when it can:
 * it must decode, hold no `..` segment, no encoded slash or backslash, no space, newline or
 * control character, and not be the site's root.
 */
export function redirectPathProblem(pathname: string): string | null {
  if (/%2f|%5c/i.test(pathname) || pathname.includes('\\')) return 'holds an encoded slash or a backslash';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return 'holds a percent-encoding that does not decode';
  }
  if (/[\s\u0000-\u001f\u007f]/.test(decoded)) return 'holds a space, newline or control character once decoded';
  if (decoded.split('/').some((segment) => segment === '..' || segment === '.')) return 'holds a "." or ".." segment once decoded';
  if (decoded.replace(/\/+$/, '') === '') return "is the site's root, which is this site's home page";
  return null;
}
