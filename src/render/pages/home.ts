/** What the home page shows: the counts by phase, the latest events and the next planned dates. */
import { news, type NewsItem } from '../../register/news';
import { statusOn } from '../../register/status';
import { upcoming } from '../../register/timeline';
import type { Register } from '../../register/types';
import { escapeHtml } from '../escape';
import { linkHtml } from '../html';
import { eventAddress, urls } from '../urls';
import { meetingTitle } from '../words';

/** How many items of news the home page shows. */
const LATEST = 10;

/** One item of news as the home page words it, as HTML after its date. */
function newsHtml(item: NewsItem): { html: string; inferred: { href: string; title: string } | null } {
  if (item.type === 'designation') {
    const v = item.version;
    return {
      html: `<strong>${linkHtml(urls.version(v.id), `SEC ${v.id}`)} took effect</strong>: ${escapeHtml(v.title)}.`,
      inferred: v.effectiveBasis ? { href: urls.version(v.id), title: `Date inferred by the register: ${v.effectiveBasis}` } : null,
    };
  }
  if (item.type === 'meeting') {
    return { html: `<strong>${linkHtml(urls.meeting(item.meeting.id), meetingTitle(item.meeting))} met</strong>.`, inferred: null };
  }
  const mods = item.entries.map(({ modification: m }) => `${linkHtml(urls.modification(m.id), m.id)} ${escapeHtml(m.shortTitle)}`).join('; ');
  const meeting = item.meeting ? ` (${linkHtml(urls.meeting(item.meeting.id), meetingTitle(item.meeting))})` : '';
  const first = item.entries.find((e) => e.event.inferred);
  return {
    html: `<strong>${escapeHtml(item.label)}</strong>${meeting}: ${mods}.`,
    inferred: first ? { href: eventAddress(first.modification.id, first.index), title: `Inferred by the register: ${first.event.inferred}` } : null,
  };
}

export function homePage(register: Register) {
  return {
    status: statusOn(register, register.asOf),
    latest: news(register)
      .slice(0, LATEST)
      .map((item) => ({ date: item.date, ...newsHtml(item) })),
    next: upcoming(register)
      .slice(0, 10)
      .map((item) => {
        if (item.type === 'meeting') {
          const agenda = item.meeting.agenda.map((a) => a.item).join(' ');
          return { date: item.date, href: urls.meeting(item.meeting.id), text: meetingTitle(item.meeting), after: agenda ? `: ${agenda}` : '' };
        }
        if (item.type === 'release') return { date: item.date, href: urls.release(item.release.id), text: item.release.name, after: '' };
        return { date: item.date, href: urls.modification(item.modification.id), text: item.modification.id, after: `: ${item.plan.detail}` };
      }),
    counts: {
      modifications: register.modifications.length,
      releases: register.releases.length,
      versions: register.versions.length,
      workingGroups: register.workingGroups.length,
      documents: register.documents.length,
      sources: register.sources.length,
    },
  };
}
