/**
 * Release membership: a release lists a modification exactly when the modification targets
 * that release, no modification is listed in two releases, and a release is dated in the month
 * it is named after.
 */
import type { Problem } from '../problems';
import { missing, problem, type IntegrityContext } from './context';

export function* checkReleaseMembership(context: IntegrityContext): Generator<Problem> {
  const { content } = context;
  const releases = new Map(content.releases.map((r) => [r.data.id, r]));
  const targets = new Map(content.modifications.map((m) => [m.data.id, m.data.targetRelease?.release ?? null]));
  // The modification's side: its target release lists it.
  for (const entry of content.modifications) {
    const target = entry.data.targetRelease?.release;
    const release = target !== undefined ? releases.get(target) : undefined;
    if (release && !release.data.planned.some((p) => p.modifications.includes(entry.data.id))) {
      yield problem(entry, ['targetRelease', 'release'], `is "${release.data.id}", but ${release.file} does not list ${entry.data.id} among its planned modifications`);
    }
  }
  // The release's side: each listed modification targets it, and only one release lists it.
  const listedIn = new Map<string, string>();
  for (const entry of content.releases) {
    const r = entry.data;
    if (!r.date.startsWith(r.id)) yield problem(entry, ['date'], `${r.date} is not in the month ${r.id} the release is named after`);
    for (const [g, group] of r.planned.entries()) {
      for (const [i, id] of group.modifications.entries()) {
        const field = ['planned', g, 'modifications', i];
        if (context.isInvalid('modifications', id)) continue;
        if (!context.has('modifications', id)) {
          yield* missing(context, entry, field, 'modifications', id);
          continue;
        }
        const elsewhere = listedIn.get(id);
        if (elsewhere) yield problem(entry, field, `${id} is also listed in ${elsewhere}; a modification targets one release`);
        listedIn.set(id, entry.file);
        const target = targets.get(id);
        if (target !== r.id) yield problem(entry, field, `lists ${id}, but ${id}'s targetRelease is ${target ? `"${target}"` : 'not set'}`);
      }
    }
  }
}
