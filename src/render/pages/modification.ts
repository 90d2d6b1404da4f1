/**
 * What a modification's page shows: its summary facts, narrative, history and plans as
 * timelines, planned progression, related modifications and addresses elsewhere.
 */
import { compareDates, formatDay, formatSourceDate } from '../../domain/dates';
import { modificationAliases, modificationSpellings } from '../../domain/ids';
import { planStatusLabels } from '../../domain/outcomes';
import { stateChanged, transitions } from '../../domain/phases';
import { phaseLabels, stageLabels } from '../../domain/vocabulary';
import { currentBasis, type StateBasis } from '../../register/inference';
import { systemsUnknown } from '../../register/impacts';
import { statementsAbout, type Statement } from '../../register/entities';
import { relatedTo } from '../../register/relations';
import type { CitedSource, Modification, ModificationPlan, Register, Release, WorkingGroup } from '../../register/types';
import type { NarrativeSectionKey } from '../../schemas/narrative';
import { progressionChart, type ProgressionChartView } from '../charts/progression-chart';
import { narrativeHtml } from '../narrative';
import { documentCellHtml, documentLinksHtml, groupOf, textWithModificationLinksHtml, timelineHtml, type TimelineItem } from '../html';
import { secWebsiteAddress, type SecWebsiteAddress } from '../sec-website';
import { stepsOf, type Step } from '../stepper';
import { entityTitle } from '../words';
import { entityAddress, eventAnchor, urls } from '../urls';

/** A modification's progression row, as its page shows it. */
export interface ProgressionView {
  readonly chart: ProgressionChartView;
  /** The title of the source whose table the row is in. */
  readonly sourceTitle: string | null;
  readonly cells: readonly string[];
  readonly labels: readonly string[];
  readonly matchedBy: string;
  readonly sources: readonly CitedSource[];
}

/**
 * What the sources say happens next, for the page's headline: the plans with the earliest date
 * after the as-of date, or, where no plan is dated, the first plan without a date. Plans dated
 * on or before the as-of date are not "next": they are past, whatever became of them.
 */
export interface NextStep {
  readonly plans: readonly ModificationPlan[];
  /** Whether the sources give the step a date. */
  readonly dated: boolean;
}

export function nextStep(register: Register, m: Modification): NextStep | null {
  // A plan carried out is history, not a next step.
  const open = m.plans.filter((p) => p.status !== 'done');
  const dated = open.filter((p) => p.date !== null && p.date.latest > register.asOf).sort((a, b) => compareDates(a.date!, b.date!));
  const first = dated[0];
  if (first) return { plans: dated.filter((p) => compareDates(p.date!, first.date!) === 0), dated: true };
  const undated = open.find((p) => p.date === null);
  return undated ? { plans: [undated], dated: false } : null;
}

export interface ModificationPage {
  readonly modification: Modification;
  readonly path: string;
  readonly title: string;
  readonly description: string;
  readonly workingGroup: WorkingGroup | null;
  readonly release: Release | null;
  /** The phase in words for search results and descriptions: "Refinement (DCC Impact Assessment)". */
  readonly phaseWords: string;
  readonly filters: Readonly<Record<string, readonly string[]>>;
  readonly keywords: readonly string[];
  readonly impactedDocumentsHtml: string;
  readonly impactedSystemsHtml: string;
  readonly mentionsHtml: string;
  /** The narrative's sections as HTML, `null` where the file has none. */
  readonly narrative: Readonly<Record<NarrativeSectionKey, string | null>>;
  readonly historyHtml: string;
  /** The plans as a timeline; empty when there are none. */
  readonly plansHtml: string;
  readonly progression: ProgressionView | null;
  readonly related: readonly { readonly id: string; readonly href: string; readonly shortTitle: string; readonly reason: string; readonly sources: readonly CitedSource[] }[];
  /** What other entries state about it (its release's status note and scope, agenda items, notes), by entry. */
  readonly statements: readonly { readonly href: string; readonly title: string; readonly role: string; readonly textHtml: string; readonly sources: readonly CitedSource[] }[];
  readonly aliases: readonly string[];
  readonly citation: string;
  /** What rests on inference in where the modification stands. */
  readonly basis: StateBasis;
  readonly next: NextStep | null;
  readonly steps: readonly Step[];
  /** The modification's page on the SEC website, printed or built from the printed pattern. */
  readonly secWebsite: SecWebsiteAddress | null;
  /** Where its release contents leave its systems unknown. */
  readonly systemsUnknown: 'to-be-confirmed' | 'not-stated' | null;
}

