/**
 * What was known on a day. Every fact in the content is stated by the sources it cites, and a
 * source is known from its date; so the content as it stood on a day is the content with every
 * fact that only later sources state taken out. A monthly report is built from that view of its
 * cut-off day, which is why adding a later paper never changes an earlier report.
 *
 * The rules, applied to every entry's data:
 * - a source is known once its latest possible date is on or before the day;
 * - an entry whose own `sources` are all later, or none of whose facts a known source states,
 *   is not known at all;
 * - an item of a list (an event, a plan, a note, an agenda item, a status note…) whose
 *   `sources` are all later is left out of its list;
 * - a single stated field whose `sources` are all later reads as not stated: `null` where the
 *   field can be `null`, and absent where it is optional (`notHeld`, `held`);
 * - of a fact that is known, only the citations of known sources are kept.
 *
 * A modification's narrative (its MDX body) is kept as it is: no view of a past day shows it.
 */
import { sourceDate, type Day } from '../domain/dates';
import { citationsIn, isCitation } from '../schemas/citations';
import type { Citation } from '../schemas/common';
import type { Entry, RawContent } from '../schemas/content';

/** A value the day's sources do not state. */
const UNSTATED = Symbol('unstated');

/** Fields that are left out, rather than set to `null`, when they are not yet stated. */
const OPTIONAL_FIELDS: ReadonlySet<string> = new Set(['notHeld', 'held', 'covers']);

/** The citations of a value's own `sources` list, if it has one. */
function ownSources(value: object): readonly unknown[] | null {
  const sources = (value as { sources?: unknown }).sources;
  return Array.isArray(sources) && sources.length > 0 && sources.every(isCitation) ? sources : null;
}

/** A value as the known sources state it, or `UNSTATED`. */
function restrict(value: unknown, known: (citation: Citation) => boolean): unknown {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isCitation)) {
      const kept = value.filter(known);
      return kept.length > 0 ? kept : UNSTATED;
    }
    return value.map((item) => restrict(item, known)).filter((item) => item !== UNSTATED);
  }
  if (isCitation(value)) return known(value) ? value : UNSTATED;
  if (value === null || typeof value !== 'object') return value;
  const sources = ownSources(value);
  if (sources && !sources.some((c) => known(c as Citation))) return UNSTATED;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const kept = restrict(child, known);
    if (kept !== UNSTATED) out[key] = kept;
    else if (!OPTIONAL_FIELDS.has(key)) out[key] = null;
  }
  return out;
}

/** The entries known on the day, each with only what the known sources state. */
function entriesKnown<T>(entries: readonly Entry<T>[], known: (citation: Citation) => boolean): Entry<T>[] {
  return entries.flatMap((entry) => {
    const data = restrict(entry.data, known);
    // An entry none of whose facts is known yet (a modification raised in a later paper has no
    // `sources` of its own, but every one of its facts cites that paper) is not known either.
    if (data === UNSTATED || citationsIn(data).next().done) return [];
    return [{ ...entry, data: data as T }];
  });
}

/** The content as it stood on `day`: only the facts that sources dated on or before it state. */
export function knownOn(content: RawContent, day: Day): RawContent {
  const sources = content.sources.filter((s) => sourceDate(s.data.date).latest <= day);
  const ids = new Set(sources.map((s) => s.data.id));
  const known = (citation: Citation) => ids.has(citation.source);
  return {
    modifications: entriesKnown(content.modifications, known),
    releases: entriesKnown(content.releases, known),
    versions: entriesKnown(content.versions, known),
    workingGroups: entriesKnown(content.workingGroups, known),
    documents: entriesKnown(content.documents, known),
    sources: sources.map((s) => ({ ...s, data: restrict(s.data, known) as typeof s.data })),
    meetings: entriesKnown(content.meetings, known),
    texts: content.texts,
  };
}
