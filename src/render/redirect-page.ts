/**
 * The page a redirecting address serves. It works without JavaScript: a canonical link, a
 * `<meta http-equiv="refresh">`, and a plain link for anyone whose browser does not follow it.
 */
import { escapeHtml } from './escape';
import type { Redirect } from './redirects';

/** The HTML of a redirect page; `site` makes the canonical link absolute when it is known. */
export function redirectPage(redirect: Redirect, site?: string): string {
  const to = escapeHtml(redirect.to);
  const canonical = escapeHtml(site ? new URL(redirect.to, site).href : redirect.to);
  const from = escapeHtml(redirect.from);
  const title = escapeHtml(redirect.title);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${from} leads to ${title} – SEC Register</title>
<meta name="description" content="The address ${from} leads to ${title} at ${to}.">
<link rel="canonical" href="${canonical}">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body>
<main>
<h1>This address leads to ${title}</h1>
<p><a href="${to}">Go to ${title} at ${to}</a>.</p>
</main>
</body>
</html>
`;
}

/** A `_redirects` file (Netlify and Cloudflare Pages format) for hosts that redirect at the server. */
export function redirectsFile(redirects: readonly Redirect[]): string {
  const lines = redirects.flatMap((r) => {
    // A space or line break would let an address write a rule of its own into the file.
    if (/\s/.test(r.from) || /\s/.test(r.to)) throw new Error(`the redirect ${JSON.stringify(r.from)} holds a space or line break; it is refused`);
    const bare = r.from.replace(/\/$/, '');
    return [`${r.from} ${r.to} 301`, `${bare} ${r.to} 301`];
  });
  return `${lines.join('\n')}\n`;
}
