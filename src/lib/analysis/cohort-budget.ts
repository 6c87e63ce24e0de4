import type { LocalText } from '../model/local-text';
import type { CohortResult, CohortRow, CohortSpec, Estimate, ProgressCallback } from './analysis-types';
import { addCohortYears, calendarYearsOf, entryPattern } from './cohort-calendar';
import { estimateOf, pointEstimate, sampleVariance, weightedQuantiles } from './estimate';
import { MIN_RELIABLE_OUTER_DRAWS, checkNestedSizes, nestedWork, simulateNested } from './nested-simulation';
import { mixStreams } from './parameter-draws';

/** Below this many euros a cumulative difference counts as zero (as in the engine). */
const BREAK_EVEN_TOLERANCE = 1e-6;

/** At most this many single families are kept (over all draws) for the family spread. */
const POOLED_FAMILIES = 200_000;

function checkSpec(spec: CohortSpec): void {
  if (!(Number.isFinite(spec.familiesPerYear) && spec.familiesPerYear > 0))
    throw new RangeError(`families per year must be above 0, not ${spec.familiesPerYear}`);
  if (!(Number.isInteger(spec.years) && spec.years >= 1 && spec.years <= 20))
    throw new RangeError(`entry years must be a whole number from 1 to 20, not ${spec.years}`);
  if (spec.mix.length === 0) throw new RangeError('the mix needs at least one scenario');
  if (spec.mix.some((m) => !(Number.isFinite(m.weight) && m.weight >= 0)))
    throw new RangeError('mix weights must be numbers >= 0');
  if (!(spec.mix.reduce((a, m) => a + m.weight, 0) > 0))
    throw new RangeError('mix weights must add up to more than 0');
  checkNestedSizes(spec.outerDraws, spec.innerFamilies);
}

/**
 * Budget impact of a cohort (issue 7): `familiesPerYear` families enter in each of `years`
 * years; per calendar year and payer the cost of the pilot path, of the reference path and the
 * difference (reference - pilot), nominal and discounted, as a mean with a 90 % interval over the
 * outer parameter draws (the uncertainty about the averages, which is what a budget depends on).
 *
 * Per scenario of the mix and outer draw k, `simulateNested` gives one family's expected monthly
 * cost per path and payer; cohort costs are linear in it, so each draw's calendar is computed
 * exactly from it (`addCohortYears`). The mix is combined per draw by its normalised weights:
 * draw k of the cohort is the weighted sum of draw k of each scenario. Every scenario of the mix
 * gets the same outer draws (parameter streams are keyed by id, so a parameter with the same id
 * in two scenarios is one unknown average with one value per draw, and the mix does not shrink
 * its uncertainty); the inner families of each scenario are its own, keyed by the scenario's id
 * (`mixStreams`), so reordering the mix changes nothing. A mix of one scenario with
 * `outerDraws` 0 is exactly the app's plain run with `seed` (families draw their own
 * parameters); `outerDraws` 0 gives expected values only (low = high = mean), 1 is refused and
 * fewer than `MIN_RELIABLE_OUTER_DRAWS` gives `intervalReliable: false`.
 */
