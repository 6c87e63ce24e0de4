import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/lib/model/scenario';
import {
  COHORT_DEFAULTS,
  MAX_COHORT_WORK,
  activeMixRows,
  cohortSpecOf,
  defaultCohortForm,
  retypeCohortForm,
  weightSum,
  type CohortForm,
  type CohortReadOptions,
  type MixScenario,
} from '../../../src/lib/funding/cohort-form';

const s1 = { id: 'case-1' } as unknown as Scenario;
const s7 = { id: 'case-7' } as unknown as Scenario;
const known: Record<string, MixScenario> = {
  'case-1': { name: 'Case 1', scenario: s1 },
  'case-7': { name: 'Case 7', scenario: s7 },
  'case-8': { name: 'Case 8', scenario: null },
};
const options: CohortReadOptions = {
  seed: 42,
  discountRate: 0.03,
  decimalComma: false,
  openId: 'case-1',
  scenarioOf: (id) => known[id],
};

function form(patch: Partial<CohortForm> = {}): CohortForm {
  return { ...defaultCohortForm('case-1'), ...patch };
}

describe('defaultCohortForm', () => {
  it('starts at 40 families a year for 3 years, 200 draws of 500 families, the open scenario at 100 %', () => {
    const f = form();
    expect([f.familiesPerYear, f.years, f.outerDraws, f.innerFamilies]).toEqual(['40', '3', '200', '500']);
    expect(f.mix).toEqual([{ id: 'case-1', weight: '100' }]);
    expect(COHORT_DEFAULTS.entry).toBe('spread');
  });

  it('holds only ids and typed shares in the mix (no scenario objects in reactive state)', () => {
    const f = form({
      mix: [
        { id: 'case-1', weight: '60' },
        { id: 'case-7', weight: '40' },
      ],
    });
    expect(JSON.parse(JSON.stringify(f))).toEqual(f);
    expect(structuredClone(f)).toEqual(f);
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
        { id: 'case-1', weight: '60' },
        { id: 'case-7', weight: '40' },
        { id: 'case-8', weight: '' },
      ],
    });
    const r = cohortSpecOf(f, options);
    expect(r.ok && r.spec.mix.map((m) => [m.name, m.scenario, m.weight])).toEqual([
      ['Case 1', s1, 0.6],
      ['Case 7', s7, 0.4],
    ]);
  });

  it('row 0 is the open scenario whatever id it was stored with; a row of the open scenario is not counted twice', () => {
    // case 7 was added to the mix while case 1 was open; now case 7 is open
    const f = form({
      mix: [
        { id: 'case-1', weight: '100' },
        { id: 'case-7', weight: '40' },
      ],
    });
    const open7 = { ...options, openId: 'case-7' };
    expect(activeMixRows(f.mix, 'case-7')).toEqual([{ row: 0, id: 'case-7', weight: '100' }]);
    expect(weightSum(f.mix, false, 'case-7')).toBe(100);
    const r = cohortSpecOf(f, open7);
    expect(r.ok && r.spec.mix.map((m) => [m.scenario.id, m.weight])).toEqual([['case-7', 1]]);
  });

  it('takes the names the lookup gives (the current language), not names stored in the form', () => {
    const nl = { ...options, scenarioOf: (id: string) => ({ ...known[id]!, name: `Casus ${id.slice(5)}` }) };
    const r = cohortSpecOf(form(), nl);
    expect(r.ok && r.spec.mix[0]!.name).toBe('Casus 1');
  });

  it('reads Dutch decimal commas in the weights', () => {
    const f = form({
      mix: [
        { id: 'case-1', weight: '33,3' },
        { id: 'case-7', weight: '66,7' },
      ],
    });
    expect(cohortSpecOf(f, { ...options, decimalComma: true }).ok).toBe(true);
    expect(weightSum(f.mix, true, 'case-1')).toBeCloseTo(100, 9);
  });

  it('refuses weights that do not sum to 100, saying the sum', () => {
    const f = form({
      mix: [
        { id: 'case-1', weight: '60' },
        { id: 'case-7', weight: '30' },
      ],
    });
    expect(cohortSpecOf(f, options)).toEqual({
      ok: false,
      problems: [{ field: 'weights', kind: 'sum', sum: 90 }],
    });
  });

  it('refuses a weight that is not a number from 0 to 100, or a share for a scenario with problems or unknown', () => {
    const bad = (weight: string, id = 'case-7') =>
      cohortSpecOf(
        form({
          mix: [
            { id: 'case-1', weight: '100' },
            { id, weight },
          ],
        }),
        options,
      );
    for (const w of ['abc', '-5', '120']) {
      expect(bad(w)).toEqual({ ok: false, problems: [{ field: 'weights', kind: 'weight', row: 1 }] });
    }
    expect(bad('10', 'case-8')).toEqual({
      ok: false,
      problems: [{ field: 'weights', kind: 'weight', row: 1 }],
    });
    expect(bad('10', 'gone')).toEqual({
      ok: false,
      problems: [{ field: 'weights', kind: 'weight', row: 1 }],
    });
  });

  it('refuses a mix with every share at 0', () => {
    const r = cohortSpecOf(form({ mix: [{ id: 'case-1', weight: '0' }] }), options);
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

  it('takes 0 draws (expected values only) and 20 or more, and refuses 1 to 19 draws', () => {
    expect(cohortSpecOf(form({ outerDraws: '0' }), options)).toMatchObject({
      ok: true,
      spec: { outerDraws: 0 },
    });
    expect(cohortSpecOf(form({ outerDraws: '20' }), options)).toMatchObject({
      ok: true,
      spec: { outerDraws: 20 },
    });
    for (const n of ['1', '5', '19']) {
      expect(cohortSpecOf(form({ outerDraws: n }), options)).toEqual({
        ok: false,
        problems: [{ field: 'outerDraws', kind: 'fewDraws', min: 20 }],
      });
    }
  });

  it('refuses more simulated families than the browser does in one go', () => {
    const r = cohortSpecOf(form({ outerDraws: '2000', innerFamilies: '5000' }), options);
    expect(r).toEqual({
      ok: false,
      problems: [{ field: 'innerFamilies', kind: 'tooMuchWork', families: 10_000_000, max: MAX_COHORT_WORK }],
    });
  });
});

describe('retypeCohortForm', () => {
  it('keeps the value of numbers typed in Dutch when the UI switches to English, and back', () => {
    const nl = form({
      familiesPerYear: '1.000',
      innerFamilies: '2.500',
      mix: [
        { id: 'case-1', weight: '33,3' },
        { id: 'case-7', weight: '66,7' },
      ],
    });
    const en = retypeCohortForm(nl, true, false);
    expect([en.familiesPerYear, en.innerFamilies, en.years, en.outerDraws]).toEqual([
      '1000',
      '2500',
      '3',
      '200',
    ]);
    expect(en.mix.map((r) => r.weight)).toEqual(['33.3', '66.7']);
    const r = cohortSpecOf(en, { ...options, decimalComma: false });
    expect(r.ok && [r.spec.familiesPerYear, r.spec.innerFamilies]).toEqual([1000, 2500]);
    const back = retypeCohortForm(en, false, true);
    expect([back.familiesPerYear, back.mix[0]!.weight]).toEqual(['1000', '33,3']);
  });

  it('leaves text that is not a number as typed, and changes nothing for the same language', () => {
    const f = form({ familiesPerYear: 'many', years: '' });
    const en = retypeCohortForm(f, true, false);
    expect([en.familiesPerYear, en.years]).toEqual(['many', '']);
    expect(retypeCohortForm(f, true, true)).toBe(f);
  });
});
