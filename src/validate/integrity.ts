/**
 * Integrity checks across content files: the rules no single file's schema can see. Every
 * check runs on every build and in `npm test`, and every problem is returned, not just the
 * first, each naming its file and field.
 */
import { collectionFolders } from '../schemas';
import type { Entry, Problem, RawContent } from './problems';
import { parseSourceDate, type Day, type SourceDate } from '../domain/dates';
import { replay } from '../domain/phases';

type Path = (string | number)[];

/** The register's as-of date: the latest day of the newest source. `null` without sources. */
export function asOfDate(content: Pick<RawContent, 'sources'>): Day | null {
  let asOf: Day | null = null;
  for (const { data } of content.sources) {
    const date = parseSourceDate(data.date);
    if (typeof date !== 'string' && (asOf === null || date.latest > asOf)) asOf = date.latest;
  }
  return asOf;
}

function baseName(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

function dateOf(text: string): SourceDate | null {
  const parsed = parseSourceDate(text);
  return typeof parsed === 'string' ? null : parsed;
}

/** Whether two source dates can fall on a common day. */
function overlaps(a: SourceDate, b: SourceDate): boolean {
  return (a.earliest ?? '0000-00-00') <= b.latest && (b.earliest ?? '0000-00-00') <= a.latest;
}

/** Walks any value and yields every citation (an object with a `source` and a `section`) with its path. */
function* citations(value: unknown, path: Path = []): Generator<{ source: string; section: string; path: Path }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* citations(value[i], [...path, i]);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const c = value as { source?: unknown; section?: unknown };
  if (typeof c.source === 'string' && typeof c.section === 'string') {
    yield { source: c.source, section: c.section, path };
    return;
  }
  for (const [key, child] of Object.entries(value)) yield* citations(child, [...path, key]);
}

