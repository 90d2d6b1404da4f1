/**
 * Modification entries: who raised what, its narrative, its working group, its history and,
 * for open ones, what lies ahead.
 *
 * Each modification is aimed at a state on the as-of date (weighted by how long ago it was
 * raised), its history is routed there through the phase model, dated, and replayed once more
 * to check that it ends where it was aimed. Everything else on the entry is then chosen to fit
 * that state: only open modifications have plans, a progression row or a target release.
 */
import { addDays, daysBetween, earlierDay, sourceDate, type Day } from '../../../src/domain/dates';
import { modificationId } from '../../../src/domain/ids';
import { isOpenPhase } from '../../../src/domain/vocabulary';
import type { Citation } from './citations';
import { groupName, type Context, type ModificationInput } from './context';
import { assertLegal, fitLength, reachedTarget, routeTo, targetState, type Target } from './histories';
import { plans, progression } from './outlook';
import { targetRelease } from './releases';
import { dateHistory } from './timeline';
import { narrative } from './narrative';
import { capitalise, makeShortTitle, makeTitle, OBJECTS, PROPOSERS, RELATED_REASONS } from './words';

/** The phase to aim a modification at: weighted by how long before the as-of date it was raised. */
function chooseTarget(ctx: Context, raise: Day): Target {
  const { rng } = ctx;
  const daysLeft = daysBetween(raise, ctx.asOf);
  if (daysLeft < 45) {
    return rng.weighted<Target>([
      ['initial-modification-report', 6],
      ['refinement', 3],
      ['withdrawn', 1],
    ]);
  }
  const yearsLeft = daysLeft / 365;
  // Modifications raised long ago have had time to close; new ones mostly have not.
  const closedWeight = Math.min(1, yearsLeft / 2.5);
  return rng.weighted<Target>([
    ['initial-modification-report', yearsLeft < 1 ? 8 : 2],
    ['refinement', 22],
    ['refinement-ia', 8],
    ['modification-report', 10],
    ['change-board', 6],
    ['awaiting-authority-decision', 4],
    ['pending-implementation', 7],
    ['implemented', 30 * closedWeight],
    ['rejected', 8 * closedWeight],
    ['withdrawn', 10 * closedWeight],
  ]);
}

/** The `i`th modification (from 0) of `ctx.n`, aimed at `forced` where given. */
export function modification(ctx: Context, i: number, forced: Target | undefined): ModificationInput {
  const { rng, asOf, start, citations } = ctx;
  const cite = (locator?: string) => citations.cite('modification', locator);
  const number = i + 1;
  const id = modificationId(number);
  // Numbers follow the order modifications were raised, with some jitter, as in the real SEC.
  const offset = Math.max(0, Math.round(((i + rng.float()) / ctx.n) * daysBetween(start, asOf) - rng.int(0, 40)));
  const raise = earlierDay(asOf, addDays(start, offset));
  const target = forced ?? chooseTarget(ctx, raise);
  const steps = fitLength(routeTo(target, rng));

  const group = rng.pick(ctx.workingGroups).id;
  const object = rng.pick(OBJECTS);
  const events = dateHistory(ctx, { id, object, group, raise, open: isOpenPhase(targetState(target).phase) }, steps);
  // Dating may turn a Working Group meeting into a progress update, so replay the dated history.
  const state = assertLegal(id, events.map((e) => ({ kind: e.kind, date: sourceDate(String(e.date)) })));
  if (!reachedTarget(state, target)) throw new Error(`${id}: aimed for ${target} but its history ends in ${state.phase}`);
  const open = isOpenPhase(state.phase);

  const names = ctx.nonSystems.map((d) => d.name);
  const entry: ModificationInput = {
    id,
    title: rng.chance(0.1) ? null : makeTitle(rng, object),
    shortTitle: makeShortTitle(rng, object),
    titleSources: cite(),
    ...(rng.chance(0.05) ? { otherTitles: [{ title: `MP${number} ${capitalise(object)}`, sources: cite() }] } : {}),
    ...narrative(ctx, { number, object, docs: names }),
    proposer: rng.chance(0.6) ? { text: rng.pick(PROPOSERS), sources: cite() } : null,
    workingGroup:
      state.phase !== 'initial-modification-report' || rng.chance(0.5)
        ? {
            group,
            allocation: state.phase === 'initial-modification-report' ? 'proposed' : 'allocated',
            ...(rng.chance(0.2) ? { reason: 'Its members’ expertise aligns with the suggested requirements.' } : {}),
            sources: cite(groupName(ctx, group)),
          }
        : null,
    governance: rng.chance(0.5) ? { path: rng.weighted([['self-governance', 5], ['authority', 3], ['fast-track', 1]] as const), sources: cite() } : null,
    targetRelease: open ? targetRelease(ctx, id, state) : null,
    events,
    ...(open ? { plans: plans(ctx, id, state, group, object) } : {}),
    ...(open && rng.chance(0.8) ? { progression: progression(ctx, state, number) } : {}),
    ...(rng.chance(0.4) ? { mentions: rng.sample(ctx.documents, rng.int(1, 3)).map((d) => d.id) } : {}),
    ...(rng.chance(0.8)
      ? {
          links: [
            {
              title: `${id} on the SEC Website`,
              url: `https://www.smartenergycodecompany.co.uk/modifications/modification/SECMP-${number}`,
              sources: cite(),
            },
          ],
        }
      : {}),
    ...(rng.chance(0.1) ? { notes: [{ text: `The ${object} is also discussed under other modifications.`, sources: cite() }] } : {}),
  };
  if (entry.plans?.length === 0) delete entry.plans;
  const discrepancy = makeDiscrepancy(ctx, entry, cite(), cite());
  if (discrepancy) entry.discrepancies = [discrepancy];
  return entry;
}

