/** What the home page shows: the counts by phase, the latest events and the next planned dates. */
import { transitions } from '../../domain/phases';
import { statusOn } from '../../register/status';
import { latestEvents, upcoming } from '../../register/timeline';
import type { Register } from '../../register/types';
import { urls } from '../urls';
import { meetingTitle } from '../words';

export function homePage(register: Register) {
  return {
    status: statusOn(register, register.asOf),
    latest: latestEvents(register, 8).map(({ modification: m, event }) => ({
      date: event.date,
      id: m.id,
      href: urls.modification(m.id),
      shortTitle: m.shortTitle,
      label: transitions[event.kind].label,
      state: m.state,
    })),
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
