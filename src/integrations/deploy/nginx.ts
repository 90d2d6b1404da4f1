/**
 * The nginx configuration, generated from the same redirect list as `_redirects` and the same
 * header description as `_headers` (`headers.ts`).
 *
 * The build writes the server's rules to `_nginx.conf` at the top of the site: everything that
 * goes inside a `server { }` block except where it listens, its name and its root. A deployment
 * includes it in its own server block:
 *
 *     server {
 *       listen 443 ssl; server_name register.example.org; …
 *       root /srv/sec-register;
 *       include /srv/sec-register/_nginx.conf;
 *     }
 *
 * `nginxConfig` writes a whole configuration around it for a given root and port, runnable by
 * an unprivileged user with every file it writes in one folder: the tests serve the build
 * through it, and so can any tool that needs the site served as it will be (`gzipStatic` serves
 * precompressed files; `mainDirectives`, `httpDirectives` and `serverDirectives` take others).
 *
 * nginx drops every `add_header` a location inherits as soon as it sets one of its own, so
 * each location below states the whole set.
 */
import type { Redirect } from '../../render/redirects';
import { commonHeaders, DATA_TYPES, HASHED_PAGEFIND_FOLDERS, HOST_FILES, IMMUTABLE, SHORT } from './headers';

/**
 * Characters an address may not hold in the configuration. Every address is written inside
 * double quotes, so only a quote, a backslash, a `$` (nginx expands variables in a redirect's
 * target), whitespace or a control character could change what the line means.
 */
