import { describe, expect, it } from 'vitest';
import type { EstimateAnswer } from '../../../src/lib/model/session';
import { answerCamps, CAMP_GAP, pointValue } from '../../../src/lib/session/answer-camps';

const count = (n: number, i = 0): EstimateAnswer => ({
  participantId: `c${i}-${n}`,
  kind: 'count',
  count: n,
});
const range = (low: number, likely: number, high: number): EstimateAnswer => ({
  participantId: `r${likely}`,
  kind: 'range',
  low,
  likely,
  high,
});

describe('two camps: the answers split where sorted point values are more than 40 apart', () => {
  it('10 and 80 are two camps', () => {
    expect(answerCamps([count(10), count(80)])).toEqual({ low: [10], high: [80], gap: 70 });
  });

  it('the split is at the largest gap, with every answer on its side (ranges by their most likely)', () => {
    const camps = answerCamps([count(90), range(0, 10, 30), count(5), range(70, 85, 100), count(20)]);
    expect(camps).toEqual({ low: [5, 10, 20], high: [85, 90], gap: 65 });
    expect(pointValue(range(0, 10, 30))).toBe(10);
  });

  it('a gap of exactly 40 or less is no split; answers spread evenly are none either', () => {
    expect(CAMP_GAP).toBe(40);
    expect(answerCamps([count(10), count(50)])).toBeNull();
    expect(answerCamps([count(10), count(40.5), count(80)])).toBeNull();
    expect(answerCamps([count(10), count(50.5)])).not.toBeNull();
  });

  it('one answer, or none, is no split', () => {
    expect(answerCamps([])).toBeNull();
    expect(answerCamps([count(100)])).toBeNull();
    expect(answerCamps([count(0, 1), count(0, 2)])).toBeNull();
  });
});
