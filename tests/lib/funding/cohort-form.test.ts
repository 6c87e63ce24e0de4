import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/lib/model/scenario';
import {
  COHORT_DEFAULTS,
  cohortSpecOf,
  defaultCohortForm,
  MAX_COHORT_WORK,
  weightSum,
  type CohortForm,
} from '../../../src/lib/funding/cohort-form';

const s1 = { id: 'case-1' } as unknown as Scenario;
const s7 = { id: 'case-7' } as unknown as Scenario;
const options = { seed: 42, discountRate: 0.03, decimalComma: false };

function form(patch: Partial<CohortForm> = {}): CohortForm {
  return { ...defaultCohortForm({ id: 'case-1', name: 'Case 1', scenario: s1 }), ...patch };
}

describe('defaultCohortForm', () => {
  it('starts at 40 families a year for 3 years, 200 draws of 500 families, the open scenario at 100 %', () => {
    const f = form();
    expect([f.familiesPerYear, f.years, f.outerDraws, f.innerFamilies]).toEqual(['40', '3', '200', '500']);
    expect(f.mix).toEqual([{ id: 'case-1', name: 'Case 1', scenario: s1, weight: '100' }]);
    expect(COHORT_DEFAULTS.entry).toBe('spread');
  });
});

describe('cohortSpecOf', () => {
  it('turns the defaults into a cohort spec with the seed and the discount rate', () => {
    const r = cohortSpecOf(form(), options);
    expect(r).toEqual({
      ok: true,
      spec: {
        familiesPerYear: 40,
        years: 3,
        mix: [{ name: 'Case 1', scenario: s1, weight: 1 }],
        entry: 'spread',
        discountRate: 0.03,
        outerDraws: 200,
        innerFamilies: 500,
        seed: 42,
      },
    });
  });

  it('takes a mix whose weights sum to 100, as fractions, leaving out 0 % and empty shares', () => {
    const f = form({
      mix: [
        { id: 'case-1', name: 'Case 1', scenario: s1, weight: '60' },
        { id: 'case-7', name: 'Case 7', scenario: s7, weight: '40' },
        { id: 'case-8', name: 'Case 8', scenario: null, weight: '' },
      ],
    });
    const r = cohortSpecOf(f, options);
    expect(r.ok && r.spec.mix.map((m) => [m.name, m.weight])).toEqual([
      ['Case 1', 0.6],
      ['Case 7', 0.4],
    ]);
  });

  it('reads Dutch decimal commas in the weights', () => {
    const f = form({
      mix: [
        { id: 'a', name: 'A', scenario: s1, weight: '33,3' },
        { id: 'b', name: 'B', scenario: s7, weight: '66,7' },
      ],
    });
    expect(cohortSpecOf(f, { ...options, decimalComma: true }).ok).toBe(true);
    expect(weightSum(f.mix, true)).toBeCloseTo(100, 9);
  });

  it('refuses weights that do not sum to 100, saying the sum', () => {
    const f = form({
      mix: [
        { id: 'case-1', name: 'Case 1', scenario: s1, weight: '60' },
        { id: 'case-7', name: 'Case 7', scenario: s7, weight: '30' },
      ],
    });
    expect(cohortSpecOf(f, options)).toEqual({
      ok: false,
      problems: [{ field: 'weights', kind: 'sum', sum: 90 }],
    });
  });

  it('refuses a weight that is not a number from 0 to 100, or a share for a scenario with problems', () => {
    const bad = (weight: string, scenario: Scenario | null = s7) =>
      cohortSpecOf(
        form({
          mix: [
            { id: 'case-1', name: 'Case 1', scenario: s1, weight: '100' },
            { id: 'x', name: 'X', scenario, weight },
          ],
        }),
        options,
      );
    for (const w of ['abc', '-5', '120']) {
      expect(bad(w)).toEqual({ ok: false, problems: [{ field: 'weights', kind: 'weight', row: 1 }] });
    }
    expect(bad('10', null)).toEqual({ ok: false, problems: [{ field: 'weights', kind: 'weight', row: 1 }] });
  });

  it('refuses a mix with every share at 0', () => {
    const r = cohortSpecOf(
      form({ mix: [{ id: 'case-1', name: 'Case 1', scenario: s1, weight: '0' }] }),
      options,
    );
    expect(r).toEqual({ ok: false, problems: [{ field: 'weights', kind: 'empty' }] });
  });

  it('refuses numbers out of range or not whole, each with its field and range', () => {
    const r = cohortSpecOf(
      form({ familiesPerYear: '0', years: '21', outerDraws: '1.5', innerFamilies: 'many' }),
      options,
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => p.field)).toEqual([
      'familiesPerYear',
      'years',
      'outerDraws',
      'innerFamilies',
    ]);
    expect(!r.ok && r.problems[1]).toEqual({ field: 'years', kind: 'wholeNumber', min: 1, max: 20 });
  });

  it('takes 0 draws (expected values only)', () => {
    const r = cohortSpecOf(form({ outerDraws: '0' }), options);
    expect(r.ok && r.spec.outerDraws).toBe(0);
  });

  it('refuses more simulated families than the browser does in one go', () => {
    const r = cohortSpecOf(form({ outerDraws: '2000', innerFamilies: '5000' }), options);
    expect(r).toEqual({
      ok: false,
      problems: [{ field: 'innerFamilies', kind: 'tooMuchWork', families: 10_000_000, max: MAX_COHORT_WORK }],
    });
  });
});
