/**
 * The register's closed vocabularies, in one place: the phases and stages of the modification
 * process, the kinds of event a history may hold, the activities of the status report's
 * progression table, and the kinds of meeting, document and version change. Schemas validate
 * content against these lists, and pages word them with these labels, so a word the content
 * may use and the words a reader sees cannot drift apart.
 *
 * This module imports nothing: it is the bottom floor of the house.
 */

/** The phases the status report counts as "open", in its order: every phase before an outcome. */
export const openPhases = [
  'initial-modification-report',
  'refinement',
  'modification-report',
  'change-board',
  'awaiting-authority-decision',
  'pending-implementation',
] as const;
export type OpenPhase = (typeof openPhases)[number];

/** The phases a modification leaves the process in. */
export const closedPhases = ['implemented', 'rejected', 'withdrawn'] as const;
export type ClosedPhase = (typeof closedPhases)[number];

/** Every phase a modification can be in, in process order. */
export const phases = [...openPhases, ...closedPhases] as const;
export type Phase = (typeof phases)[number];

/** Whether a phase is one the status report counts as open. */
export function isOpenPhase(phase: Phase): phase is OpenPhase {
  return (openPhases as readonly Phase[]).includes(phase);
}

/** The two stages of Refinement the status report counts separately. */
export const refinementStages = ['working-group', 'dcc-impact-assessment'] as const;
export type RefinementStage = (typeof refinementStages)[number];

/** Each phase in the status report's words. */
export const phaseLabels: Record<Phase, string> = {
  'initial-modification-report': 'Initial Modification Report',
  refinement: 'Refinement',
  'modification-report': 'Modification Report',
  'change-board': 'Change Board',
  'awaiting-authority-decision': 'Awaiting Authority Decision',
  'pending-implementation': 'Pending Implementation',
  implemented: 'Implemented',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/** What happens in each phase, for the page that explains the process. */
export const phaseDescriptions: Record<Phase, string> = {
  'initial-modification-report':
    'Raised; the Initial Modification Report goes to the SEC Panel, which decides how the proposal proceeds.',
  refinement:
    'A Working Group develops the solution, with DCC Preliminary and Impact Assessments where DCC systems are affected.',
  'modification-report':
    'The Modification Report is drafted for the Panel and issued for industry consultation.',
  'change-board': 'The Final Modification Report goes to the SEC Change Board for its decision.',
  'awaiting-authority-decision': 'The Authority (Ofgem) decides whether the modification is made.',
  'pending-implementation': 'Approved, and waiting for the SEC Release that implements it.',
  implemented: 'The change is in the SEC.',
  rejected: 'The Change Board or the Authority rejected the modification.',
  withdrawn: 'The Proposer withdrew the modification and no SEC Party adopted it.',
};

/** Each stage of Refinement in the status report's words. */
export const stageLabels: Record<RefinementStage, string> = {
  'working-group': 'Working Group',
  'dcc-impact-assessment': 'DCC Impact Assessment',
};

/** Every kind of dated event a modification's history may hold. What each does is in `phases.ts`. */
export const eventKinds = [
  'raised',
  'initial-modification-report-presented',
  'refinement-started',
  'working-group-meeting',
  'working-group-consultation-opened',
  'working-group-consultation-closed',
  'preliminary-assessment-requested',
  'preliminary-assessment-delivered',
  'impact-assessment-requested',
  'impact-assessment-delivered',
  'progress-update',
  'put-on-hold',
  'taken-off-hold',
  'withdrawal-notified',
  'adoption-window-closed',
  'adopted',
  'draft-modification-report-presented',
  'modification-report-consultation-opened',
  'modification-report-consultation-closed',
  'final-modification-report-presented',
  'change-board-considered',
  'change-board-approved',
  'change-board-rejected',
  'change-board-voted-for-authority',
  'authority-approved',
  'authority-rejected',
  'implemented',
  'withdrawn',
] as const;
export type EventKind = (typeof eventKinds)[number];

/** The activities of the status report's progression table, in the order a row runs. */
export const progressionActivities = [
  'panel-approved-refinement',
  'working-group-refinement',
  'solution',
  'preliminary-assessment',
  'impact-assessment',
  'panel-approved-consultation',
  'consultation',
  'draft-modification-report',
  'change-board-decision',
] as const;
export type ProgressionActivity = (typeof progressionActivities)[number];

/** Each progression activity in the report's own words. */
export const progressionActivityLabels: Record<ProgressionActivity, string> = {
  'panel-approved-refinement': 'Panel approved Refinement',
  'working-group-refinement': 'Working Group refinement',
  solution: 'Solution',
  'preliminary-assessment': 'PA',
  'impact-assessment': 'IA',
  'panel-approved-consultation': 'Panel approved consultation',
  consultation: 'Consultation',
  'draft-modification-report': 'DMR',
  'change-board-decision': 'CB Decision',
};

/** The bodies that meet. */
export const meetingTypes = ['sec-panel', 'dcusa-panel', 'change-board', 'working-group', 'engagement-day'] as const;
export type MeetingType = (typeof meetingTypes)[number];

/** Each kind of meeting by name. */
export const meetingTypeLabels: Record<MeetingType, string> = {
  'sec-panel': 'SEC Panel',
  'dcusa-panel': 'DCUSA Panel',
  'change-board': 'SEC Change Board',
  'working-group': 'Working Group',
  'engagement-day': 'SEC Small Supplier Engagement Day',
};

/** The kinds of document and system the sources name, in the order the register lists them. */
export const documentTypes = ['code', 'sec-section', 'sec-appendix', 'sec-schedule', 'technical-document', 'system'] as const;
export type DocumentType = (typeof documentTypes)[number];

/** Each kind of document, as a heading over several. */
export const documentTypePluralLabels: Record<DocumentType, string> = {
  code: 'The code',
  'sec-section': 'SEC sections',
  'sec-appendix': 'SEC appendices',
  'sec-schedule': 'SEC schedules',
  'technical-document': 'Technical documents',
  system: 'Systems and parties',
};

/** Each kind of document, for one. */
export const documentTypeLabels: Record<DocumentType, string> = {
  code: 'The code',
  'sec-section': 'SEC section',
  'sec-appendix': 'SEC appendix',
  'sec-schedule': 'SEC schedule',
  'technical-document': 'Technical document',
  system: 'System or party',
};

/** The kinds of change a designation makes to the SEC. */
export const versionChangeKinds = ['brought-into-legal-effect', 'designated', 're-designated', 'incorporated'] as const;
export type VersionChangeKind = (typeof versionChangeKinds)[number];

/** Each kind of change in words. */
export const versionChangeLabels: Record<VersionChangeKind, string> = {
  'brought-into-legal-effect': 'Brought into legal effect',
  designated: 'Designated',
  're-designated': 'Re-designated',
  incorporated: 'Incorporated',
};
