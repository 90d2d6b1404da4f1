/**
 * Builds the register from validated content: every derived fact (phases, citations' labels,
 * orders) is computed here, once, from the content. The content must have passed the linter
 * (`src/validate/lint.ts`); the build's content loader sees to that before any page is built.
 */
import { asOfDate } from '../domain/as-of';
import { sourceDate, type Day } from '../domain/dates';
import { modificationNumber } from '../domain/ids';
import { compareDotted } from '../domain/numbering';
import { carriedOutBy, meetingStatus, planStatus, statedOn } from '../domain/outcomes';
import { knownByDays, replay, type PhaseState } from '../domain/phases';
import { documentTypes } from '../domain/vocabulary';
import { mapCitations } from '../schemas/citations';
import type { Citation } from '../schemas/common';
import type { Entry, RawContent } from '../schemas/content';
import type { ModificationPlanData } from '../schemas/modification';
import { parseNarrative } from '../schemas/narrative';
import { knownOn } from './knowledge';
import type { CitedSource, Labelled, Meeting, Modification, ModificationEvent, ModificationPlan, Register, Source } from './types';

function index<T extends { id: string }>(items: readonly T[], what: string): (id: string) => T {
  const map = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const item = map.get(id);
    if (!item) throw new Error(`No ${what} "${id}"`);
    return item;
  };
}

/** Orders entries by a parsed date's latest day, then by id. */
function byDateThenId(a: { parsedDate: { latest: Day }; id: string }, b: { parsedDate: { latest: Day }; id: string }): number {
  if (a.parsedDate.latest !== b.parsedDate.latest) return a.parsedDate.latest < b.parsedDate.latest ? -1 : 1;
  return a.id < b.id ? -1 : 1;
}

export function buildRegister(content: RawContent): Register {
  const sourceDates = content.sources.map((s) => sourceDate(s.data.date));
  const asOf = asOfDate(sourceDates) as Day;
  const statedOnDay = new Map(content.sources.map((s, i) => [s.data.id, (sourceDates[i] as { latest: Day }).latest]));

  /**
   * A proposed allocation becomes an allocation when the Panel approves Refinement: an event the
   * modification's file records, first stated after the proposal. The proposal stays as the
   * source wrote it, so the register as it stood before the decision still reads "proposed".
   */
  const allocationNow = (group: Modification['workingGroup'], events: readonly ModificationEvent[]): Modification['workingGroup'] => {
    if (!group || group.allocation !== 'proposed') return group;
    const proposed = statedOn(group.sources, statedOnDay, 'last');
    const decided = events.some((e) => {
      const stated = statedOn(e.sources, statedOnDay, 'first');
      return e.kind === 'refinement-started' && proposed !== null && stated !== null && stated > proposed;
    });
    return decided ? { ...group, allocation: 'allocated' } : group;
  };

  /** A plan with its outcome: the event that carried it out, where one is on record (see `carriedOutBy`). */
  const plannedStep = (plan: Labelled<ModificationPlanData>, events: readonly ModificationEvent[]): ModificationPlan => {
    const date = plan.date ? sourceDate(plan.date) : null;
    const facts = events.map((event) => ({ kind: event.kind, meeting: event.meeting, date: event.date, firstStatedOn: statedOn(event.sources, statedOnDay, 'first'), event }));
    const doneBy = carriedOutBy({ kind: plan.kind, meeting: plan.meeting, date, statedOn: statedOn(plan.sources, statedOnDay, 'last') }, facts)?.event ?? null;
    return { ...plan, date, doneBy, status: planStatus({ date, done: doneBy !== null }, asOf) };
  };

  // Every citation is labelled once, here, with the words a reader sees: "SEC Update §4.3 (Table two)".
  const shortTitles = new Map(content.sources.map((s) => [s.data.id, s.data.shortTitle]));
  const labels = new Map<string, CitedSource>();
  const cite = (c: Citation): CitedSource => {
    const key = `${c.source}\0${c.section}\0${c.locator ?? ''}`;
    let cited = labels.get(key);
    if (!cited) {
      const label = `${shortTitles.get(c.source) ?? c.source} §${c.section}${c.locator ? ` (${c.locator})` : ''}`;
      labels.set(key, (cited = { ...c, label }));
    }
    return cited;
  };
  const labelled = <T>(entry: Entry<T>): Labelled<T> & { file: string } => ({ ...mapCitations(entry.data, cite), file: entry.file });

  const modifications = content.modifications
    .map((entry): Modification => {
      const data = labelled(entry);
      // The body was checked by the linter; here it is only read, to be rendered.
      const narrative = mapCitations(entry.body ? parseNarrative(entry.body.text, entry.body.line).narrative : (entry.narrative ?? []), cite);
      const events = data.events.map((e) => ({ ...e, date: sourceDate(e.date) }));
      const history = replay(events);
      return {
        ...data,
        workingGroup: allocationNow(data.workingGroup, events),
        number: modificationNumber(data.id),
        displayTitle: data.title ?? data.shortTitle,
        events,
        plans: data.plans.map((p) => plannedStep(p, events)),
        history,
        knownBy: knownByDays(events),
        // The linter allows no event after the as-of date, so every event is known by then and
        // the state on the as-of date is simply where the replay ends.
        state: history[history.length - 1]?.after as PhaseState,
        narrative,
      };
    })
    .sort((a, b) => a.number - b.number);

  const releases = content.releases.map(labelled).sort((a, b) => (a.date < b.date ? -1 : 1));
  const versions = content.versions
    .map(labelled)
    .sort((a, b) => (a.effective === b.effective ? compareDotted(b.id, a.id) : a.effective < b.effective ? 1 : -1));
  const workingGroups = content.workingGroups.map(labelled).sort((a, b) => compareDotted(a.id.slice(2), b.id.slice(2)));
  const documents = content.documents
    .map(labelled)
    .sort((a, b) => documentTypes.indexOf(a.type) - documentTypes.indexOf(b.type) || a.name.localeCompare(b.name, 'en-GB'));
  const sources = content.sources
    .map((entry, i): Source => ({ ...labelled(entry), parsedDate: sourceDates[i] as Source['parsedDate'] }))
    .sort(byDateThenId);
  // A meeting is recorded as held by its own `held` field or by an event of a modification at it.
  const eventsAt = new Set(modifications.flatMap((m) => m.events.flatMap((e) => (e.meeting ? [e.meeting] : []))));
  const meetings = content.meetings
    .map((entry): Meeting => {
      const parsedDate = sourceDate(entry.data.date);
      const recorded = entry.data.held !== undefined || eventsAt.has(entry.data.id);
      return { ...labelled(entry), parsedDate, status: meetingStatus({ date: parsedDate, notHeld: entry.data.notHeld !== undefined, recorded }, asOf) };
    })
    .sort(byDateThenId);

  // Views of past days are built on demand, once each: a report asks for its cut-off day.
  const views = new Map<Day, Register>();
  const register: Register = {
    asOf,
    modifications,
    releases,
    versions,
    workingGroups,
    documents,
    sources,
    meetings,
    texts: content.texts,
    modification: index(modifications, 'modification'),
    release: index(releases, 'release'),
    version: index(versions, 'version'),
    workingGroup: index(workingGroups, 'working group'),
    document: index(documents, 'document'),
    source: index(sources, 'source'),
    meeting: index(meetings, 'meeting'),
    knownOn: (day) => {
      if (day >= asOf) return register;
      let view = views.get(day);
      if (!view) views.set(day, (view = buildRegister(knownOn(content, day))));
      return view;
    },
  };
  return register;
}