/**
 * Relates pairs of nearby modifications. A relation is written once, in the file of the lower
 * number, and the register shows it on both pages.
 */
export function relate(ctx: Context, modifications: ModificationInput[]): void {
  const { rng, n } = ctx;
  const related = new Map<number, Set<number>>();
  for (let i = 0; i < n && n > 1; i++) {
    if (!rng.chance(0.08)) continue;
    const j = Math.min(n - 1, Math.max(0, i + rng.pick([-3, -2, -1, 1, 2, 3])));
    if (j === i || related.get(i)?.has(j)) continue;
    const reason = rng.pick(RELATED_REASONS);
    const sources = ctx.citations.cite('modification');
    const [a, b] = i < j ? [i, j] : [j, i];
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!related.has(x)) related.set(x, new Set());
      (related.get(x) as Set<number>).add(y);
    }
    const m = modifications[a] as ModificationInput;
    const other = modifications[b] as ModificationInput;
    m.related = [...(m.related ?? []), { modification: other.id, reason, sources }];
  }
}

/**
 * A discrepancy for about one modification in twelve. Where `about` names a field, the shown
 * reading is that field's value, which the integrity checks demand; otherwise it is a phrase
 * that names no field, as in the real register's "whether the modification has been withdrawn".
 */
function makeDiscrepancy(
  ctx: Context,
  m: ModificationInput,
  first: Citation[],
  second: Citation[],
): NonNullable<ModificationInput['discrepancies']>[number] | null {
  const { rng } = ctx;
  if (!rng.chance(0.08)) return null;
  const choice = rng.int(0, 2);
  if (choice === 0 && typeof m.title === 'string') {
    return {
      about: 'title',
      readings: [
        { value: m.title, sources: first },
        { value: `${m.shortTitle} (as the status report gives it)`, sources: second },
      ],
      shown: 0,
      why: 'The SEC Update gives the full title; the status report abbreviates it.',
    };
  }
  if (choice === 1 && m.workingGroup) {
    const group = String(m.workingGroup.group);
    return {
      about: 'workingGroup.group',
      readings: [
        { value: group === 'wg1' ? 'wg2' : 'wg1', sources: first },
        { value: group, sources: second },
      ],
      shown: 1,
      why: 'The later source records the Panel’s final allocation.',
    };
  }
  return {
    about: 'when the modification entered its current phase',
    readings: [
      { value: 'Before the October 2016 Panel meeting.', sources: first },
      { value: 'At the October 2016 Panel meeting.', sources: second },
    ],
    shown: rng.int(0, 1),
    why: 'Neither source gives a date; the register shows the reading that matches the event history.',
  };
}
