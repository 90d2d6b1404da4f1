/**
 * SEC Releases and the modifications that target them.
 *
 * A modification names its target release and the release's status note for its row; the
 * release holds the notes, and the integrity checks demand that every note is some
 * modification's status. So releases are planned first, modifications record the notes they
 * use as they are generated, and each release's entry is built last with just those notes.
 */
import { formatMonth, nextMonth } from '../../../src/domain/dates';
import type { PhaseState } from '../../../src/domain/phases';
import type { Context, ModificationInput, PlannedRelease, ReleaseInput } from './context';
import type { Random } from './random';
import { RELEASE_STATUSES } from './words';

/** Releases were quarterly until this month, then monthly. */
const MONTHLY_FROM = '2020-01';

/**
 * The last month a release may be in: the register refuses a date more than 25 years from its
 * sources' dates (a year typo's guard), and the synthetic sources are dated in November 2016.
 */
const LAST_MONTH = '2040-12';

/**
 * About one release for every fifteen modifications, at least two, from February 2017 on, and
 * none after `LAST_MONTH` (so from about 4,500 modifications on, releases hold more of them).
 */
export function planReleases(rng: Random, n: number): PlannedRelease[] {
  const count = Math.max(2, Math.round(n / 15));
  const releases: PlannedRelease[] = [];
  for (let month = '2017-02'; releases.length < count && month <= LAST_MONTH; ) {
    releases.push({ id: month, date: `${month}-${String(rng.int(1, 28)).padStart(2, '0')}`, targeting: [], notesUsed: new Set() });
    const step = month < MONTHLY_FROM ? 3 : 1;
    for (let k = 0; k < step; k++) month = nextMonth(month);
  }
  return releases;
}

/** How a source locates a release: "February 2018 Release". */
function locator(release: PlannedRelease): string {
  return `${formatMonth(release.id)} Release`;
}

/**
 * A target release with its impacts, for most open modifications past the Initial
 * Modification Report (about half of all of them), and always for one pending
 * implementation. The release records the modification too, so the two sides agree.
 */
export function targetRelease(ctx: Context, id: string, state: PhaseState): ModificationInput['targetRelease'] {
  const { rng } = ctx;
  if (state.phase === 'initial-modification-report') return null;
  if (state.phase !== 'pending-implementation' && !rng.chance(0.72)) return null;
  const release = rng.pick(ctx.releases);
  release.targeting.push(id);
  const note = rng.int(0, RELEASE_STATUSES.length - 1);
  release.notesUsed.add(note);
  const roll = rng.float();
  return {
    release: release.id,
    status: noteId(note),
    impactedDocuments: rng.sample(ctx.nonSystems, rng.int(1, 4)).map((d) => d.id),
    impactedSystems: roll < 0.15 ? 'TBC' : roll < 0.25 ? null : rng.sample(ctx.systems, rng.int(1, 2)).map((d) => d.id),
    sources: ctx.citations.cite('release', locator(release)),
  };
}

/** The name of the status note `RELEASE_STATUSES[index]`. */
function noteId(index: number): string {
  return `status-${index + 1}`;
}

/** A release with the status notes its targeting modifications give, in a fixed order. */
export function releaseEntry(ctx: Context, release: PlannedRelease): ReleaseInput {
  const { rng, citations } = ctx;
  const statusNotes = [...release.notesUsed]
    .sort((a, b) => a - b)
    .map((index) => ({ id: noteId(index), text: RELEASE_STATUSES[index] ?? '', sources: citations.cite('release', locator(release)) }));
  return {
    id: release.id,
    name: `${formatMonth(release.id)} SEC Release`,
    date: release.date,
    ...(statusNotes.length > 0 ? { statusNotes } : {}),
    ...(rng.chance(0.3) ? { scope: [{ text: 'The release will contain only changes that do not need DCC system changes.', sources: citations.cite('release') }] } : {}),
    sources: citations.cite('release', locator(release)),
  };
}
