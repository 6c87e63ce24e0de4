/**
 * A share said as "in X of 10 simulated futures" (conventions §5). Rounding would turn 3 % into
 * "0 of 10" and 97 % into "10 of 10", which read as "never" and "always": say "fewer than 1" and
 * "more than 9" instead, and keep 0 and 10 for shares that are exactly 0 or 1. A half rounds
 * towards 5 of 10 (the less extreme reading), so 5 % and 95 % read alike: "1 of 10", "9 of 10".
 */
export type OutOfTen = { kind: 'exact'; count: number } | { kind: 'fewerThanOne' } | { kind: 'moreThanNine' };

export function outOfTen(share: number): OutOfTen {
  if (!(share >= 0 && share <= 1)) throw new RangeError(`a share must be in [0, 1], got ${share}`);
  const x = share * 10;
  const count = x <= 5 ? Math.floor(x + 0.5) : Math.ceil(x - 0.5);
  if (count === 0 && share > 0) return { kind: 'fewerThanOne' };
  if (count === 10 && share < 1) return { kind: 'moreThanNine' };
  return { kind: 'exact', count };
}
