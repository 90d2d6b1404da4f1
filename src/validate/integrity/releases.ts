/**
 * Releases and what modifications say of them: a release is dated in the month it is named
 * after, its status notes have distinct names, each note is the status of at least one
 * modification, and a modification's `targetRelease.status` names a note of its release.
 * Which modifications a release carries is written only in the modifications' files.
 */
import type { Problem } from '../problems';
import { problem, type IntegrityContext } from './context';

export function* checkReleases(context: IntegrityContext): Generator<Problem> {
  const { content } = context;
  const releases = new Map(content.releases.map((r) => [r.data.id, r]));
  const used = new Set<string>();
  for (const entry of content.modifications) {
    const target = entry.data.targetRelease;
    if (!target) continue;
    const release = releases.get(target.release);
    // A missing release is reported by the reference check; an invalid one by its schema.
    if (!release) continue;
    const notes = release.data.statusNotes.map((n) => n.id);
    if (notes.includes(target.status)) used.add(`${release.data.id}\0${target.status}`);
    else {
      const known = notes.length > 0 ? `its notes are ${notes.map((n) => `"${n}"`).join(', ')}` : 'it has no status notes';
      yield problem(entry, ['targetRelease', 'status'], `"${target.status}" is not a status note of ${release.file}: ${known}`);
    }
  }
  for (const entry of content.releases) {
    const r = entry.data;
    if (!r.date.startsWith(r.id)) yield problem(entry, ['date'], `${r.date} is not in the month ${r.id} the release is named after`);
    const seen = new Set<string>();
    for (const [i, note] of r.statusNotes.entries()) {
      if (seen.has(note.id)) yield problem(entry, ['statusNotes', i, 'id'], `"${note.id}" names two notes; each note needs its own name`);
      seen.add(note.id);
      if (!used.has(`${r.id}\0${note.id}`)) {
        yield problem(entry, ['statusNotes', i, 'id'], `no modification gives "${note.id}" as its status in this release (targetRelease.status)`);
      }
    }
  }
}
