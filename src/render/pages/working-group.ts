/** What a working group's page, the working groups index and the meetings page show. */
import { formatDay } from '../../domain/dates';
import { meetingsOf } from '../../register/meetings';
import { allocatedTo } from '../../register/relations';
import type { Register } from '../../register/types';
import { registerRowsHtml } from '../tables';
import { urls } from '../urls';
import { meetingView } from './meeting';

export function workingGroupPage(register: Register, id: string) {
  const group = register.workingGroup(id);
  const modifications = allocatedTo(register, group.id);
  return {
    group,
    path: urls.workingGroup(group.id),
    modificationCount: modifications.length,
    rows: registerRowsHtml(register, modifications),
    // Newest first.
    meetings: [...meetingsOf(register, group.id)].reverse().map((m) => meetingView(register, m)),
    citation: `SEC Register, ${group.name}, as of ${formatDay(register.asOf)}`,
  };
}

export function workingGroupsIndex(register: Register) {
  return register.workingGroups.map((w) => {
    const held = meetingsOf(register, w.id).filter((m) => m.status === 'held');
    return {
      group: w,
      href: urls.workingGroup(w.id),
      viewHref: urls.modificationsByWorkingGroup(w.id),
      count: allocatedTo(register, w.id).length,
      latest: held[held.length - 1]?.parsedDate ?? null,
    };
  });
}

export function meetingsPage(register: Register) {
  return {
    past: register.meetings.filter((m) => m.status !== 'planned').reverse().map((m) => meetingView(register, m)),
    planned: register.meetings.filter((m) => m.status === 'planned').map((m) => meetingView(register, m)),
  };
}
