import { describe, expect, it } from 'vitest';
import {
  clampStep,
  needsResult,
  PRESENT_STEPS,
  STEP_COUNT,
  stepId,
} from '../../../src/lib/present/present-steps';

describe('the present-mode steps', () => {
  it('reveal the pilot path, the reference path, the difference, who pays and one family, in that order', () => {
    expect(PRESENT_STEPS).toEqual(['pilot', 'reference', 'difference', 'payers', 'family']);
    expect(STEP_COUNT).toBe(5);
    expect([1, 2, 3, 4, 5].map(stepId)).toEqual([...PRESENT_STEPS]);
  });

  it('stay within the first and the last step', () => {
    expect(clampStep(0)).toBe(1);
    expect(clampStep(-3)).toBe(1);
    expect(clampStep(6)).toBe(5);
    expect(clampStep(2.4)).toBe(2);
    expect(clampStep(Number.NaN)).toBe(1);
    expect(stepId(99)).toBe('family');
  });

  it('ask for results only on the steps that show simulated numbers', () => {
    expect(PRESENT_STEPS.filter(needsResult)).toEqual(['difference', 'payers', 'family']);
  });
});
