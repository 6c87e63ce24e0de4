/** A payer's mean difference (reference minus pilot) per family: positive means it pays less with the pilot. */
export interface PayerDifference {
  id: string;
  difference: number;
}

export interface PayerDifferenceBar {
  id: string;
  difference: number;
  /** The bar as fractions of the bar area (left edge and right edge); equal when there is no difference. */
  start: number;
  end: number;
  /** Pays less with the pilot: the bar goes right of zero, its label after it; otherwise left. */
  saves: boolean;
}

export interface PayerDifferenceGeometry {
  /** Where zero is, as a fraction of the bar area. */
  zero: number;
  bars: PayerDifferenceBar[];
}

/**
 * Diverging bars of each payer's difference around zero, with room kept beyond the longest bar
 * on each side for its amount as a direct label (`labelWidth` of an area `areaWidth` wide, in any
 * one unit: px, or characters). A difference below one euro either way draws no bar.
 */
export function payerDifferenceGeometry(
  rows: readonly PayerDifference[],
  labelWidth: number,
  areaWidth: number,
): PayerDifferenceGeometry {
  const room = Math.min(0.45, Math.max(0, labelWidth) / Math.max(1, areaWidth));
  const real = (d: number) => Math.abs(d) >= 1;
  const maxLess = Math.max(0, ...rows.filter((r) => real(r.difference)).map((r) => r.difference));
  const maxMore = Math.max(0, ...rows.filter((r) => real(r.difference)).map((r) => -r.difference));
  const hasMore = maxMore > 0;
  const hasLess = maxLess > 0;
  // A side without bars still keeps room for the "no difference" labels next to zero.
  const leftRoom = hasMore ? room : 0;
  const rightRoom = hasLess || !hasMore ? room : 0;
  const span = maxLess + maxMore;
  const scale = span > 0 ? (1 - leftRoom - rightRoom) / span : 0;
  const zero = span > 0 ? leftRoom + maxMore * scale : leftRoom + (1 - leftRoom - rightRoom) / 2;
  const bars = rows.map((r): PayerDifferenceBar => {
    const d = real(r.difference) ? r.difference : 0;
    const end = round(zero + d * scale);
    return {
      id: r.id,
      difference: r.difference,
      start: Math.min(round(zero), end),
      end: Math.max(round(zero), end),
      saves: d >= 0,
    };
  });
  return { zero: round(zero), bars };
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;
