/**
 * The server the outside judges (Lighthouse, and the test of what the server sends) see the
 * built site through, as one replaceable function: `start(folder)` serves a built site and
 * gives back its origin and a way to stop it. Nothing else in the judges' tests knows which
 * server it is.
 *
 * MERGE POINT: today `serveForJudges` runs Debian's nginx with the provisional configuration in
 * `nginx.ts` (`minimalNginxConfig`). Once issue 15's generated nginx configuration (written
 * from the redirect list, with its `_headers`, caching and CSP) is on main, it should run nginx
 * with that configuration plus `PRECOMPRESSED_FILES` (and `BROTLI_STATIC_LOAD` at the top), so
 * that Lighthouse judges the compression, caching and headers readers will really get.
 */
import { minimalNginxConfig, startNginx } from './nginx';

/**
 * The public origin the judged build is made for, as a deployment configures it
 * (`REGISTER_SITE` today): canonical links are then absolute, as search engines need them.
 * It need not be the address the test serves on; no judge follows it.
 */
export const PUBLIC_ORIGIN = 'https://register.example.org';

/** A server running over a built site. */
export interface JudgedServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  readonly origin: string;
  stop(): Promise<void>;
}

/** Serves the built site in `folder` until `stop()` is called. */
export type StartServer = (folder: string) => Promise<JudgedServer>;

export const serveForJudges: StartServer = async (folder) => {
  const nginx = await startNginx(folder, minimalNginxConfig);
  return { origin: nginx.url, stop: () => nginx.close() };
};
