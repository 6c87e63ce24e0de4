import type { Branch, PathId } from '../model/path';
import type { Scenario } from '../model/scenario';
import { updateBranch } from './update-branch';

/** How far from 1 a sum may be and still count as 1 (the validation's tolerance). */
export const BRANCH_SUM_TOLERANCE = 1e-6;

/** The sum of the branch probabilities (NaN-free: a missing number counts as 0). */
export function branchSum(branches: readonly Branch[]): number {
  return branches.reduce((a, b) => a + (Number.isFinite(b.probability) ? b.probability : 0), 0);
}

/** Whether the branches' probabilities add up to 1 (true when there are no branches). */
export function branchesAddUp(branches: readonly Branch[]): boolean {
  return branches.length === 0 || Math.abs(branchSum(branches) - 1) <= BRANCH_SUM_TOLERANCE;
}

/** The scenario with the branch `id` on `path` given `probability` (as typed; validation checks it). */
export function setBranchProbability(s: Scenario, path: PathId, id: string, probability: number): Scenario {
  return updateBranch(s, path, id, (b) => (b.probability === probability ? b : { ...b, probability }));
}

/** Decimal places normalised probabilities are given in. */
const PLACES = 4;

/**
 * Scale the probabilities so they add up to exactly 1, in 4 decimals (largest remainders get the
 * last units, so the shown numbers add up too). When they are all 0 (or negative), every branch
 * gets an equal share. Only as an explicit action: a sum that is not 1 is never fixed silently.
 * The same scenario when they already add up to 1.
 */
export function normaliseBranches(s: Scenario, path: PathId): Scenario {
  const branches = s.paths[path].branches;
  if (!branches.length || Math.abs(branchSum(branches) - 1) < 1e-12) return s;
  const weights = branches.map((b) =>
    Number.isFinite(b.probability) && b.probability > 0 ? b.probability : 0,
  );
  const total = weights.reduce((a, w) => a + w, 0);
  const shares = total > 0 ? weights.map((w) => w / total) : weights.map(() => 1 / branches.length);
  const units = 10 ** PLACES;
  const floors = shares.map((x) => Math.floor(x * units));
  let left = units - floors.reduce((a, x) => a + x, 0);
  const order = shares
    .map((x, i) => ({ i, rest: x * units - floors[i]! }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]!++;
    left--;
  }
  const next = branches.map((b, i) => {
    const probability = floors[i]! / units;
    return b.probability === probability ? b : { ...b, probability };
  });
  return { ...s, paths: { ...s.paths, [path]: { ...s.paths[path], branches: next } } };
}
