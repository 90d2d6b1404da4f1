/**
 * Meeting entries, built from the calendar once every event and plan has been booked.
 *
 * Only meetings something refers to are written, plus the meetings known not to have been
 * held and the next few Panel and Change Board meetings, so the number of meetings grows with
 * the register rather than with the length of the calendar.
 */
import { monthOf } from '../../../src/domain/dates';
import type { Slot } from './calendar';
import { groupName, type Context, type MeetingInput } from './context';
import { listText, NOT_HELD_REASONS } from './words';

/** How many meetings after the as-of date the Panel and the Change Board list as upcoming. */
const UPCOMING = 3;

/**
 * An agenda item names the modifications it concerns when there are at most this many; what the
 * meeting did for each is in the modification's history either way.
 */
const LISTED = 6;

/** Every meeting to write, in id order, with an agenda of what it dealt with. */
export function meetings(ctx: Context): MeetingInput[] {
  const { rng, calendar, citations } = ctx;
  const wanted = new Set<string>(calendar.booked());
  for (const s of calendar.all()) if (s.notHeld && s.earliest >= ctx.start) wanted.add(s.id);
  for (const body of ['sec-panel', 'change-board']) {
    for (let k = 0; k < UPCOMING; k++) {
      const s = calendar.planned(body, k);
      if (s) wanted.add(s.id);
    }
  }
  const slotById = new Map(calendar.all().map((s) => [s.id, s]));
  return [...wanted].sort().map((id): MeetingInput => {
    const slot = slotById.get(id) as Slot;
    const isGroup = slot.body !== 'sec-panel' && slot.body !== 'change-board';
    const locator = isGroup ? groupName(ctx, slot.body) : undefined;
    const agenda = [...calendar.business(id)]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([business, mods]) => {
        const list = [...mods].sort();
        return {
          item: list.length <= LISTED ? `${business}: ${listText(list)}.` : `${business}: ${list.length} modifications.`,
          sources: citations.cite('meeting', locator),
        };
      });
    const month = monthOf(slot.earliest);
    const base = {
      date: slot.date,
      ...(rng.chance(0.6) ? { mode: rng.pick(['teleconference', 'in-person'] as const) } : {}),
      ...(agenda.length > 0 ? { agenda } : {}),
      ...(slot.notHeld ? { notHeld: { reason: rng.pick(NOT_HELD_REASONS), sources: citations.cite('meeting', locator) } } : {}),
      sources: citations.cite('meeting', locator),
      ...(rng.chance(0.03)
        ? {
            discrepancies: [
              {
                about: 'date',
                readings: [
                  { value: slot.date, sources: citations.cite('meeting') },
                  { value: month === slot.date ? `${slot.date}-15` : month, sources: citations.cite('meeting') },
                ],
                shown: 0,
                why: 'The status report gives the date more precisely than the paper it is attached to.',
              },
            ],
          }
        : {}),
    };
    return isGroup
      ? { id, type: 'working-group', workingGroup: slot.body, ...base }
      : { id, type: slot.body === 'sec-panel' ? 'sec-panel' : 'change-board', ...base };
  });
}
