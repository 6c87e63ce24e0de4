import { describe, expect, it } from 'vitest';
import { intervalInDirection } from '../../../src/lib/funding/interval-direction';

describe('intervalInDirection', () => {
  it('words a cost whose interval lies wholly below 0 as amounts extra, smaller first', () => {
    expect(intervalInDirection({ mean: -400_000, low: -900_000, high: -100_000 })).toEqual({
      kind: 'extra',
      from: 100_000,
      to: 900_000,
    });
  });

  it('words a saving whose interval lies wholly above 0 as amounts saved, smaller first', () => {
    expect(intervalInDirection({ mean: 300_000, low: 100_000, high: 500_000 })).toEqual({
      kind: 'saved',
      from: 100_000,
      to: 500_000,
    });
  });

  it('words a straddling interval from the sentence’s own side: extra first after "costs", saved first after "saves"', () => {
    // the reviewer's case: "costs €392,000 more (… from €1,950,000 extra to €1,200,000 saved)"
    expect(intervalInDirection({ mean: -392_000, low: -1_950_000, high: 1_200_000 })).toEqual({
      kind: 'extraToSaved',
      extra: 1_950_000,
      saved: 1_200_000,
    });
    expect(intervalInDirection({ mean: 150_000, low: -200_000, high: 500_000 })).toEqual({
      kind: 'savedToExtra',
      saved: 500_000,
      extra: 200_000,
    });
  });

  it('never gives a negative amount, and counts an end at 0 on the side of the other end', () => {
    for (const d of [
      { mean: -5, low: -10, high: 0 },
      { mean: 5, low: 0, high: 10 },
      { mean: -1, low: -10, high: 3 },
      { mean: 1, low: -3, high: 10 },
    ]) {
      const r = intervalInDirection(d);
      expect(
        Object.values(r)
          .filter((v) => typeof v === 'number')
          .every((v) => v >= 0),
      ).toBe(true);
    }
    expect(intervalInDirection({ mean: -5, low: -10, high: 0 }).kind).toBe('extra');
    expect(intervalInDirection({ mean: 5, low: 0, high: 10 }).kind).toBe('saved');
  });
});
