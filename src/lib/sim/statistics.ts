/** Summary statistics of a sample of per-iteration values. */
export interface SampleStats {
  n: number;
  mean: number;
  sd: number;
  /** Monte Carlo standard error of the mean: sd / sqrt(n). */
  mcse: number;
  min: number;
  max: number;
  /** Percentiles 5, 25, 50, 75, 95 (linear interpolation between order statistics). */
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
  histogram: HistogramBin[];
}

export interface HistogramBin {
  x0: number;
  x1: number;
  count: number;
}

export const PERCENTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/** Mean, sd (n - 1), MCSE, percentiles and an equal-width histogram. */
export function sampleStats(values: Float64Array, bins = 40): SampleStats {
  const n = values.length;
  if (n === 0) throw new RangeError('no values');
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= n;
  let m2 = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const d = values[i] - mean;
    m2 += d * d;
    if (values[i] < min) min = values[i];
    if (values[i] > max) max = values[i];
  }
  const sd = n > 1 ? Math.sqrt(m2 / (n - 1)) : 0;
  const sorted = Float64Array.from(values).sort();
  const [p5, p25, p50, p75, p95] = PERCENTILES.map((p) => quantileSorted(sorted, p)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return {
    n,
    mean,
    sd,
    mcse: sd / Math.sqrt(n),
    min,
    max,
    p5,
    p25,
    p50,
    p75,
    p95,
    histogram: histogram(sorted, bins),
  };
}

/** Quantile of sorted values, type 7 (linear between order statistics), as R and numpy default. */
export function quantileSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  const pos = p * (n - 1);
  const i = Math.floor(pos);
  const f = pos - i;
  return i + 1 < n ? sorted[i] * (1 - f) + sorted[i + 1] * f : sorted[n - 1];
}

function histogram(sorted: Float64Array, bins: number): HistogramBin[] {
  const lo = sorted[0];
  const hi = sorted[sorted.length - 1];
  if (hi === lo) return [{ x0: lo, x1: hi, count: sorted.length }];
  const width = (hi - lo) / bins;
  const out: HistogramBin[] = Array.from({ length: bins }, (_, k) => ({
    x0: lo + k * width,
    x1: k === bins - 1 ? hi : lo + (k + 1) * width,
    count: 0,
  }));
  for (let i = 0; i < sorted.length; i++) {
    const k = Math.min(bins - 1, Math.floor((sorted[i] - lo) / width));
    out[k].count++;
  }
  return out;
}
