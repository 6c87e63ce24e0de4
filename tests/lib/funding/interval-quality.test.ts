import { describe, expect, it } from 'vitest';
import { intervalQuality } from '../../../src/lib/funding/interval-quality';
import { cohortFixture } from './cohort-fixture';

describe('intervalQuality', () => {
  it('is none without draws, rough when the library flags the interval, reliable otherwise', () => {
    expect(intervalQuality(cohortFixture({ outerDraws: 0 }))).toBe('none');
    expect(intervalQuality({ ...cohortFixture({ outerDraws: 5 }), intervalReliable: false })).toBe('rough');
    expect(intervalQuality({ ...cohortFixture({ outerDraws: 200 }), intervalReliable: true })).toBe(
      'reliable',
    );
  });

  it('takes a result made before the flag existed as it was shown then', () => {
    const old = cohortFixture({ outerDraws: 200 });
    delete old.intervalReliable;
    expect(intervalQuality(old)).toBe('reliable');
  });
});
