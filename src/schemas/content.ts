/**
 * The register's content as the schemas return it, before any cross-entry resolution. Both
 * ways of reading `content/` produce this shape: Astro's content layer (through
 * `src/site/data.ts`) and the linter (through `src/validate/lint.ts`).
 */
import type { DocumentData } from './document';
import type { Narrative } from './narrative';
import type { MeetingData } from './meeting';
import type { ModificationData } from './modification';
import type { ReleaseData } from './release';
import type { SourceData } from './source';
import type { VersionData } from './version';
import type { WorkingGroupData } from './working-group';

/** One content file's validated data, with the file it came from. */
export interface Entry<T> {
  /** The entry's id: its file name without the extension. */
  readonly id: string;
  /** The file's path from the project root, e.g. `content/modifications/SECMP0023.mdx`. */
  readonly file: string;
  readonly data: T;
  /** A modification's narrative, read from the body of its MDX file (see `narrative.ts`). */
  readonly narrative?: Narrative;
  /** The body of a modification's MDX file, as written, and the line of the file it starts on. */
  readonly body?: { readonly text: string; readonly line: number };
}

/** Every collection's entries, and the texts of the source papers. */
export interface RawContent {
  readonly modifications: readonly Entry<ModificationData>[];
  readonly releases: readonly Entry<ReleaseData>[];
  readonly versions: readonly Entry<VersionData>[];
  readonly workingGroups: readonly Entry<WorkingGroupData>[];
  readonly documents: readonly Entry<DocumentData>[];
  readonly sources: readonly Entry<SourceData>[];
  readonly meetings: readonly Entry<MeetingData>[];
  /** The text files of the sources, by file name (`content/sources/text/<name>`). */
  readonly texts: ReadonlyMap<string, string>;
}

/** The collections of `RawContent`, without the source texts. */
export type CollectionContent = Omit<RawContent, 'texts'>;

/** The data type of one collection's entries. */
export type DataOf<C extends keyof CollectionContent> = CollectionContent[C] extends readonly Entry<infer T>[] ? T : never;
