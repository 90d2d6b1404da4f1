/**
 * What lies ahead of an open modification: its plans and its row in the status report's
 * progression table.
 *
 * Both look past the as-of date, so they are the part of a modification the site shows as
 * expected rather than recorded. The next step comes from the phase model (`likelyNext`), so a
 * plan is always something the transition table allows from where the modification stands.
 */
import { addDays, monthOf, nextMonth } from '../../../src/domain/dates';
import { transitions, type PhaseState } from '../../../src/domain/phases';
import { progressionActivityLabels, type Phase, type ProgressionActivity } from '../../../src/domain/vocabulary';
import type { Context, ModificationInput, PlanInput } from './context';
import { likelyNext } from './histories';
import { venueOf } from './timeline';

/**
 * What comes next for an open modification, mostly at a planned meeting of the body it will
 * happen at, and sometimes a progress report as well.
 */
export function plans(ctx: Context, id: string, state: PhaseState, group: string, object: string): PlanInput[] {
  const { rng, asOf, calendar, citations } = ctx;
  const result: PlanInput[] = [];
  const next = likelyNext(state);
  if (next) {
    const body = venueOf(next, group);
    const slot = body ? calendar.planned(body, rng.int(0, 2)) : undefined;
    result.push({
      ...(slot ? { date: slot.date } : rng.chance(0.5) ? { date: monthOf(addDays(asOf, rng.int(30, 240))) } : {}),
      kind: next,
      detail: `${transitions[next].label} is expected next for the ${object} modification.`,
      ...(slot ? { meeting: slot.id } : {}),
      sources: citations.cite('modification'),
    });
    if (slot) calendar.book(slot, `Planned: ${transitions[next].label}`, id);
  }
  if (rng.chance(0.3)) {
    result.push({ kind: 'progress-update', detail: `SECAS will report progress on the ${object} to the Panel.`, sources: citations.cite('modification') });
  }
  return result;
}

/** How the text extraction of the progression table prints each activity's cells. */
const ACTIVITY_CELL: Record<ProgressionActivity, string> = {
  'panel-approved-refinement': 'Refinement',
  'working-group-refinement': 'WG',
  solution: 'Solution',
  'preliminary-assessment': 'PA',
  'impact-assessment': 'IA',
  'panel-approved-consultation': 'Consultation approved',
  consultation: 'Consultation',
  'draft-modification-report': 'DMR',
  'change-board-decision': 'CB Decision',
};

/** The activities the progression table shows ahead of a modification in each open phase. */
function activitiesAhead(state: PhaseState): ProgressionActivity[] {
  const byPhase: Partial<Record<Phase, ProgressionActivity[]>> = {
    'initial-modification-report': ['panel-approved-refinement'],
    refinement: ['working-group-refinement', 'solution', state.stage === 'dcc-impact-assessment' ? 'impact-assessment' : 'preliminary-assessment', 'draft-modification-report'],
    'modification-report': ['panel-approved-consultation', 'consultation', 'draft-modification-report', 'change-board-decision'],
    'change-board': ['draft-modification-report', 'change-board-decision'],
  };
  return byPhase[state.phase] ?? ['change-board-decision'];
}

/** `count` months from `first` on. */
function monthsFrom(first: string, count: number): string[] {
  const months = [first];
  while (months.length < count) months.push(nextMonth(months[months.length - 1] as string));
  return months;
}

/**
 * A progression-table row for an open modification: the activities its phase has left,
 * placed in months from the as-of month on, and the cells as the extraction would print them.
 */
export function progression(ctx: Context, state: PhaseState, number: number): NonNullable<ModificationInput['progression']> {
  const { rng, asOf } = ctx;
  const sources = ctx.citations.cite('modification');
  let month = monthOf(asOf);
  const placements = activitiesAhead(state).map((activity) => {
    const months = monthsFrom(month, rng.int(1, 3));
    month = nextMonth(months[months.length - 1] as string);
    return {
      activity,
      months,
      placement: rng.pick(['stated', 'inferred'] as const),
      basis: 'Read from the order of the row’s cells and the table’s month columns.',
    };
  });
  const cells = placements.map((p) => p.months.map(() => ACTIVITY_CELL[p.activity]).join(' '));
  return {
    matchedBy: `Row ${number} of the table, read in modification-number order.`,
    cells,
    ...(state.phase === 'refinement'
      ? { labels: [progressionActivityLabels['panel-approved-refinement'], progressionActivityLabels['working-group-refinement']] }
      : {}),
    placements,
    ...(rng.chance(0.2) ? { originalDecisionDate: monthOf(addDays(asOf, rng.int(30, 300))) } : {}),
    ...(rng.chance(0.15) ? { originalAssessmentDueDate: monthOf(addDays(asOf, -rng.int(0, 90))) } : {}),
    sources,
  };
}
