/**
 * `/robots.txt`. A build for publishing lets every crawler in and names the sitemap; a local
 * preview (no public origin) asks every crawler to stay out, in case it is published by mistake.
 */
import type { APIRoute } from 'astro';
import { urls } from '../render/urls';
import { fileResponse } from '../site/respond';

export const GET: APIRoute = ({ site }) =>
  fileResponse(
    site
      ? `User-agent: *\nAllow: /\n\nSitemap: ${new URL(urls.sitemap(), site).href}\n`
      : '# A local preview of the SEC Register (built without REGISTER_SITE): not for search engines.\nUser-agent: *\nDisallow: /\n',
    'text',
  );
