/**
 * The register's Atom feed: every dated event of every modification, newest first. A feed
 * reader sees each event once, under the address of the modification's timeline entry.
 */
import { formatSourceDate } from '../domain/dates';
import { transitions } from '../domain/phases';
import { compareDates } from '../register/queries';
import type { Register } from '../register/build';
import { urls } from './urls';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The feed as XML; `site` is the public origin, which Atom needs for absolute links. */
export function atomFeed(register: Register, site: string): string {
  const entries = register.modifications
    .flatMap((m) => m.events.map((event, i) => ({ m, event, anchor: `event-${i + 1}` })))
    .sort((a, b) => compareDates(b.event.date, a.event.date) || a.m.number - b.m.number);
  const abs = (path: string) => new URL(path, site).href;
  const items = entries.map(({ m, event, anchor }) => {
    const link = abs(`${urls.modification(m.id)}#${anchor}`);
    return `  <entry>
    <id>${escapeXml(link)}</id>
    <title>${escapeXml(`${m.id}: ${transitions[event.kind].label} (${formatSourceDate(event.date)})`)}</title>
    <updated>${event.date.latest}T00:00:00Z</updated>
    <link href="${escapeXml(link)}"/>
    <summary>${escapeXml(`${m.shortTitle}. ${event.detail}`)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(abs('/'))}</id>
  <title>SEC Register: modification events</title>
  <subtitle>Every dated event of every SEC modification, as of ${formatSourceDate(register.asOf)}.</subtitle>
  <updated>${register.asOf}T00:00:00Z</updated>
  <link rel="self" href="${escapeXml(abs('/feed.xml'))}"/>
  <link href="${escapeXml(abs('/'))}"/>
  <author><name>SEC Register</name></author>
${items.join('\n')}
</feed>
`;
}
