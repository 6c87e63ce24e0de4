import { describe, expect, it } from 'vitest';
import type { CohortSpec } from '../../../src/lib/analysis/analysis-types';
import { cohortKey } from '../../../src/lib/funding/cohort-key';
import { example } from '../../app/funding/fake-runner';

const case1 = example('case-1.json');
const case7 = example('case-7.json');
const spec = (patch: Partial<CohortSpec> = {}): CohortSpec => ({
  familiesPerYear: 40,
  years: 3,
  entry: 'spread',
  mix: [
    { name: 'Case 1', scenario: case1, weight: 0.6 },
    { name: 'Case 7', scenario: case7, weight: 0.4 },
  ],
  discountRate: 0.03,
  outerDraws: 200,
  innerFamilies: 500,
  seed: 1,
  ...patch,
});

describe('cohortKey', () => {
  it('is the same for the same cohort, also with copies of the scenarios and other display names', () => {
    const copy = spec({
      mix: [
        { name: 'Casus 1', scenario: structuredClone(case1), weight: 0.6 },
        { name: 'Casus 7', scenario: structuredClone(case7), weight: 0.4 },
      ],
    });
    expect(cohortKey(copy)).toBe(cohortKey(spec()));
  });

  it('changes with any number of the form, the seed, a weight, or the content of a scenario in the mix', () => {
    const base = cohortKey(spec());
    expect(cohortKey(spec({ familiesPerYear: 80 }))).not.toBe(base);
    expect(cohortKey(spec({ years: 4 }))).not.toBe(base);
    expect(cohortKey(spec({ entry: 'start' }))).not.toBe(base);
    expect(cohortKey(spec({ outerDraws: 100 }))).not.toBe(base);
    expect(cohortKey(spec({ seed: 2 }))).not.toBe(base);
    expect(cohortKey(spec({ discountRate: 0 }))).not.toBe(base);
    const m = spec().mix;
    expect(
      cohortKey(
        spec({
          mix: [
            { ...m[0]!, weight: 0.5 },
            { ...m[1]!, weight: 0.5 },
          ],
        }),
      ),
    ).not.toBe(base);
    const edited = {
      ...case7,
      settings: { ...case7.settings, horizonMonths: case7.settings.horizonMonths + 12 },
    };
    expect(cohortKey(spec({ mix: [m[0]!, { ...m[1]!, scenario: edited }] }))).not.toBe(base);
  });

  it('ignores the group-session notes (as the scenario hash does)', () => {
    const withNotes = {
      ...case1,
      session: { participants: [], estimates: [], parkingLot: [] },
    } as typeof case1;
    const m = spec().mix;
    expect(cohortKey(spec({ mix: [{ ...m[0]!, scenario: withNotes }, m[1]!] }))).toBe(cohortKey(spec()));
  });
});
