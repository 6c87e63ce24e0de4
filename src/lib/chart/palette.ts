import type { PathId } from '../model/path';

/**
 * Okabe-Ito colours (safe for the common colour-vision deficiencies), each with a second cue so
 * colour is never the only one: a dash pattern for lines, a hatch for bars, and a direct label.
 */
export interface SeriesStyle {
  color: string;
  /** SVG stroke-dasharray, or null for a solid line. */
  dash: string | null;
  /** Whether its bars are hatched (a pattern) rather than solid. */
  hatched: boolean;
}

export const PATH_STYLE: Record<PathId, SeriesStyle> = {
  pilot: { color: '#0072B2', dash: null, hatched: false },
  reference: { color: '#D55E00', dash: '9 5', hatched: true },
};

/** The difference (reference minus pilot), and the share where the pilot is cheaper. */
export const DIFFERENCE_STYLE: SeriesStyle = { color: '#009E73', dash: '2 4', hatched: false };

/** Where the pilot costs more: a neutral grey (the difference's "other side"). */
export const EXTRA_COST_COLOR = '#8C8C8C';

export const INK = '#111111';
export const MUTED = '#444444';
export const GRID = '#D9D9D9';
export const PAPER = '#FFFFFF';

/** Text sizes in px: readable on a 1280x720 projector (axis text at least 14 px). */
export const FONT = { tick: 15, label: 16, title: 20, small: 14 } as const;
/** Line widths in px (at least 2 for data lines). */
export const STROKE = { data: 3, marker: 2, axis: 1.5 } as const;
