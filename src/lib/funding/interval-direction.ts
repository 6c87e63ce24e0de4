import type { Estimate } from '../analysis/analysis-types';

/**
 * The 90 % interval of a difference (reference - pilot) worded in the direction of its sentence.
 * A sentence says "costs X more" when the mean is below 0 and "saves X" otherwise; its interval
 * then speaks of amounts extra or saved, never of negative amounts:
 * - both ends on one side: `extra` / `saved` from the smaller to the larger amount;
 * - ends on both sides: from the sentence's own side to the other (`extraToSaved` for a cost
 *   sentence: "from €1,950,000 extra to €1,200,000 saved"; `savedToExtra` for a saving).
 * An end at exactly 0 counts on the side of the other end. Amounts are positive.
 */
export type IntervalInDirection =
  | { kind: 'extra'; from: number; to: number }
  | { kind: 'saved'; from: number; to: number }
  | { kind: 'extraToSaved'; extra: number; saved: number }
  | { kind: 'savedToExtra'; saved: number; extra: number };

export function intervalInDirection(d: Estimate): IntervalInDirection {
  const { low, high } = d;
  if (low >= 0) return { kind: 'saved', from: low, to: high };
  if (high <= 0) return { kind: 'extra', from: -high, to: -low };
  return d.mean >= 0
    ? { kind: 'savedToExtra', saved: high, extra: -low }
    : { kind: 'extraToSaved', extra: -low, saved: high };
}