/** Reads a dotted field path such as `workingGroup.group` out of an entry's data. */
function valueAt(data: unknown, dotted: string): unknown {
  let current: unknown = data;
  for (const key of dotted.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Options for `checkIntegrity`. */
export interface IntegrityOptions {
  /**
   * Ids of entries whose files exist but failed their schemas, by collection. References to
   * them are not reported again: the file's own problems already are.
   */
  readonly invalid?: ReadonlyMap<keyof RawContent, ReadonlySet<string>>;
  /** How the content folder is shown in messages; `content` by default. */
  readonly root?: string;
}

export function checkIntegrity(content: RawContent, options: IntegrityOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const root = options.root ?? 'content';
  const invalid = (collection: keyof RawContent, id: string) => options.invalid?.get(collection)?.has(id) ?? false;
  const report = (entry: Entry<unknown>, field: Path, message: string) =>
    problems.push({ file: entry.file, field, message });

  const asOf = asOfDate(content);
  if (asOf === null) {
    problems.push({ file: `${root}/sources`, field: [], message: 'there are no sources, so the register has no as-of date' });
  }

  // Ids: each matches its file name, and no two entries of a collection share one. URLs are
  // lowercase, so ids that differ only in case would collide at the same address.
  const idSets = new Map<string, Set<string>>();
  for (const [collection, entries] of Object.entries(content) as [string, unknown][]) {
    if (!Array.isArray(entries)) continue;
    const seen = new Map<string, Entry<{ id: string }>>();
    const ids = new Set<string>();
    for (const entry of entries as Entry<{ id: string }>[]) {
      if (entry.data.id !== baseName(entry.file)) {
        report(entry, ['id'], `is "${entry.data.id}" but the file is named "${baseName(entry.file)}"; they must match`);
      }
      const key = entry.data.id.toLowerCase();
      const first = seen.get(key);
      if (first) report(entry, ['id'], `"${entry.data.id}" is already used by ${first.file}`);
      else seen.set(key, entry);
      ids.add(entry.data.id);
      // Astro names an entry after its file, so the file name resolves references too.
      ids.add(baseName(entry.file));
    }
    idSets.set(collection, ids);
  }
  const has = (collection: keyof RawContent, id: string) => idSets.get(collection)?.has(id) ?? false;
  const refCheck = (entry: Entry<unknown>, field: Path, collection: keyof RawContent, id: string | undefined) => {
    if (id !== undefined && !has(collection, id) && !invalid(collection, id)) {
      report(entry, field, `"${id}" is not an entry of ${collection} (there is no ${root}/${collectionFolders[collection as keyof typeof collectionFolders]}/${id}.yaml)`);
    }
  };
  const refList = (entry: Entry<unknown>, field: Path, collection: keyof RawContent, ids: readonly string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      refCheck(entry, [...field, i], collection, id);
      if (seen.has(id)) report(entry, [...field, i], `"${id}" is listed twice`);
      seen.add(id);
    });
  };

  // Citations: every source exists, and every section exists in it.
  const sections = new Map(content.sources.map((s) => [s.data.id, new Set(s.data.sections.map((x) => x.id))]));
  for (const entries of [
    content.modifications,
    content.releases,
    content.versions,
    content.workingGroups,
    content.documents,
    content.sources,
    content.meetings,
  ] as readonly (readonly Entry<unknown>[])[]) {
    for (const entry of entries) {
      for (const c of citations(entry.data)) {
        const known = sections.get(c.source);
        if (!known) report(entry, [...c.path, 'source'], `"${c.source}" is not a source in content/sources/`);
        else if (!known.has(c.section)) {
          report(entry, [...c.path, 'section'], `source "${c.source}" has no section "${c.section}" (it has ${[...known].join(', ')})`);
        }
      }
    }
  }

  // Discrepancies: where `about` names a text field of the entry, the shown reading is its value.
  type WithDiscrepancies = Entry<{ discrepancies: readonly { about: string; shown: number; readings: readonly { value: string }[] }[] }>;
  const withDiscrepancies: readonly (readonly WithDiscrepancies[])[] = [
    content.modifications,
    content.versions,
    content.documents,
    content.meetings,
  ];
  for (const entries of withDiscrepancies) {
    for (const entry of entries) {
      entry.data.discrepancies.forEach((d, i) => {
        const actual = valueAt(entry.data, d.about);
        // An "about" written as a field path must name a field; words with spaces are free text.
        if (/^[A-Za-z]\w*(\.\w+)*$/.test(d.about) && actual === undefined) {
          report(entry, ['discrepancies', i, 'about'], `"${d.about}" names no field of this entry; write a field path such as "title", or words`);
        }
        const shown = d.readings[d.shown]?.value;
        if (typeof actual === 'string' && shown !== undefined && actual !== shown) {
          report(entry, ['discrepancies', i, 'shown'], `says the site shows "${shown}", but ${d.about} is "${actual}"`);
        }
      });
    }
  }

  const documentTypes = new Map(content.documents.map((d) => [d.data.id, d.data.type]));
  const meetingDates = new Map(content.meetings.map((m) => [m.data.id, dateOf(m.data.date)]));
  const modificationTargets = new Map(content.modifications.map((m) => [m.data.id, m.data.targetRelease?.release ?? null]));
  const meetings = new Map(content.meetings.map((m) => [m.data.id, m.data]));
  const releasesById = new Map(content.releases.map((r) => [r.data.id, r]));

  /** An event or plan at a meeting: the meeting exists, fits the date, and fits the kind. */
  const checkMeeting = (entry: Entry<unknown>, at: Path, date: SourceDate | null, id: string | undefined, kind: string) => {
    if (id === undefined) return;
    refCheck(entry, [...at, 'meeting'], 'meetings', id);
    const meeting = meetings.get(id);
    const meetingDate = meetingDates.get(id);
    if (!meeting) return;
    if (date && meetingDate && !overlaps(date, meetingDate)) {
      report(entry, [...at, 'date'], `${date.text} cannot be the date of meeting "${id}" (${meetingDate.text})`);
    }
    if (kind === 'working-group-meeting' && meeting.type !== 'working-group') {
      report(entry, [...at, 'meeting'], `"${id}" is a ${meeting.type} meeting, not a working-group meeting`);
    }
    if (meeting.notHeld && kind !== 'progress-update') {
      report(entry, [...at, 'kind'], `"${id}" did not take place, so only a progress-update can refer to it, not "${kind}"`);
    }
  };

  // Modifications.
  for (const entry of content.modifications) {
    const m = entry.data;
    if (m.workingGroup) refCheck(entry, ['workingGroup', 'group'], 'workingGroups', m.workingGroup.group);
    if (m.targetRelease) {
      refCheck(entry, ['targetRelease', 'release'], 'releases', m.targetRelease.release);
      refList(entry, ['targetRelease', 'impactedDocuments'], 'documents', m.targetRelease.impactedDocuments);
      m.targetRelease.impactedDocuments.forEach((id, i) => {
        if (documentTypes.get(id) === 'system') {
          report(entry, ['targetRelease', 'impactedDocuments', i], `"${id}" is a system; list it under impactedSystems`);
        }
      });
      const systems = m.targetRelease.impactedSystems;
      if (Array.isArray(systems)) {
        refList(entry, ['targetRelease', 'impactedSystems'], 'documents', systems);
        systems.forEach((id, i) => {
          const type = documentTypes.get(id);
          if (type && type !== 'system') {
            report(entry, ['targetRelease', 'impactedSystems', i], `"${id}" is a ${type}, not a system; list it under impactedDocuments`);
          }
        });
      }
    }
    refList(entry, ['mentions'], 'documents', m.mentions);
    m.related.forEach((r, i) => {
      refCheck(entry, ['related', i, 'modification'], 'modifications', r.modification);
      if (r.modification === m.id) report(entry, ['related', i, 'modification'], 'a modification cannot be related to itself');
    });

    // Events: legal dates in the order they happened, none after the as-of date, every
    // transition legal. An event may share a month or an interval with the one before it, but
    // it cannot certainly lie before an event listed earlier.
    let latestStart: SourceDate | null = null;
    m.events.forEach((event, i) => {
      const date = dateOf(event.date);
      if (!date) return;
      if (asOf && date.latest > asOf) {
        report(entry, ['events', i, 'date'], `${event.date} may lie after the register's as-of date ${asOf}; an event is a fact, so record what is still to come under plans`);
      }
      if (latestStart?.earliest && date.latest < latestStart.earliest) {
        report(entry, ['events', i, 'date'], `${event.date} is earlier than an event listed before it (${latestStart.text}); list events in the order they happened`);
      }
      if (date.earliest && (!latestStart?.earliest || date.earliest > latestStart.earliest)) latestStart = date;
      checkMeeting(entry, ['events', i], date, event.meeting, event.kind);
      refList(entry, ['events', i, 'documents'], 'documents', event.documents);
    });
    const parsedEvents = m.events.flatMap((e) => {
      const date = dateOf(e.date);
      return date ? [{ kind: e.kind, date }] : [];
    });
    if (parsedEvents.length === m.events.length) {
      const steps = replay(parsedEvents);
      for (const step of steps) {
        if (step.error) report(entry, ['events', step.index, 'kind'], step.error);
      }
      // A modification that has been withdrawn or rejected will not be in any release.
      const final = steps[steps.length - 1]?.after;
      if (m.targetRelease && (final?.phase === 'withdrawn' || final?.phase === 'rejected')) {
        report(entry, ['targetRelease'], `the modification is ${final.phase}, so it cannot be planned for a release; remove the target release (and list it in no release)`);
      }
    }
    m.plans.forEach((plan, i) => {
      checkMeeting(entry, ['plans', i], plan.date ? dateOf(plan.date) : null, plan.meeting, plan.kind);
      refList(entry, ['plans', i, 'documents'], 'documents', plan.documents);
    });
    const relatedSeen = new Set<string>();
    m.related.forEach((r, i) => {
      if (relatedSeen.has(r.modification)) report(entry, ['related', i, 'modification'], `"${r.modification}" is listed twice`);
      relatedSeen.add(r.modification);
    });

    // The target release lists this modification (the other direction is checked below).
    if (m.targetRelease && has('releases', m.targetRelease.release)) {
      const release = releasesById.get(m.targetRelease.release);
      const listed = release?.data.planned.some((p) => p.modifications.includes(m.id));
      if (release && !listed) {
        report(entry, ['targetRelease', 'release'], `is "${release.data.id}", but ${release.file} does not list ${m.id} among its planned modifications`);
      }
    }
  }

  // Releases: each listed modification targets this release; the id is the release month.
  const listedIn = new Map<string, string>();
  for (const entry of content.releases) {
    const r = entry.data;
    if (!r.date.startsWith(r.id)) report(entry, ['date'], `${r.date} is not in the month ${r.id} the release is named after`);
    r.planned.forEach((group, g) => {
      group.modifications.forEach((id, i) => {
        const field = ['planned', g, 'modifications', i];
        if (invalid('modifications', id)) return;
        if (!has('modifications', id)) {
          refCheck(entry, field, 'modifications', id);
          return;
        }
        const elsewhere = listedIn.get(id);
        if (elsewhere) report(entry, field, `${id} is also listed in ${elsewhere}; a modification targets one release`);
        listedIn.set(id, entry.file);
        const target = modificationTargets.get(id);
        if (target !== r.id) {
          report(entry, field, `lists ${id}, but ${id}'s targetRelease is ${target ? `"${target}"` : 'not set'}`);
        }
      });
    });
  }

  // Versions: the documents they change exist, and a designation on record has taken effect.
  for (const entry of content.versions) {
    entry.data.changes.forEach((change, i) => refCheck(entry, ['changes', i, 'document'], 'documents', change.document));
    if (asOf && entry.data.effective > asOf) {
      report(entry, ['effective'], `${entry.data.effective} is after the register's as-of date ${asOf}; a designation on record must have taken effect`);
    }
  }

  // Meetings: references resolve; a meeting can only be known not to have happened in the past.
  for (const entry of content.meetings) {
    const m = entry.data;
    if (m.type === 'working-group') refCheck(entry, ['workingGroup'], 'workingGroups', m.workingGroup);
    m.agenda.forEach((item, i) => {
      refList(entry, ['agenda', i, 'modifications'], 'modifications', item.modifications);
      refList(entry, ['agenda', i, 'documents'], 'documents', item.documents);
    });
    const date = meetingDates.get(m.id);
    if (m.notHeld && date && asOf && date.latest > asOf) {
      report(entry, ['notHeld'], `the meeting's date ${m.date} is after the as-of date ${asOf}, so it cannot be known not to have happened`);
    }
  }

  // Sources: the text file exists and every section lies within the source's lines.
  for (const entry of content.sources) {
    const s = entry.data;
    if (s.attachedTo !== undefined) {
      refCheck(entry, ['attachedTo'], 'sources', s.attachedTo);
      if (s.attachedTo === s.id) report(entry, ['attachedTo'], 'a source cannot be attached to itself');
    }
    const text = content.texts.get(s.text.file);
    if (text === undefined) {
      report(entry, ['text', 'file'], `content/sources/text/${s.text.file} does not exist`);
      continue;
    }
    const lineCount = text.split('\n').length;
    const [first, last] = s.text.lines;
    if (last > lineCount) report(entry, ['text', 'lines'], `ends at line ${last}, but ${s.text.file} has ${lineCount} lines`);
    const seen = new Set<string>();
    s.sections.forEach((section, i) => {
      if (seen.has(section.id)) report(entry, ['sections', i, 'id'], `section "${section.id}" is listed twice`);
      seen.add(section.id);
      if (section.lines[0] < first || section.lines[1] > last) {
        report(entry, ['sections', i, 'lines'], `lines ${section.lines.join('-')} lie outside the source's lines ${first}-${last}`);
      }
    });
  }

  return problems;
}
