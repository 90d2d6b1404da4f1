/**
 * The register's Atom feed: every dated event of every modification, newest first. A feed
 * reader sees each event once, under the address of the modification's timeline entry.
 */
import { formatSourceDate } from '../domain/dates';
import { transitions } from '../domain/phases';
import { allEvents } from '../register/timeline';
import type { Register } from '../register/types';
import { escapeHtml } from './escape';
import { eventAddress } from './urls';

/** The feed as XML; `site` is the public origin, which Atom needs for absolute links. */
export function atomFeed(register: Register, site: string): string {
  const abs = (path: string) => new URL(path, site).href;
  const items = allEvents(register).map(({ modification: m, event, index }) => {
    const link = abs(eventAddress(m.id, index));
    return `  <entry>
    <id>${escapeHtml(link)}</id>
    <title>${escapeHtml(`${m.id}: ${transitions[event.kind].label} (${formatSourceDate(event.date)})`)}</title>
    <updated>${event.date.latest}T00:00:00Z</updated>
    <link href="${escapeHtml(link)}"/>
    <summary>${escapeHtml(`${m.shortTitle}. ${event.detail}`)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeHtml(abs('/'))}</id>
  <title>SEC Register: modification events</title>
  <subtitle>Every dated event of every SEC modification, as of ${formatSourceDate(register.asOf)}.</subtitle>
  <updated>${register.asOf}T00:00:00Z</updated>
  <link rel="self" href="${escapeHtml(abs('/feed.xml'))}"/>
  <link href="${escapeHtml(abs('/'))}"/>
  <author><name>SEC Register</name></author>
${items.join('\n')}
</feed>
`;
}
