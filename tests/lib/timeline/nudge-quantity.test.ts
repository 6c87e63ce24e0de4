import { describe, expect, it } from 'vitest';
import { nudgeQuantity } from '../../../src/lib/timeline/nudge-quantity';

describe('nudgeQuantity', () => {
  it('moves a plain number by the delta, never below the minimum', () => {
    expect(nudgeQuantity(4, 1)).toEqual({ ok: true, value: 5 });
    expect(nudgeQuantity(1, -1)).toEqual({ ok: true, value: 0 });
    expect(nudgeQuantity(0, -1)).toEqual({ ok: false, reason: 'minimum' });
    expect(nudgeQuantity(1, -1, 1)).toEqual({ ok: false, reason: 'minimum' });
  });

  it('shifts every location parameter of a distribution, keeping its shape', () => {
    expect(nudgeQuantity({ dist: 'pert', min: 3, mode: 9, max: 18 }, 1)).toEqual({
      ok: true,
      value: { dist: 'pert', min: 4, mode: 10, max: 19 },
    });
    expect(nudgeQuantity({ dist: 'triangular', min: 1, mode: 2, max: 4 }, -1)).toEqual({
      ok: true,
      value: { dist: 'triangular', min: 0, mode: 1, max: 3 },
    });
    expect(nudgeQuantity({ dist: 'uniform', min: 2, max: 6 }, 1)).toEqual({
      ok: true,
      value: { dist: 'uniform', min: 3, max: 7 },
    });
    expect(nudgeQuantity({ dist: 'normal', mean: 6, sd: 2 }, -1)).toEqual({
      ok: true,
      value: { dist: 'normal', mean: 5, sd: 2 },
    });
    expect(nudgeQuantity({ dist: 'gamma', mean: 6, sd: 2 }, 1)).toEqual({
      ok: true,
      value: { dist: 'gamma', mean: 7, sd: 2 },
    });
    expect(nudgeQuantity({ dist: 'discrete', values: [1, 3], weights: [1, 1] }, 1)).toEqual({
      ok: true,
      value: { dist: 'discrete', values: [2, 4], weights: [1, 1] },
    });
  });

  it('refuses to shift a distribution below 0', () => {
    expect(nudgeQuantity({ dist: 'pert', min: 0, mode: 2, max: 5 }, -1)).toEqual({
      ok: false,
      reason: 'minimum',
    });
    expect(nudgeQuantity({ dist: 'discrete', values: [0, 3], weights: [1, 1] }, -1)).toEqual({
      ok: false,
      reason: 'minimum',
    });
    // A lognormal or gamma mean must stay above 0.
    expect(nudgeQuantity({ dist: 'lognormal', mean: 1, sd: 0.5 }, -1)).toEqual({
      ok: false,
      reason: 'minimum',
    });
  });

  it('does not move a formula or a beta', () => {
    expect(nudgeQuantity({ formula: 'start + 1' }, 1)).toEqual({ ok: false, reason: 'formula' });
    expect(nudgeQuantity({ dist: 'beta', k: 1, n: 3 }, 1)).toEqual({ ok: false, reason: 'not-months' });
  });
});
