/**
 * SEC Releases and the modifications that target them.
 *
 * A release lists the modifications planned for it, and each of those names the release as
 * its target; the integrity checks demand that both sides agree. So releases are planned
 * first, modifications record their targets on the plan as they are generated, and each
 * release's entry is built last from what targeted it.
 */
import { formatMonth, nextMonth } from '../../../src/domain/dates';
import type { PhaseState } from '../../../src/domain/phases';
import type { Context, ModificationInput, PlannedRelease, ReleaseInput } from './context';
import type { Random } from './random';
import { RELEASE_STATUSES } from './words';

/** Releases were quarterly until this month, then monthly. */
const MONTHLY_FROM = '2020-01';

/** About one release for every fifteen modifications, at least two, from February 2017 on. */
export function planReleases(rng: Random, n: number): PlannedRelease[] {
  const count = Math.max(2, Math.round(n / 15));
  const releases: PlannedRelease[] = [];
  for (let month = '2017-02'; releases.length < count; ) {
    releases.push({ id: month, date: `${month}-${String(rng.int(1, 28)).padStart(2, '0')}`, targeting: [] });
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
  const roll = rng.float();
  return {
    release: release.id,
    impactedDocuments: rng.sample(ctx.nonSystems, rng.int(1, 4)).map((d) => d.id),
    impactedSystems: roll < 0.15 ? 'TBC' : roll < 0.25 ? null : rng.sample(ctx.systems, rng.int(1, 2)).map((d) => d.id),
    sources: ctx.citations.cite('release', locator(release)),
  };
}

/** A release listing exactly the modifications that target it, grouped under shared notes. */
export function releaseEntry(ctx: Context, release: PlannedRelease): ReleaseInput {
  const { rng, citations } = ctx;
  const planned: NonNullable<ReleaseInput['planned']> = [];
  for (let k = 0; k < release.targeting.length; ) {
    const size = rng.int(1, Math.max(1, Math.ceil(release.targeting.length / 2)));
    planned.push({
      modifications: release.targeting.slice(k, k + size),
      status: rng.pick(RELEASE_STATUSES),
      sources: citations.cite('release', locator(release)),
    });
    k += size;
  }
  return {
    id: release.id,
    name: `${formatMonth(release.id)} SEC Release`,
    date: release.date,
    ...(planned.length > 0 ? { planned } : {}),
    ...(rng.chance(0.3) ? { scope: [{ text: 'The release will contain only changes that do not need DCC system changes.', sources: citations.cite('release') }] } : {}),
    sources: citations.cite('release', locator(release)),
  };
}
