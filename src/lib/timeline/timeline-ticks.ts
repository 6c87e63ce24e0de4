import { range } from 'd3';

/** A labelled month on the time axis; `year` is set on whole years (12, 24, ...). */
export interface MonthTick {
  month: number;
  x: number;
  year: number | null;
}

/** Month steps a labelled tick may take: whole quarters and years, so labels stay round. */
const STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600];
/** Room a tick label needs ("600" at 15 px, with a gap). */
export const MIN_TICK_SPACING = 44;

/**
 * Ticks from month 0 to the horizon, as dense as fits `pixelsPerMonth` (at least MIN_TICK_SPACING
 * apart), at whole years once a year is wide enough to label only years.
 */
export function monthTicks(
  horizon: number,
  x: (month: number) => number,
  pixelsPerMonth: number,
): MonthTick[] {
  const step = STEPS.find((s) => s * pixelsPerMonth >= MIN_TICK_SPACING) ?? STEPS[STEPS.length - 1]!;
  return range(0, horizon + 1, step).map((month) => ({
    month,
    x: x(month),
    year: month > 0 && month % 12 === 0 ? month / 12 : null,
  }));
}
