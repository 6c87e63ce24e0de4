/** Where f changes from "below zero" to "at or above zero" (the break-even side). */
const side = (y: number): boolean => y >= 0;

export interface RootSearch {
  /** The value where f changes sign (the middle of the last bracket). */
  value: number;
  /** Evaluations of f made by the search (not counting the two ends given). */
  evaluations: number;
  /** True when the search stopped at `maxEvaluations` with the bracket still wider than `tolerance`. */
  capped: boolean;
}

/**
 * Finds where f changes sign between a and b, where f(a) = fa and f(b) = fb lie on different
 * sides of zero (f >= 0 counts as the break-even side). Illinois variant of regula falsi
 * (Dowell & Jarratt 1971): fast on the smooth and linear functions most inputs give, with a
 * bisection step whenever a step did not halve the bracket, so a step function (common random
 * numbers over a probability give one) is still bracketed to `tolerance` in at most about
 * 2 log2((b - a) / tolerance) evaluations. Where f is 0 over a stretch, the
 * value is the end of that stretch next to the negative side. Stops at `maxEvaluations` (then
 * `capped` says the bracket is still wider than `tolerance`).
 */
export function bracketedRoot(
  f: (x: number) => number,
  a: number,
  b: number,
  fa: number,
  fb: number,
  tolerance: number,
  maxEvaluations: number,
): RootSearch {
  if (side(fa) === side(fb)) throw new RangeError('f has the same sign at both ends');
  const scale = Math.max(Math.abs(fa), Math.abs(fb));
  let ga = fa; // Illinois-scaled end values
  let gb = fb;
  let last = 0; // which end moved last: -1 a, +1 b
  let bisect = false;
  let evaluations = 0;
  const evaluate = (x: number): number => {
    evaluations++;
    const y = f(x);
    if (side(y) === side(fa)) {
      a = x;
      fa = y;
      ga = y;
      if (last === -1) gb /= 2;
      last = -1;
    } else {
      b = x;
      fb = y;
      gb = y;
      if (last === 1) ga /= 2;
      last = 1;
    }
    return y;
  };
  while (b - a > tolerance && evaluations < maxEvaluations) {
    const width = b - a;
    let c = bisect ? (a + b) / 2 : (a * gb - b * ga) / (gb - ga);
    if (!(c > a && c < b)) c = (a + b) / 2;
    const fc = evaluate(c);
    // Next to a root (a linear f is hit at once): probe tolerance / 2 to either side, which
    // brackets it to the tolerance, or shows that f is flat at 0 there and the search goes on.
    if (Math.abs(fc) <= 1e-9 * scale && evaluations + 2 <= maxEvaluations) {
      const lo = c - tolerance / 2;
      const hi = c + tolerance / 2;
      if (lo > a) evaluate(lo);
      if (hi < b) evaluate(hi);
    }
    bisect = b - a > width / 2;
  }
  return { value: (a + b) / 2, evaluations, capped: b - a > tolerance };
}
