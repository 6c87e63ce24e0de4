import { describe, expect, it } from 'vitest';
import {
  clampStep,
  needsResult,
  nextPosition,
  previousPosition,
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

  it('show a step’s words after its picture when it has any, and go back through them', () => {
    const withWords = (n: number) => n === 1 || n === 4;
    const forward = [{ step: 1, words: false }];
    for (let k = 0; k < 8; k++) forward.push(nextPosition(forward[forward.length - 1]!, withWords));
    expect(forward.map((p) => `${p.step}${p.words ? 'w' : ''}`)).toEqual([
      '1',
      '1w',
      '2',
      '3',
      '4',
      '4w',
      '5',
      '5', // nothing after the last step
      '5',
    ]);
    expect(previousPosition({ step: 4, words: true })).toEqual({ step: 4, words: false });
    // Back to the previous step's picture (its words are one more press away).
    expect(previousPosition({ step: 2, words: false })).toEqual({ step: 1, words: false });
    expect(previousPosition({ step: 1, words: false })).toEqual({ step: 1, words: false });
  });
});
