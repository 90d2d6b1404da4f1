/**
 * Ids: each entry's id matches its file name, and no two entries of a collection share one.
 * Addresses are lowercase, so ids that differ only in case would collide at the same address.
 */
import { collectionNames } from '../../schemas';
import type { Entry } from '../../schemas/content';
import type { Problem } from '../problems';
import { baseName, problem, type IntegrityContext } from './context';

export function* checkIds({ content }: IntegrityContext): Generator<Problem> {
  for (const collection of collectionNames) {
    const seen = new Map<string, Entry<{ id: string }>>();
    for (const entry of content[collection] as readonly Entry<{ id: string }>[]) {
      const expected = baseName(entry.file);
      if (entry.data.id !== expected) yield problem(entry, ['id'], `is "${entry.data.id}" but the file is named "${expected}"; they must match`);
      const key = entry.data.id.toLowerCase();
      const first = seen.get(key);
      if (first) yield problem(entry, ['id'], `"${entry.data.id}" is already used by ${first.file}`);
      else seen.set(key, entry);
    }
  }
}
