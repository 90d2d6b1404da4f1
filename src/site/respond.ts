/**
 * The responses of the site's data files (feeds, calendars, CSV, the JSON API), with the media
 * type each is served with. Static hosts decide the type from the file's extension; the same
 * types are in the build's `_headers` and nginx configuration (`src/integrations/deploy/`).
 */
export const mediaTypes = {
  atom: 'application/atom+xml; charset=utf-8',
  calendar: 'text/calendar; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json',
  text: 'text/plain; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
} as const;

/** A data file's response. */
export function fileResponse(body: string, type: keyof typeof mediaTypes): Response {
  return new Response(body, { headers: { 'content-type': mediaTypes[type] } });
}

/** A JSON file's response: two-space indentation, so that a reader can read it too. */
export function jsonResponse(value: unknown): Response {
  return fileResponse(`${JSON.stringify(value, null, 2)}\n`, 'json');
}
