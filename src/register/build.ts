/**
 * The register: validated content resolved into domain objects, with every derived fact
 * (phases, allocations, release contents, citations) computed here, once, from the content.
 * Pages only ever read a `Register`.
 */
import type { Entry, RawContent } from '../validate/problems';
import { sourceDate, type Day, type SourceDate } from '../domain/dates';
import { asOfDate, checkIntegrity } from '../validate/integrity';
import { formatProblem } from '../validate/problems';
import { modificationNumber } from '../domain/ids';
import { phaseOn, replay, type PhaseState, type ReplayStep } from '../domain/phases';
import type { DocumentData } from '../schemas/document';
import type { MeetingData } from '../schemas/meeting';
import type { ModificationData, ModificationEventData, ModificationPlanData } from '../schemas/modification';
import type { ReleaseData } from '../schemas/release';
import type { SourceData } from '../schemas/source';
import type { VersionData } from '../schemas/version';
import type { WorkingGroupData } from '../schemas/working-group';

/** A dated event of a modification, with its date parsed. */
export type ModificationEvent = Omit<ModificationEventData, 'date'> & { readonly date: SourceDate };

/** A planned step of a modification, with its date parsed (or `null` where none is given). */
export type ModificationPlan = Omit<ModificationPlanData, 'date'> & { readonly date: SourceDate | null };

export type Modification = Omit<ModificationData, 'events' | 'plans'> & {
  readonly file: string;
  /** 23 for SECMP0023. */
  readonly number: number;
  /** The name to show: the full title where known, else the status report's short title. */
  readonly displayTitle: string;
  readonly events: readonly ModificationEvent[];
  readonly plans: readonly ModificationPlan[];
  /** The history replayed through the phase model: the state after each event. */
  readonly history: readonly ReplayStep<ModificationEvent>[];
  /** Where the modification stood on the register's as-of date. */
  readonly state: PhaseState;
};

export type Release = ReleaseData & { readonly file: string };
export type Version = VersionData & { readonly file: string };
export type WorkingGroup = WorkingGroupData & { readonly file: string };
export type Document = DocumentData & { readonly file: string };
export type Source = SourceData & { readonly file: string; readonly parsedDate: SourceDate };
export type Meeting = MeetingData & {
  readonly file: string;
  readonly parsedDate: SourceDate;
  /** Whether the meeting may lie after the as-of date (its latest possible day is later): a plan, not a fact. */
  readonly planned: boolean;
};

export interface Register {
  /** The date of the newest source: every fact is as of this day. Never the build date. */
  readonly asOf: Day;
  /** In number order. */
  readonly modifications: readonly Modification[];
  /** In date order. */
  readonly releases: readonly Release[];
  /** Newest first, as a changelog reads. */
  readonly versions: readonly Version[];
  readonly workingGroups: readonly WorkingGroup[];
  /** SEC parts first, then technical documents, then systems; by name within each. */
  readonly documents: readonly Document[];
  readonly sources: readonly Source[];
  /** In date order. */
  readonly meetings: readonly Meeting[];
  /** The text files of the sources, by file name. */
  readonly texts: ReadonlyMap<string, string>;
  readonly modification: (id: string) => Modification;
  readonly release: (id: string) => Release;
  readonly version: (id: string) => Version;
  readonly workingGroup: (id: string) => WorkingGroup;
  readonly document: (id: string) => Document;
  readonly source: (id: string) => Source;
  readonly meeting: (id: string) => Meeting;
}

function index<T extends { id: string }>(items: readonly T[], what: string): (id: string) => T {
  const map = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const item = map.get(id);
    if (!item) throw new Error(`No ${what} "${id}"`);
    return item;
  };
}

function withFile<T>(entry: Entry<T>): T & { file: string } {
  return { ...entry.data, file: entry.file };
}

const documentOrder: Record<DocumentData['type'], number> = {
  code: 0,
  'sec-section': 1,
  'sec-appendix': 2,
  'sec-schedule': 3,
  'technical-document': 4,
  system: 5,
};

/** Thrown when content fails its integrity checks; carries every problem. */
export class ContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The register's content has ${problems.length} problem(s):\n${problems.join('\n')}`);
    this.name = 'ContentError';
  }
}

/**
 * Builds the register from validated content. Runs the integrity checks first and throws a
 * `ContentError` listing every problem if any fail, so no page is ever built from bad content.
 * A caller whose content has just passed those very checks (the build, whose content loader
 * runs the linter) may say so with `checked`, to spare repeating them.
 */
export function buildRegister(content: RawContent, options: { checked?: boolean } = {}): Register {
  const problems = options.checked ? [] : checkIntegrity(content);
  if (problems.length > 0) throw new ContentError(problems.map(formatProblem));
  const asOf = asOfDate(content) as Day;

  const modifications = content.modifications
    .map((entry): Modification => {
      const data = entry.data;
      const events = data.events.map((e) => ({ ...e, date: sourceDate(e.date) }));
      const history = replay(events);
      return {
        ...data,
        file: entry.file,
        number: modificationNumber(data.id),
        displayTitle: data.title ?? data.shortTitle,
        events,
        plans: data.plans.map((p) => ({ ...p, date: p.date ? sourceDate(p.date) : null })),
        history,
        state: phaseOn({ events }, asOf) as PhaseState,
      };
    })
    .sort((a, b) => a.number - b.number);

  const releases = content.releases.map(withFile).sort((a, b) => (a.date < b.date ? -1 : 1));
  const versions = content.versions
    .map(withFile)
    .sort((a, b) => (a.effective === b.effective ? compareVersions(b.id, a.id) : a.effective < b.effective ? 1 : -1));
  const workingGroups = content.workingGroups.map(withFile).sort((a, b) => compareVersions(a.id.slice(2), b.id.slice(2)));
  const documents = content.documents
    .map(withFile)
    .sort((a, b) => documentOrder[a.type] - documentOrder[b.type] || a.name.localeCompare(b.name, 'en-GB'));
  const sources = content.sources
    .map((entry): Source => ({ ...withFile(entry), parsedDate: sourceDate(entry.data.date) }))
    .sort((a, b) => (a.parsedDate.latest < b.parsedDate.latest ? -1 : a.parsedDate.latest > b.parsedDate.latest ? 1 : a.id < b.id ? -1 : 1));
  const meetings = content.meetings
    .map((entry): Meeting => {
      const parsedDate = sourceDate(entry.data.date);
      return { ...withFile(entry), parsedDate, planned: parsedDate.latest > asOf };
    })
    .sort((a, b) => (a.parsedDate.latest < b.parsedDate.latest ? -1 : a.parsedDate.latest > b.parsedDate.latest ? 1 : a.id < b.id ? -1 : 1));

  return {
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
  };
}

/** Compares dotted version numbers numerically: 4.9 < 4.16 < 5.0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
