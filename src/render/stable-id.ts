/**
 * Identifiers that never change: a feed entry's `atom:id` and a calendar event's `UID`. Each is
 * a name-based UUID (RFC 9562, version 5) of a name made of what the thing is, never of where
 * the site is served from or of an event's place in its history: moving the site to another
 * origin, or adding an earlier event to a history, leaves every identifier as it was, so feed
 * readers and calendars do not show old items again as new ones.
 */
import { createHash } from 'node:crypto';

/** The register's own UUID namespace, made once at random; never change it. */
const NAMESPACE = '7d1b6a52-3f0e-4c8e-9a51-2b9f4e6c0d13';

function bytesOf(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

/** The version 5 UUID of a name in a namespace, as lowercase hex with hyphens. */
export function uuidV5(namespace: string, name: string): string {
  const hash = createHash('sha1').update(bytesOf(namespace)).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The version 5 UUID of a name in the register's namespace. */
export function nameUuid(name: string): string {
  return uuidV5(NAMESPACE, name);
}

/** `urn:uuid:…`, an absolute IRI, as Atom requires of an id. */
export function urnOf(name: string): string {
  return `urn:uuid:${nameUuid(name)}`;
}

/**
 * Names for each of a list of things that may repeat: the first keeps its key, the second
 * `key#2`, and so on, so two events of the same kind on the same date still differ.
 */
export function numberedKeys(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((key) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  });
}
