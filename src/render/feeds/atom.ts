/**
 * An Atom 1.0 document (RFC 4287), written as text. Every feed of the register goes through
 * this one writer, which holds the rules a reader relies on: the feed and each entry have an
 * `id` that is an absolute IRI and never changes (see `../stable-id.ts`), an `updated` instant,
 * a title, and a link to the page they are about; the feed has an author and a `self` link; no
 * two entries share an id.
 */
import { escapeHtml } from '../escape';
import { addressOn } from '../address';

/** One entry of a feed. */
export interface AtomEntry {
  /** An absolute IRI that never changes, e.g. `urn:uuid:…`. */
  readonly id: string;
  readonly title: string;
  /** When the entry last changed, as a day, `YYYY-MM-DD` (written as midnight UTC). */
  readonly updated: string;
  /** The root-relative address of what the entry is about. */
  readonly link: string;
  readonly summary: string;
}

/** A feed: what it is about, where it lives, and its entries, newest first. */
export interface AtomFeed {
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  /** When the feed last changed, as a day. */
  readonly updated: string;
  /** The feed's own root-relative address. */
  readonly self: string;
  /** The root-relative address of the page the feed follows. */
  readonly page: string;
  readonly entries: readonly AtomEntry[];
}

function instant(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`${JSON.stringify(day)} is not a day`);
  return `${day}T00:00:00Z`;
}

/**
 * The feed as XML. With a public origin every link is absolute; in a preview (`origin` is
 * `null`) links are root-relative, which Atom resolves against the feed's own address.
 */
export function atomXml(feed: AtomFeed, origin: string | null): string {
  const seen = new Set<string>([feed.id]);
  for (const entry of feed.entries) {
    if (seen.has(entry.id)) throw new Error(`the feed ${feed.self} would hold the id ${entry.id} twice`);
    seen.add(entry.id);
  }
  const link = (path: string) => escapeHtml(addressOn(origin, path));
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${escapeHtml(e.id)}</id>
    <title>${escapeHtml(e.title)}</title>
    <updated>${instant(e.updated)}</updated>
    <link rel="alternate" type="text/html" href="${link(e.link)}"/>
    <summary>${escapeHtml(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <id>${escapeHtml(feed.id)}</id>
  <title>${escapeHtml(feed.title)}</title>
  <subtitle>${escapeHtml(feed.subtitle)}</subtitle>
  <updated>${instant(feed.updated)}</updated>
  <link rel="self" type="application/atom+xml" href="${link(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${link(feed.page)}"/>
  <author><name>SEC Register</name></author>
${entries.join('\n')}${entries.length > 0 ? '\n' : ''}</feed>
`;
}
