import { describe, expect, it } from 'vitest';
import { applyWarnings, withoutSpread } from '../../../src/lib/session/apply-warnings';
import { poolAnswers } from '../../../src/lib/session/pool-estimates';

const counts = (...xs: number[]) =>
  poolAnswers(xs.map((count, i) => ({ participantId: `p${i}`, kind: 'count' as const, count })))!;

describe('what "Use this in the model" asks the room to confirm', () => {
  it('everyone saying the same number over a distribution: the margin would be gone', () => {
    const pooled = counts(20, 20, 20);
    expect(pooled.quantity).toBe(0.2);
    expect(withoutSpread(pooled)).toBe(true);
    expect(applyWarnings({ dist: 'beta', k: 1, n: 2 }, pooled)).toEqual([{ kind: 'removes-spread' }]);
    // Over a plain number nothing is lost.
    expect(applyWarnings(0.3, pooled)).toEqual([]);
  });

  it('a formula over other parameters would be replaced: it says which', () => {
    expect(applyWarnings({ formula: 'p_drop * 0.5' }, counts(10, 30))).toEqual([
      { kind: 'replaces-formula', formula: 'p_drop * 0.5' },
    ]);
  });

  it('answers with a spread over a number or a distribution need no confirmation', () => {
    const pooled = counts(10, 30);
    expect(withoutSpread(pooled)).toBe(false);
    expect(applyWarnings(0.3, pooled)).toEqual([]);
    expect(applyWarnings({ dist: 'beta', mean: 0.2, sd: 0.05 }, pooled)).toEqual([]);
  });

  it('one low / most likely / high answer has a spread of its own', () => {
    const pooled = poolAnswers([{ participantId: 'p', kind: 'range', low: 10, likely: 20, high: 40 }])!;
    expect(withoutSpread(pooled)).toBe(false);
    expect(applyWarnings({ dist: 'beta', k: 1, n: 2 }, pooled)).toEqual([]);
  });
});
