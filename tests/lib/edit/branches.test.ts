import { describe, expect, it } from 'vitest';
import { addBranch } from '../../../src/lib/edit/add-branch';
import {
  branchesAddUp,
  branchSum,
  normaliseBranches,
  setBranchProbability,
} from '../../../src/lib/edit/branch-probabilities';
import { deleteBranch } from '../../../src/lib/edit/delete-branch';
import { updateBranch } from '../../../src/lib/edit/update-branch';
import { validateScenario } from '../../../src/lib/model/validate-scenario';
import { fixture } from './fixture';

const probabilities = (s: ReturnType<typeof fixture>) => s.paths.reference.branches.map((b) => b.probability);

describe('branches', () => {
  it('a new branch has probability 0, so the sum still says 1 and nothing is fixed silently', () => {
    const s = fixture();
    const { scenario, id } = addBranch(s, 'reference', 'Crisis', 'en');
    expect(id).toBe('crisis');
    expect(probabilities(scenario)).toEqual([0.7, 0.3, 0]);
    expect(branchSum(scenario.paths.reference.branches)).toBeCloseTo(1, 12);
    const added = addBranch(s, 'pilot', 'Good', 'en', 1);
    expect(added.scenario.paths.pilot.branches[0]!.probability).toBe(1);
  });

  it('setting a probability keeps the others; the sum shows what is off', () => {
    const s = setBranchProbability(fixture(), 'reference', 'likely', 0.67);
    expect(probabilities(s)).toEqual([0.67, 0.3]);
    expect(branchSum(s.paths.reference.branches)).toBeCloseTo(0.97, 12);
    expect(branchesAddUp(s.paths.reference.branches)).toBe(false);
    const v = validateScenario(s);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problems.map((p) => p.path)).toEqual(['paths.reference.branches']);
  });

  it('normalise scales to exactly 1 in 4 decimals that add up', () => {
    const s = setBranchProbability(fixture(), 'reference', 'likely', 0.67);
    const n = normaliseBranches(s, 'reference');
    expect(probabilities(n)).toEqual([0.6907, 0.3093]);
    expect(validateScenario(n).ok).toBe(true);
    let three = addBranch(fixture(), 'reference', 'third', 'en').scenario;
    three = setBranchProbability(three, 'reference', 'likely', 1);
    three = setBranchProbability(three, 'reference', 'unlikely', 1);
    three = setBranchProbability(three, 'reference', 'third', 1);
    const t = normaliseBranches(three, 'reference');
    expect(probabilities(t)).toEqual([0.3334, 0.3333, 0.3333]);
    expect(branchesAddUp(t.paths.reference.branches)).toBe(true);
  });

  it('normalise gives equal shares when all are 0, and changes nothing that already adds up', () => {
    let s = setBranchProbability(fixture(), 'reference', 'likely', 0);
    s = setBranchProbability(s, 'reference', 'unlikely', 0);
    expect(probabilities(normaliseBranches(s, 'reference'))).toEqual([0.5, 0.5]);
    const ok = fixture();
    expect(normaliseBranches(ok, 'reference')).toBe(ok);
    expect(normaliseBranches(ok, 'pilot')).toBe(ok);
  });

  it('a branch is renamed and deleted; deleting leaves the sum to the user', () => {
    const s = fixture();
    const r = updateBranch(s, 'reference', 'likely', (b) => ({ ...b, label: 'Waarschijnlijk' }));
    expect(r.paths.reference.branches[0]!.label).toBe('Waarschijnlijk');
    const d = deleteBranch(s, 'reference', 'unlikely');
    expect(probabilities(d)).toEqual([0.7]);
    expect(deleteBranch(s, 'reference', 'nope')).toBe(s);
  });
});
