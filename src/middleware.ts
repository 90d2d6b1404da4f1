/**
 * Hands every rendered page that opts into search (`data-pagefind-body`) to the build's
 * search indexer while the build goes on rendering (see `src/integrations/search-handoff.ts`). Outside
 * a build there is no indexer, and pages pass through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { searchIndexer } from './integrations/search-handoff';

/**
 * What Pagefind needs of a page: its language, its title and its `<main data-pagefind-body>`.
 * Handing over only that, rather than the whole page with its header and footer, spares a
 * third of the bytes every page costs to send to Pagefind and for Pagefind to parse.
 */
function searchableHtml(html: string): string | null {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < 0 || !html.slice(start, html.indexOf('>', start)).includes('data-pagefind-body')) return null;
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'en';
  const title = /<title>[^<]*<\/title>/.exec(html)?.[0] ?? '';
  return `<!doctype html><html lang="${lang}"><head>${title}</head><body>${html.slice(start, end + '</main>'.length)}</body></html>`;
}

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const indexer = searchIndexer();
  if (!indexer || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const html = await response.text();
  const indexed = searchableHtml(html);
  if (indexed) indexer.add(context.url.pathname, indexed);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
