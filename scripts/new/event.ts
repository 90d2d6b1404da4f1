/**
 * `npm run new -- event SECMP0023 …`: adds a dated event to a modification's history, at its
 * place in date order, after checking it against the phase model. Only the frontmatter's YAML
 * is edited, through the `yaml` package's Document API, so comments and formatting elsewhere in
 * it stay as they are and the body is kept byte for byte.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSeq, parseDocument } from 'yaml';
import { parseSourceDate, type SourceDate } from '../../src/domain/dates';
import { modificationId, parseModificationNumber } from '../../src/domain/ids';
import { applyEvent, describeState, kindsFrom, replay, transitions, type PhaseEvent, type PhaseState } from '../../src/domain/phases';
import { eventKinds, phaseLabels, type EventKind } from '../../src/domain/vocabulary';
import type { RawContent } from '../../src/schemas/content';
import { eventAddress } from '../../src/render/urls';
import { frontmatterOptions, styleYaml } from '../lib/content-files';
import { asOf, citation, loadContent, parseDate, ScaffoldError, writeChecked, type ContentFolder } from './folder';
import type { Written } from './modification';

export interface NewEvent {
  /** The modification, in any spelling: `SECMP0023`, `23`, `MP23`. */
  readonly modification: string;
  readonly kind: string;
  readonly date: string;
  readonly source: string;
  readonly section: string;
  readonly locator?: string | undefined;
  /** What the source says happened; the kind's label by default. */
  readonly detail?: string | undefined;
  /** The meeting it happened at. */
  readonly meeting?: string | undefined;
}

export interface AddedEvent extends Written {
  /** Where the event now stands in the history, from 0. */
  readonly index: number;
  /** How many events the history now has. */
  readonly count: number;
}

/**
 * Where a new event goes: after every event whose earliest day is on or before the new one's.
 * A history lists events in the order they happened, so an event whose date has an open start
 * (`../2016-11-09`) happened no earlier than the events before it: its earliest day is theirs.
 * A new event with an open start is placed by its latest day, the one day it is known by.
 */
export function insertionIndex(dates: readonly SourceDate[], date: SourceDate): number {
  const day = date.earliest ?? date.latest;
  let earliest = '';
  let index = 0;
  dates.forEach((d, i) => {
    if (d.earliest !== null && d.earliest > earliest) earliest = d.earliest;
    if (earliest <= day) index = i + 1;
  });
  return index;
}

/** The kinds that can happen in a state (`null`: before any event, where only a history's first events can). */
function allowedIn(state: PhaseState | null): EventKind[] {
  return state === null ? eventKinds.filter((k) => transitions[k].opensHistory && transitions[k].to) : kindsFrom(state.phase);
}

/**
 * Refuses an event the phase model forbids where it stands, or one that would make a later event
 * of the history impossible, saying which kinds can happen at that point.
 */
export function checkTransition(id: string, events: readonly PhaseEvent[], index: number, added: PhaseEvent): void {
  const before = index === 0 ? null : (replay(events.slice(0, index)).at(-1)?.after ?? null);
  const previous = events[index - 1];
  const where = previous ? `after its event of ${previous.date.text} ("${previous.kind}")` : 'before its first event';
  const at = `On ${added.date.text}, ${where}, ${id} ${before ? `is in ${describeState(before)}` : 'has no phase yet'}`;
  const allowed = allowedIn(before);
  const list =
    before === null
      ? `only an event that begins a history can happen there: ${allowed.join(', ')}`
      : allowed.length === 0
        ? `no event can happen in ${phaseLabels[before.phase]}: the modification has left the process`
        : `the kinds that can happen in ${describeState(before)} are: ${allowed.join(', ')}`;
  const step = applyEvent(before, added.kind);
  if (!step.ok) {
    const can = transitions[added.kind].from.map((p) => phaseLabels[p]);
    throw new ScaffoldError(`${at}, where "${added.kind}" cannot happen${can.length ? ` (it can happen in ${can.join(', ')})` : ' (it can only begin a history)'}; ${list}`);
  }
  const steps = replay([...events.slice(0, index), added, ...events.slice(index)]);
  const broken = steps.find((s) => s.error && s.index > index);
  if (broken) {
    const fit = allowed.filter((k) => !replay([...events.slice(0, index), { ...added, kind: k }, ...events.slice(index)]).some((s) => s.error));
    throw new ScaffoldError(
      `${at}; "${added.kind}" could happen there, but then its later event of ${broken.event.date.text} ("${broken.event.kind}", events[${broken.index - 1}]) could not (${broken.error}); the kinds that can happen at that point without breaking the later events are: ${fit.join(', ') || 'none'}`,
    );
  }
}

