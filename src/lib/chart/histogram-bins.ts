import { tickIncrement, tickStep } from 'd3';

/**
 * Equal-width bin edges with round numbers (d3's tick steps: 1, 2 or 5 times a power of ten)
 * covering [lo, hi] in about `target` bins. A range that spans zero always has an edge at zero,
 * so "below zero" and "above zero" never share a bin. A single value gets one bin around it.
 */
export function niceEdges(lo: number, hi: number, target = 30): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi < lo) throw new RangeError(`no range ${lo}..${hi}`);
  if (hi === lo) {
    const half = lo === 0 ? 0.5 : tickStep(0, Math.abs(lo), 10) / 2;
    return [lo - half, lo + half];
  }
  // d3's tick increment: a whole step, or (negative) the inverse of a fractional one, so that
  // edges are k * step or k / inverse, exact in floating point (0.3, not 0.30000000000000004).
  const inc = tickIncrement(lo, hi, target);
  const edgeAt = inc > 0 ? (k: number) => k * inc : (k: number) => k / -inc;
  const scaled = (x: number) => (inc > 0 ? x / inc : x * -inc);
  let k0 = Math.floor(scaled(lo));
  if (edgeAt(k0 + 1) <= lo) k0++;
  let k1 = Math.ceil(scaled(hi));
  if (edgeAt(k1 - 1) >= hi) k1--;
  if (k1 <= k0) k1 = k0 + 1;
  return Array.from({ length: k1 - k0 + 1 }, (_, k) => edgeAt(k0 + k) || 0);
}

/** The bin of x among edges (the last bin includes its right edge); -1 when outside. */
export function binIndex(edges: readonly number[], x: number): number {
  const n = edges.length - 1;
  if (!(x >= edges[0]!) || x > edges[n]!) return -1;
  const w = (edges[n]! - edges[0]!) / n;
  let k = Math.min(n - 1, Math.floor((x - edges[0]!) / w));
  // Correct the last-bit errors of the division against the exact edges.
  while (k > 0 && x < edges[k]!) k--;
  while (k < n - 1 && x >= edges[k + 1]!) k++;
  return k;
}

/**
 * Counts per bin of `count` values read from `values` at offset + i * stride (per-iteration
 * arrays keep several numbers per iteration). One pass, no allocation per value.
 */
export function countInBins(
  edges: readonly number[],
  values: ArrayLike<number>,
  offset: number,
  stride: number,
  count: number,
): number[] {
  const out = new Array<number>(edges.length - 1).fill(0);
  for (let i = 0; i < count; i++) {
    const k = binIndex(edges, values[offset + i * stride]!);
    if (k >= 0) out[k]++;
  }
  return out;
}
