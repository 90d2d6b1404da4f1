/**
 * The meeting calendar of every body: each Working Group, the SEC Panel and the Change Board.
 *
 * Events are tied to the calendar's meetings rather than given meetings of their own, so a
 * Working Group meeting carries several modifications, as real ones do. The calendar also
 * records what each meeting dealt with, which becomes the meeting's agenda, and which
 * meetings were not held, which events must avoid.
 */
import { addDays, addWorkingDays, monthBounds, monthOf, nextMonth, type Day } from '../../../src/domain/dates';
import type { Random } from './random';

/** One meeting in a body's calendar, whether or not any modification ends up using it. */
export interface Slot {
  readonly id: string;
  /** A working group's id, `sec-panel` or `change-board`. */
  readonly body: string;
  /** As the sources give it: a day, or a month when they name only the month. */
  readonly date: string;
  readonly earliest: Day;
  readonly latest: Day;
  readonly notHeld: boolean;
}

/** Meetings before this month are never marked as not held: the early sources are silent. */
const NOT_HELD_FROM = '2014-01';

/** Monthly meetings of every body, and what each one dealt with. */
export class Calendar {
  private readonly slotsByBody = new Map<string, Slot[]>();
  /** What each used meeting's agenda will list: business, then the modifications concerned. */
  private readonly bookings = new Map<string, Map<string, Set<string>>>();

  /**
   * A meeting a month for every body, from the month before `from` to the end of the second
   * year after `asOf`, so that plans after the as-of date have meetings to point at.
   */
  constructor(
    rng: Random,
    bodies: readonly string[],
    from: Day,
    private readonly asOf: Day,
  ) {
    const first = monthOf(addDays(from, -31));
    const last = `${Number(asOf.slice(0, 4)) + 2}-12`;
    for (const body of bodies) {
      const slots: Slot[] = [];
      for (let month = first; month <= last; month = nextMonth(month)) {
        const bounds = monthBounds(month);
        const mayBeNotHeld = month >= NOT_HELD_FROM;
        if (rng.chance(0.08)) {
          // Some sources date a meeting only to its month ("the December 2016 Panel").
          const notHeld = bounds.last <= asOf && mayBeNotHeld && rng.chance(0.03);
          slots.push({ id: `${body}-${month}`, body, date: month, earliest: bounds.first, latest: bounds.last, notHeld });
          continue;
        }
        // Meetings fall on working days: a drawn Saturday or Sunday moves to the Monday after.
        const drawn = `${month}-${String(rng.int(1, 26)).padStart(2, '0')}`;
        const day = addWorkingDays(addDays(drawn, -1), 1);
        const notHeld = day <= asOf && mayBeNotHeld && rng.chance(0.02);
        slots.push({ id: `${body}-${day}`, body, date: day, earliest: day, latest: day, notHeld });
      }
      this.slotsByBody.set(body, slots);
    }
  }

  /** Every meeting of every body. */
  all(): Slot[] {
    return [...this.slotsByBody.values()].flat();
  }

  /** The first held meeting of a body that starts on or after `from` and ends by `until`. */
  firstHeld(body: string, from: Day, until: Day): Slot | undefined {
    for (const slot of this.slotsByBody.get(body) ?? []) {
      if (slot.earliest < from || slot.notHeld) continue;
      return slot.latest <= until ? slot : undefined;
    }
    return undefined;
  }

  /** The first meeting of a body that may lie after the as-of date (a planned one), or the `skip`th after it. */
  planned(body: string, skip = 0): Slot | undefined {
    return (this.slotsByBody.get(body) ?? []).filter((s) => s.latest > this.asOf)[skip];
  }

  /** Records that a meeting deals with a modification, for the meeting's agenda. */
  book(slot: Slot, business: string, modification: string): void {
    let items = this.bookings.get(slot.id);
    if (!items) this.bookings.set(slot.id, (items = new Map()));
    let modifications = items.get(business);
    if (!modifications) items.set(business, (modifications = new Set()));
    modifications.add(modification);
  }

  /** The ids of every meeting something was booked at. */
  booked(): string[] {
    return [...this.bookings.keys()];
  }

  /** What a meeting dealt with: each item of business and the modifications concerned. */
  business(slotId: string): ReadonlyMap<string, ReadonlySet<string>> {
    return this.bookings.get(slotId) ?? new Map();
  }
}