export function cohortBudget(spec: CohortSpec, onProgress?: ProgressCallback): CohortResult {
  checkSpec(spec);
  const wSum = spec.mix.reduce((a, m) => a + m.weight, 0);
  const weights = spec.mix.map((m) => m.weight / wSum);
  const first = spec.mix[0]!.scenario;
  const rate = spec.discountRate ?? first.settings.discountRate;
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`discount rate must lie in 0..1, not ${rate}`);

  // Payers: the union over the mix, in the first scenario's order, then new ones as they come.
  const payerIds: string[] = [];
  const payerNames: Record<string, LocalText> = {};
  for (const m of spec.mix) {
    for (const p of m.scenario.payers) {
      if (payerNames[p.id] !== undefined) continue;
      payerIds.push(p.id);
      payerNames[p.id] = p.label;
    }
  }
  const nU = payerIds.length;
  const maxH = Math.max(...spec.mix.map((m) => m.scenario.settings.horizonMonths));
  const CY = calendarYearsOf(spec.years, maxH);
  const K = spec.outerDraws;
  const D = Math.max(1, K);
  const M = spec.innerFamilies;
  const pattern = entryPattern(spec.familiesPerYear, spec.entry);

  // Per draw: [draw][path][payer][calendar year], nominal and discounted.
  const at = (k: number, p: number, u: number, y: number) => ((k * 2 + p) * nU + u) * CY + y;
  const nominal = new Float64Array(D * 2 * nU * CY);
  const discounted = new Float64Array(D * 2 * nU * CY);
  const drawMean = new Float64Array(D);
  const drawNoise = new Float64Array(D);
  const pooled: number[] = [];
  const pooledWeight: number[] = [];
  const perDraw = Math.max(1, Math.min(M, Math.ceil(POOLED_FAMILIES / (D * spec.mix.length))));

  const total = spec.mix.length * nestedWork({ outerDraws: K, innerFamilies: M });
  const streams = spec.mix.length > 1 ? mixStreams(spec.mix.map((m) => m.scenario.id)) : [undefined];
  let before = 0;
  spec.mix.forEach((entry, j) => {
    const s = entry.scenario;
    const w = weights[j]!;
    const nP = s.payers.length;
    const H = s.settings.horizonMonths;
    const union = s.payers.map((p) => payerIds.indexOf(p.id));
    const offset = before;
    simulateNested(
      s,
      { outerDraws: K, innerFamilies: M, seed: spec.seed, stream: streams[j], discountRate: rate },
      (k, d) => {
        for (let p = 0; p < 2; p++) {
          for (let q = 0; q < nP; q++) {
            const family = d.monthly.subarray((p * nP + q) * H, (p * nP + q + 1) * H);
            const base = at(k, p, union[q]!, 0);
            addCohortYears(
              family,
              pattern,
              spec.years,
              rate,
              w,
              nominal.subarray(base, base + CY),
              discounted.subarray(base, base + CY),
            );
          }
        }
        drawMean[k] += w * d.meanDifference;
        drawNoise[k] += (w * w * d.varianceDifference) / M;
        const take = Math.min(perDraw, d.differences.length);
        if (w === 0) return;
        for (let i = 0; i < take; i++) {
          pooled.push(d.differences[i]!);
          pooledWeight.push(w / (D * take));
        }
      },
      onProgress ? (done) => onProgress(offset + done, total) : undefined,
    );
    before += nestedWork({ outerDraws: K, innerFamilies: M });
  });

  const values = new Float64Array(D);
  const estimate = (f: (k: number) => number): Estimate => {
    for (let k = 0; k < D; k++) values[k] = f(k);
    return K === 0 ? pointEstimate(values[0]!) : estimateOf(values);
  };
  const sumOver = (arr: Float64Array, k: number, p: number, payers: number[], years: number[]) => {
    let v = 0;
    for (const u of payers) for (const y of years) v += arr[at(k, p, u, y)]!;
    return v;
  };
  const rowOf = (year: number, payer: number | null, years: number[]): CohortRow => {
    const payers = payer === null ? payerIds.map((_, u) => u) : [payer];
    const part = (arr: Float64Array) => ({
      pilot: estimate((k) => sumOver(arr, k, 0, payers, years)),
      reference: estimate((k) => sumOver(arr, k, 1, payers, years)),
      difference: estimate((k) => sumOver(arr, k, 1, payers, years) - sumOver(arr, k, 0, payers, years)),
    });
    return {
      year,
      payerId: payer === null ? null : payerIds[payer]!,
      nominal: part(nominal),
      discounted: part(discounted),
    };
  };
  const rows: CohortRow[] = [];
  for (let y = 0; y < CY; y++) {
    for (let u = 0; u < nU; u++) rows.push(rowOf(y + 1, u, [y]));
    rows.push(rowOf(y + 1, null, [y]));
  }
  const allYears = Array.from({ length: CY }, (_, y) => y);
  const totals: CohortRow[] = [];
  for (let u = 0; u < nU; u++) totals.push(rowOf(0, u, allYears));
  totals.push(rowOf(0, null, allYears));

  return {
    spec: {
      familiesPerYear: spec.familiesPerYear,
      years: spec.years,
      entry: spec.entry,
      discountRate: rate,
      outerDraws: K,
      innerFamilies: M,
      seed: spec.seed,
      mix: spec.mix.map((m, j) => ({ name: m.name, weight: weights[j]!, scenarioId: m.scenario.id })),
    },
    payerIds,
    payerNames,
    calendarYears: CY,
    rows,
    totals,
    intervalReliable: K >= MIN_RELIABLE_OUTER_DRAWS,
    perFamily: perFamilyOf(K, drawMean, drawNoise, pooled, pooledWeight),
    paybackYear: paybackYearOf(rows.filter((r) => r.payerId === null).map((r) => r.nominal.difference.mean)),
  };
}

/**
 * The two kinds of uncertainty per family. Mean difference: over the draw means (90 % interval
 * over draws). Family spread: 5th..95th percentile of single families pooled over all draws,
 * weighted by the mix (type 7 generalised to weights, `weightedQuantile`: exactly type 7 for one
 * scenario). MCSE of the overall mean: the SD of the independent draw means / sqrt(K) for
 * K >= 2, else the plain SE of the families of the one run. Inner-noise share: mean over draws
 * of the inner variance / innerFamilies, divided by the variance of the draw means (capped at 1;
 * 0 without outer draws).
 */
function perFamilyOf(
  K: number,
  drawMean: Float64Array,
  drawNoise: Float64Array,
  pooled: number[],
  pooledWeight: number[],
): CohortResult['perFamily'] {
  const meanDifference = K === 0 ? pointEstimate(drawMean[0]!) : estimateOf(drawMean);
  const [low, high] = weightedQuantiles(pooled, pooledWeight, [0.05, 0.95]) as [number, number];
  let mcse: number;
  let innerNoiseShare = 0;
  if (K >= 2) {
    const between = sampleVariance(drawMean);
    mcse = Math.sqrt(between / K);
    let noise = 0;
    for (let k = 0; k < K; k++) noise += drawNoise[k]!;
    noise /= K;
    innerNoiseShare = between > 0 ? Math.min(1, noise / between) : noise > 0 ? 1 : 0;
  } else {
    mcse = Math.sqrt(drawNoise[0]!);
  }
  return { meanDifference, familySpread: { mean: meanDifference.mean, low, high }, mcse, innerNoiseShare };
}

/** First calendar year (1-based) from which the cumulative difference stays >= 0; null if never. */
export function paybackYearOf(yearlyDifference: number[]): number | null {
  let cum = 0;
  let lastBelow = -1;
  yearlyDifference.forEach((d, y) => {
    cum += d;
    if (cum < -BREAK_EVEN_TOLERANCE) lastBelow = y;
  });
  return lastBelow + 1 < yearlyDifference.length ? lastBelow + 2 : null;
}
