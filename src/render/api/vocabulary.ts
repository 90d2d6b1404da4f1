/** Words the API's schemas need that the domain keeps as types only. */
import type { DatePrecision } from '../../domain/dates';

/** The precisions of a source date (see `src/domain/dates.ts`). */
export const datePrecisions = ['day', 'month', 'interval'] as const satisfies readonly DatePrecision[];
