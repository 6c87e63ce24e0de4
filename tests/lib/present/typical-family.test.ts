import { describe, expect, it } from 'vitest';
import {
  horizonDifferences,
  indexNearestMedian,
  typicalIteration,
} from '../../../src/lib/present/typical-family';
import { runInline } from '../../../src/lib/sim/run-inline';
import { scenario, step } from '../../helpers/scenario';

describe('indexNearestMedian', () => {
  it('finds the value closest to the median, the first of equals', () => {
    expect(indexNearestMedian([5, 1, 9, 3, 7])).toBe(0); // median 5
    expect(indexNearestMedian([10, 0, 4, 6])).toBe(2); // median 5: 4 and 6 are as close, 4 comes first
    expect(indexNearestMedian([2, 2, 2])).toBe(0);
    expect(indexNearestMedian([-3, 100, -1, -2])).toBe(2); // median -1.5: -1 and -2 as close, -1 first
  });

  it('gives 0 for no values', () => {
    expect(indexNearestMedian([])).toBe(0);
  });
});

describe('typicalIteration', () => {
  // The pilot costs 1,000 a month for 1 to 24 months (uniform), the reference nothing: the
  // difference is minus the pilot's cost, so the typical family has the median duration.
  const s = scenario(
    {
      pilot: {
        steps: [
          step('help', {
            duration: { dist: 'uniform', min: 1, max: 24 },
            monthlyCost: 1000,
          }),
        ],
      },
    },
    { settings: { horizonMonths: 60, shortTermMonths: 12, iterations: 999, seed: 7 } },
  );
  const data = runInline(s, { iterations: 999, seed: 7 });

  it('reads reference minus pilot over the horizon for each family', () => {
    const d = horizonDifferences(data);
    expect(d).toHaveLength(999);
    for (const x of d) expect(x).toBeLessThanOrEqual(-1000);
  });

  it('picks a family whose difference is the median of all', () => {
    const d = [...horizonDifferences(data)];
    const median = [...d].sort((a, b) => a - b)[499]!;
    const k = typicalIteration(data);
    expect(d[k]).toBe(median);
    expect(d.indexOf(median)).toBe(k);
  });
});
