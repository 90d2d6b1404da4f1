/**
 * The register's domain objects: validated content resolved into modifications with replayed
 * histories, releases, versions, meetings and sources, with every citation labelled. Pages and
 * render functions only ever read these.
 */
import type { Day, SourceDate } from '../domain/dates';
import type { MeetingStatus, PlanStatus } from '../domain/outcomes';
import type { PhaseState, ReplayStep } from '../domain/phases';
import type { Cited } from '../schemas/citations';
import type { Citation } from '../schemas/common';
import type { DocumentData } from '../schemas/document';
import type { MeetingData } from '../schemas/meeting';
import type { Narrative } from '../schemas/narrative';
import type { ModificationData, ModificationEventData, ModificationPlanData } from '../schemas/modification';
import type { ReleaseData } from '../schemas/release';
import type { SourceData } from '../schemas/source';
import type { VersionData } from '../schemas/version';
import type { WorkingGroupData } from '../schemas/working-group';

/** A citation with the words a reader sees for it: "SEC Update §4.3 (Table two)". */
export interface CitedSource extends Citation {
  readonly label: string;
}

/** Content data with every citation labelled. */
export type Labelled<T> = Cited<T, CitedSource>;

/** A dated event of a modification, with its date parsed. */
export type ModificationEvent = Labelled<Omit<ModificationEventData, 'date'>> & { readonly date: SourceDate };

/** A planned step of a modification, with its date parsed (or `null` where none is given). */
export type ModificationPlan = Labelled<Omit<ModificationPlanData, 'date'>> & {
  readonly date: SourceDate | null;
  /** Done (its event is on record), still planned, or dated on or before the as-of date with no outcome on record. */
  readonly status: PlanStatus;
  /** The event that carried the plan out, where it is on record. */
  readonly doneBy: ModificationEvent | null;
};

export type Modification = Labelled<Omit<ModificationData, 'events' | 'plans'>> & {
  readonly file: string;
  /** 23 for SECMP0023. */
  readonly number: number;
  /** The name to show: the full title where known, else the status report's short title. */
  readonly displayTitle: string;
  readonly events: readonly ModificationEvent[];
  readonly plans: readonly ModificationPlan[];
  /** The history replayed through the phase model, once: the state after each event. */
  readonly history: readonly ReplayStep<ModificationEvent>[];
  /** The day by which each event is known to have happened (see `knownByDays`). */
  readonly knownBy: readonly Day[];
  /** Where the modification stood on the register's as-of date: the last step of its history. */
  readonly state: PhaseState;
  /** The narrative of its file's body (issue, proposed solution, summary, background), citations labelled. */
  readonly narrative: Labelled<Narrative>;
};

export type Release = Labelled<ReleaseData> & { readonly file: string };
export type Version = Labelled<VersionData> & { readonly file: string };
export type WorkingGroup = Labelled<WorkingGroupData> & { readonly file: string };
export type Document = Labelled<DocumentData> & { readonly file: string };
export type Source = Labelled<SourceData> & { readonly file: string; readonly parsedDate: SourceDate };
export type Meeting = Labelled<MeetingData> & {
  readonly file: string;
  readonly parsedDate: SourceDate;
  /**
   * Held (a source records it: `held`, or an event of a modification at it), did not meet,
   * planned (it may lie after the as-of date), or dated on or before the as-of date with no
   * outcome on record.
   */
  readonly status: MeetingStatus;
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
  /** In date order. */
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
  /**
   * The register as it stood on a day: built from only the facts that sources dated on or
   * before it state (see `knowledge.ts`). On or after the as-of date it is this register.
   */
  readonly knownOn: (day: Day) => Register;
}
