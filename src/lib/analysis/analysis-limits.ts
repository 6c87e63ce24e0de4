/**
 * Fewest outer (parameter) draws for a 90 % interval: the interval is the 5th to 95th
 * percentile of the draws, and from fewer than 20 draws those are hardly more than the extremes.
 * 0 draws means expected values only; 1 draw is refused. A module without imports, so the page's
 * forms can read it without loading the engine.
 */
export const MIN_RELIABLE_OUTER_DRAWS = 20;
