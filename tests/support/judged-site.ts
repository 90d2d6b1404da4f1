/**
 * The server the outside judges (Lighthouse) see the built site through.
 *
 * MERGE POINT: this one function is the only thing to change when issue 15's deployment
 * configuration lands. Today it runs nginx with the provisional configuration in `nginx.ts`
 * (`minimalNginxConfig`); at merge it should run nginx with the configuration that issue 15's
 * generator writes from the redirect list (with its `_headers`, caching and CSP), so that
 * Lighthouse judges the compression, caching and headers readers will really get.
 */
import { minimalNginxConfig, startNginx, type ServedSite } from './nginx';

/**
 * The public origin the judged build is made for, as a deployment configures it
 * (`REGISTER_SITE` today): canonical links are then absolute, as search engines need them.
 * It need not be the address the test serves on; no judge follows it.
 */
export const PUBLIC_ORIGIN = 'https://register.example.org';

export function serveForJudges(root: string): Promise<ServedSite> {
  return startNginx(root, minimalNginxConfig);
}
