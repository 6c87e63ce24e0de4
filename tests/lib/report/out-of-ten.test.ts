import { describe, expect, it } from 'vitest';
import { outOfTen } from '../../../src/lib/report/out-of-ten';

describe('outOfTen', () => {
  it('says exactly 0 of 10 only for a share of exactly 0', () => {
    expect(outOfTen(0)).toEqual({ kind: 'exact', count: 0 });
  });

  it('says exactly 10 of 10 only for a share of exactly 1', () => {
    expect(outOfTen(1)).toEqual({ kind: 'exact', count: 10 });
  });

  it.each([0.03, 0.0001, 0.049])('says fewer than 1 of 10 for a small share %d instead of 0', (share) => {
    expect(outOfTen(share)).toEqual({ kind: 'fewerThanOne' });
  });

  it.each([0.97, 0.9999, 0.951])('says more than 9 of 10 for a large share %d instead of 10', (share) => {
    expect(outOfTen(share)).toEqual({ kind: 'moreThanNine' });
  });

  it.each([
    [0.05, 1],
    [0.95, 9],
    [0.25, 3],
    [0.75, 7],
    [0.45, 5],
    [0.55, 5],
    [0.449, 4],
    [0.7, 7],
    [0.94, 9],
  ])('rounds a share of %d to %d of 10 (halves towards 5)', (share, count) => {
    expect(outOfTen(share)).toEqual({ kind: 'exact', count });
  });

  it.each([-0.01, 1.01, NaN, Infinity, -Infinity])('refuses a share of %d', (share) => {
    expect(() => outOfTen(share)).toThrow(RangeError);
  });
});