const UNSAFE = /["\\$\s\p{Cc}]/u;

function quoted(path: string, what: string): string {
  if (!path.startsWith('/') || UNSAFE.test(path)) throw new Error(`the ${what} ${JSON.stringify(path)} cannot be written into the nginx configuration; it is refused`);
  return `"${path}"`;
}

function addHeaders(headers: readonly [string, string][], indent: string): string {
  return headers.map(([name, value]) => `${indent}add_header ${name} "${value.replace(/"/g, '\\"')}" always;`).join('\n');
}

/** The media types nginx gives each extension; the default for anything else is octet-stream. */
const TYPES = `  types {
    text/html html;
    text/css css;
    application/javascript js mjs;
    application/json json;
    application/xml xml;
    text/calendar ics;
    text/csv csv;
    text/plain txt;
    image/svg+xml svg;
    image/png png;
    image/x-icon ico;
    application/wasm wasm;
  }
  default_type application/octet-stream;`;

/** What the rules file is written from. */
export interface NginxRules {
  readonly redirects: readonly Redirect[];
  readonly csp: string;
  readonly preview: boolean;
}

/** Turns a `_headers` pattern with `:placeholders` into a regular expression for a location. */
function patternRegex(pattern: string): string {
  return `^${pattern.replace(/[.]/g, '\\.').replace(/:[a-z]+/g, '[^/]+')}$`;
}

/** The server's rules: the contents of `_nginx.conf`. */
export function nginxRules({ redirects, csp, preview }: NginxRules): string {
  const common = commonHeaders(csp, preview);
  const headers = (cache: string, indent = '    ') => addHeaders([...common, ['Cache-Control', cache]], indent);
  const redirectLines = redirects.flatMap((r) => {
    const to = quoted(r.to, 'redirect target');
    const bare = r.from.replace(/\/$/, '');
    return [...new Set([r.from, bare])].filter((from) => from !== '').map((from) => `  location = ${quoted(from, 'redirecting address')} { return 301 ${to}; }`);
  });
  const dataLocations = DATA_TYPES.map(
    ({ patterns, type }) => `  location ~ "${patterns.map(patternRegex).join('|')}" {
    types { }
    default_type "${type.split(';')[0]}";
${headers(SHORT)}
  }`,
  );
  return `# The SEC Register's server rules, for inside an nginx server block. Written by the build from
# redirects.json (the list _redirects is written from) and the built pages; do not edit.
charset utf-8;
charset_types text/css text/plain text/xml text/csv text/calendar application/javascript application/json application/xml application/atom+xml image/svg+xml;
absolute_redirect off;
server_tokens off;
index index.html;
error_page 404 /404.html;
${TYPES}

# Files that tell hosts what to do are not part of the site.
${HOST_FILES.map((f) => `  location = /${f} { return 404; }`).join('\n')}

# Redirects: short modification numbers and the SEC website's addresses (${redirects.length}).
${redirectLines.join('\n')}

# Files named by a hash of their content never change.
  location ^~ /_astro/ {
    try_files $uri =404;
${headers(IMMUTABLE)}
  }
  location ^~ /pagefind/ {
    try_files $uri =404;
${headers(SHORT)}
    location ~ "^/pagefind/(${HASHED_PAGEFIND_FOLDERS.join('|')})/|_[0-9a-f]{7,}\\.pf_(meta|index|fragment)$" {
${headers(IMMUTABLE, '      ')}
    }
  }

# Feeds, calendars and CSV with their media types.
${dataLocations.join('\n')}

# Everything else: pages and data.
  location / {
    try_files $uri $uri/ =404;
${headers(SHORT)}
  }
`.replace(/^ {2}/gm, '');
}

/** Where and how to run nginx over a built site. */
export interface NginxServer {
  /** The built site (it holds `_nginx.conf`). */
  readonly root: string;
  readonly port: number;
  /** The address to listen on; loopback unless given. */
  readonly host?: string;
  /** A folder nginx may write to: its pid, logs and temporary files go there. */
  readonly prefix: string;
  /** The user its workers run as, where nginx is started by root. */
  readonly user?: string;
  /**
   * Serve a file's precompressed neighbour (`page.html.gz`) to a client that accepts gzip, when
   * the build wrote one (`gzip_static on;`). Brotli's equivalent needs nginx's brotli module:
   * load it with `mainDirectives` and switch it on with `serverDirectives`.
   */
  readonly gzipStatic?: boolean;
  /** Directives for the main context, before everything else, e.g. `load_module …;`. */
  readonly mainDirectives?: readonly string[];
  /** Directives for the `http` block. */
  readonly httpDirectives?: readonly string[];
  /** Directives for the `server` block, before the site's rules. */
  readonly serverDirectives?: readonly string[];
}

function safePath(path: string): string {
  if (/["\\$\p{Cc}]/u.test(path)) throw new Error(`the path ${JSON.stringify(path)} cannot be written into the nginx configuration`);
  return `"${path}"`;
}

/** A whole nginx configuration that serves the built site at `root` on `host:port`. */
export function nginxConfig({ root, port, host = '127.0.0.1', prefix, user, gzipStatic = false, mainDirectives = [], httpDirectives = [], serverDirectives = [] }: NginxServer): string {
  if (user !== undefined && !/^[a-z_][a-z0-9_-]*$/.test(user)) throw new Error(`${JSON.stringify(user)} is not a user name`);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${port} is not a port`);
  const inPrefix = (name: string) => safePath(`${prefix.replace(/\/$/, '')}/${name}`);
  return `# Serves the SEC Register built at ${root}. Generated; see src/integrations/deploy/nginx.ts.
${mainDirectives.map((d) => `${d}\n`).join('')}daemon off;
${user ? `user ${user};\n` : ''}worker_processes 1;
pid ${inPrefix('nginx.pid')};
error_log ${inPrefix('error.log')} warn;
events { worker_connections 256; }
http {
  access_log ${inPrefix('access.log')};
  client_body_temp_path ${inPrefix('client-body')};
  proxy_temp_path ${inPrefix('proxy')};
  fastcgi_temp_path ${inPrefix('fastcgi')};
  uwsgi_temp_path ${inPrefix('uwsgi')};
  scgi_temp_path ${inPrefix('scgi')};
  sendfile on;
${httpDirectives.map((d) => `  ${d}`).join('\n')}
  server {
    listen ${host.includes(':') ? `[${host}]` : host}:${port};
    server_name localhost;
    root ${safePath(root)};
${[...(gzipStatic ? ['gzip_static on;'] : []), ...serverDirectives].map((d) => `    ${d}`).join('\n')}
    include ${safePath(`${root.replace(/\/$/, '')}/_nginx.conf`)};
  }
}
`;
}
