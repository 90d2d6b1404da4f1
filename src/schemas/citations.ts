/**
 * The one walker of citations. A citation (`{ source, section, locator? }`) can sit anywhere in
 * an entry: on an event, a reading of a discrepancy, a release's status note. The integrity
 * checks resolve every one, the register labels every one, and a source's page lists every page
 * that cites it; all three find them with this walker, so they cannot disagree about what
 * counts as a citation.
 */
import type { Citation } from './common';

/** A path to a value inside an entry's data, e.g. `['events', 3, 'sources', 0]`. */
export type FieldPath = readonly (string | number)[];

/** Whether a value is a citation: an object with a text `source` and a text `section`. */
export function isCitation(value: unknown): value is Citation {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const c = value as { source?: unknown; section?: unknown };
  return typeof c.source === 'string' && typeof c.section === 'string';
}

/** Every citation inside a value, with its path, in document order. */
export function* citationsIn(value: unknown, path: FieldPath = []): Generator<{ citation: Citation; path: FieldPath }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* citationsIn(value[i], [...path, i]);
  } else if (isCitation(value)) {
    yield { citation: value, path };
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) yield* citationsIn(child, [...path, key]);
  }
}

/**
 * A value with every citation in it replaced by `map(citation)`, and everything else copied as
 * it is. The result's type says so: `Cited<T, C>` is `T` with its citations typed `C`.
 */
export function mapCitations<T, C>(value: T, map: (citation: Citation) => C): Cited<T, C> {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (isCitation(v)) return map(v);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, child]) => [k, walk(child)]));
    return v;
  };
  return walk(value) as Cited<T, C>;
}

/**
 * `T` with every citation inside it typed `C` instead. Arrays and tuples map to arrays and
 * tuples of the same length, because a mapped type over an array type keeps its shape.
 */
export type Cited<T, C> = T extends Citation ? C : T extends object ? { readonly [K in keyof T]: Cited<T[K], C> } : T;