/** The modification an editor names, or a refusal. */
function modificationFile(folder: ContentFolder, content: RawContent, named: string): { id: string; path: string } {
  const n = parseModificationNumber(named);
  const id = n === null || n > 9999 ? named : modificationId(n);
  const path = `modifications/${id}.mdx`;
  if (n === null || n > 9999 || !existsSync(join(folder.dir, path))) {
    const ids = content.modifications.map((m) => m.data.id).sort();
    throw new ScaffoldError(`there is no modification "${named}" (no ${folder.root}/${path}); the modifications are: ${ids.join(', ')}`);
  }
  return { id, path };
}

const FRONTMATTER = /^(---\r?\n)([\s\S]*?\r?\n)(---[ \t]*(?:\r?\n|$)[\s\S]*)$/;

/** Adds an event to a modification's history; refuses anything the register would not accept. */
export function addEvent(folder: ContentFolder, options: NewEvent): AddedEvent {
  const content = loadContent(folder);
  const { id, path } = modificationFile(folder, content, options.modification);
  if (!(eventKinds as readonly string[]).includes(options.kind)) {
    throw new ScaffoldError(`--kind "${options.kind}" is not an event kind; use one of: ${eventKinds.join(', ')}`);
  }
  const kind = options.kind as EventKind;
  const date = parseDate(options.date);
  const day = asOf(content);
  if (day !== null && date.latest > day) {
    throw new ScaffoldError(`--date ${options.date} may lie after the register's as-of date ${day}; an event is a fact, so add what is still to come as a plan, under "plans" in ${folder.root}/${path}`);
  }
  const cited = citation(content, folder, options.source, options.section, options.locator);
  if (options.meeting !== undefined && !content.meetings.some((m) => m.data.id === options.meeting)) {
    throw new ScaffoldError(`there is no meeting "${options.meeting}" in ${folder.root}/meetings/; the meetings are: ${content.meetings.map((m) => m.data.id).sort().join(', ')}`);
  }

  const entry = content.modifications.find((m) => m.data.id === id);
  if (!entry) throw new ScaffoldError(`${folder.root}/${path} does not hold modification ${id}`);
  const dates = entry.data.events.map((e) => parseSourceDate(e.date) as SourceDate);
  const index = insertionIndex(dates, date);
  checkTransition(id, entry.data.events.map((e, i) => ({ kind: e.kind, date: dates[i] as SourceDate })), index, { kind, date });

  const text = readFileSync(join(folder.dir, path), 'utf8');
  const parts = FRONTMATTER.exec(text);
  if (!parts) throw new ScaffoldError(`${folder.root}/${path} does not begin with frontmatter between "---" lines`);
  const [, open, yaml, rest] = parts as unknown as [string, string, string, string];
  const doc = parseDocument(yaml);
  const events = doc.get('events', true);
  if (!isSeq(events)) throw new ScaffoldError(`${folder.root}/${path} has no list of events in its frontmatter`);
  const event = {
    date: options.date,
    kind,
    ...(options.meeting !== undefined ? { meeting: options.meeting } : {}),
    detail: options.detail?.trim() || `${transitions[kind].label}.`,
    sources: [cited],
  };
  const node = doc.createNode(event, { aliasDuplicateObjects: false });
  styleYaml(node);
  events.items.splice(index, 0, node);
  const files = writeChecked(folder, [{ path, text: `${open}${doc.toString(frontmatterOptions)}${rest}` }]);
  return { id, files, address: eventAddress(id, index), index, count: entry.data.events.length + 1 };
}