/** How a statement about a modification is introduced on its page. */
const statementRoles: Readonly<Record<Statement['role'], string>> = {
  'release-status': 'its status in the release contents',
  'release-scope': 'the release’s scope',
  agenda: 'on the agenda',
  held: 'the meeting’s record',
  'not-held': 'why the meeting did not take place',
  note: 'a note',
  change: 'a change it made',
  summary: 'its summary',
};

export function modificationPage(register: Register, id: string): ModificationPage {
  const m = register.modification(id);
  const release = m.targetRelease ? register.release(m.targetRelease.release) : null;
  const workingGroup = groupOf(register, m);
  const history: TimelineItem[] = m.history.map(({ event, before, after, index }) => ({
    id: eventAnchor(index),
    date: event.date,
    label: transitions[event.kind].label,
    ...(stateChanged(before, after) ? { newState: after } : {}),
    planned: false,
    detail: event.detail,
    meeting: event.meeting,
    documents: event.documents,
    inferred: event.inferred,
    sources: event.sources,
  }));
  // A plan carried out is in the history; the next steps are those still to come or unrecorded.
  const plans: TimelineItem[] = m.plans.filter((plan) => plan.status !== 'done').map((plan) => ({
    date: plan.date,
    label: transitions[plan.kind].label,
    planned: true,
    status: plan.status === 'unrecorded' ? planStatusLabels.unrecorded : undefined,
    detail: plan.detail,
    meeting: plan.meeting,
    documents: plan.documents,
    sources: plan.sources,
  }));
  const phaseWords = `${phaseLabels[m.state.phase]}${m.state.stage ? ` (${stageLabels[m.state.stage]})` : ''}`;
  const impacted = m.targetRelease ? [...m.targetRelease.impactedDocuments, ...(Array.isArray(m.targetRelease.impactedSystems) ? m.targetRelease.impactedSystems : [])] : [];
  const p = m.progression;
  return {
    modification: m,
    path: urls.modification(m.id),
    title: `${m.id}: ${m.shortTitle}`,
    description: `${m.id} ${m.displayTitle}: ${phaseWords} as of ${formatDay(register.asOf)}${workingGroup ? `, ${workingGroup.name}` : ''}${
      release ? `, targeted for the ${release.name}` : ''
    }.`,
    workingGroup,
    release,
    phaseWords,
    filters: {
      phase: [phaseLabels[m.state.phase]],
      ...(workingGroup ? { group: [workingGroup.abbreviation] } : {}),
      ...(release ? { release: [release.name] } : {}),
      // A modification whose systems are "TBC" or blank is found under that, not missed.
      ...(impacted.length || systemsUnknown(m)
        ? { document: [...impacted.map((d) => register.document(d).name), ...(systemsUnknown(m) === 'to-be-confirmed' ? ['Systems to be confirmed'] : systemsUnknown(m) === 'not-stated' ? ['Systems not stated'] : [])] }
        : {}),
    },
    keywords: modificationSpellings(m.id),
    impactedDocumentsHtml: documentCellHtml(register, m.targetRelease ? m.targetRelease.impactedDocuments : null),
    impactedSystemsHtml: documentCellHtml(register, m.targetRelease ? m.targetRelease.impactedSystems : null),
    mentionsHtml: documentLinksHtml(register, m.mentions),
    narrative: narrativeHtml(m),
    historyHtml: timelineHtml(register, history),
    plansHtml: plans.length > 0 ? timelineHtml(register, plans) : '',
    progression: p
      ? {
          chart: progressionChart(register, [m], 'progression-chart', `${m.id}: progression by month`),
          sourceTitle: p.sources[0] ? register.source(p.sources[0].source).title : null,
          cells: p.cells,
          labels: p.labels,
          matchedBy: p.matchedBy,
          sources: p.sources,
        }
      : null,
    related: relatedTo(register, m).map((r) => ({
      id: r.modification.id,
      href: urls.modification(r.modification.id),
      shortTitle: r.modification.shortTitle,
      reason: r.reason,
      sources: r.sources,
    })),
    statements: statementsAbout(register, m.id).map((s) => ({
      href: entityAddress(s.entity),
      // A meeting is named by its date too: "Working Group 4, 5 September 2016".
      title: s.entity.type === 'meeting' ? `${entityTitle(s.entity)}, ${formatSourceDate(s.entity.item.parsedDate)}` : entityTitle(s.entity),
      role: statementRoles[s.role],
      textHtml: textWithModificationLinksHtml(s.text),
      sources: s.sources,
    })),
    aliases: modificationAliases(m.id).map((a) => `/${a}/`),
    citation: `SEC Register, ${m.id} “${m.displayTitle}”, as of ${formatDay(register.asOf)}`,
    basis: currentBasis(m),
    next: nextStep(register, m),
    steps: stepsOf(m),
    secWebsite: secWebsiteAddress(register, m),
    systemsUnknown: systemsUnknown(m),
  };
}
