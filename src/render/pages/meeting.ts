/**
 * What a meeting shows wherever it is listed (the meetings page, a working group's page, a
 * monthly report): when and how it met or why it did not, its agenda, and what each
 * modification's history records of it.
 */
import { meetingStatusLabels, planStatusLabels } from '../../domain/outcomes';
import { transitions } from '../../domain/phases';
import { outcomesAt } from '../../register/meetings';
import type { CitedSource, Meeting, Register } from '../../register/types';
import { contactAfterHtml, documentCellHtml, textWithModificationLinksHtml } from '../html';
import { urls } from '../urls';
import { meetingTitle } from '../words';

export interface MeetingView {
  readonly meeting: Meeting;
  readonly title: string;
  /** "Held", "Did not meet", "Planned" or "Outcome not yet recorded". */
  readonly status: string;
  readonly agenda: readonly {
    /** The item in the source's words, each modification it names linked. */
    readonly itemHtml: string;
    /** The documents the item concerns, as links; empty when none. */
    readonly documentsHtml: string;
    readonly sources: readonly CitedSource[];
  }[];
  readonly outcomes: readonly {
    readonly id: string;
    readonly href: string;
    readonly shortTitle: string;
    /** Each event's words, with the step it was where it moved the modification on. */
    readonly events: readonly { readonly detail: string; readonly step: string | null }[];
    /** Each plan's words, with its status in words: "Planned", "Done", "Outcome not yet recorded". */
    readonly plans: readonly { readonly detail: string; readonly status: string }[];
  }[];
  /** The contact details to show after the meeting's notes, where they tell the reader to contact SECAS; or `''`. */
  readonly contactHtml: string;
}

export function meetingView(register: Register, meeting: Meeting): MeetingView {
  return {
    meeting,
    title: meetingTitle(meeting),
    status: meetingStatusLabels[meeting.status],
    agenda: meeting.agenda.map((a) => ({
      itemHtml: textWithModificationLinksHtml(a.item),
      documentsHtml: a.documents.length > 0 ? documentCellHtml(register, a.documents) : '',
      sources: a.sources,
    })),
    outcomes: outcomesAt(register, meeting.id).map((o) => ({
      id: o.modification.id,
      href: urls.modification(o.modification.id),
      shortTitle: o.modification.shortTitle,
      events: o.events.map((e) => ({
        detail: e.detail,
        // A meeting or a progress note is what the list is about; any other event names its step.
        step: e.kind !== 'working-group-meeting' && e.kind !== 'progress-update' ? transitions[e.kind].label : null,
      })),
      plans: o.plans.map((p) => ({ detail: p.detail, status: planStatusLabels[p.status] })),
    })),
    contactHtml: meeting.notes.map((n) => contactAfterHtml(register, n.text)).find(Boolean) ?? '',
  };
}
