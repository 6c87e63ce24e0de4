import { describe, expect, it } from 'vitest';
import { methodsSummary } from '../../../src/lib/exchange/methods-summary';
import { methodsText } from '../../../src/lib/exchange/methods-text';
import { run, scenario, step } from '../../helpers/scenario';

const s = scenario(
  {
    pilot: {
      label: { en: 'Integrated team', nl: 'Integraal team' },
      steps: [
        step('team', {
          oneOffCost: { dist: 'pert', min: 1, mode: 2, max: 4 },
          probability: { dist: 'beta', k: 3, n: 10 },
        }),
      ],
    },
    reference: {
      steps: [
        step('care', { monthlyCost: { formula: 'rate * 2' }, duration: 12, payer: 'health-insurer' }),
        step('more', { oneOffCost: { dist: 'pert', min: 1, mode: 2, max: 4 } }),
      ],
    },
  },
  {
    parameters: [{ id: 'rate', value: { dist: 'gamma', mean: 100, sd: 10 } }],
    settings: {
      horizonMonths: 60,
      shortTermMonths: 12,
      discountPreset: 'zin-2024',
      discountRate: 0.03,
      iterations: 300,
      seed: 9,
    },
  },
);

describe('methodsSummary (CHEERS 2022 items a tool can fill)', () => {
  const m = methodsSummary(s, null);

  it('item 7: the comparators are the two paths, by their labels', () => {
    expect(m.comparators).toEqual({
      cheersItem: 7,
      pilot: { en: 'Integrated team', nl: 'Integraal team' },
      reference: null,
    });
  });

  it('item 8: the perspective is the payers that pay for a step', () => {
    expect(m.perspective.payers.map((p) => p.id)).toEqual(['municipality-youth', 'health-insurer']);
  });

  it('items 9, 10, 15: horizon, discount rate with its source, currency and price year', () => {
    expect(m.timeHorizon).toEqual({ cheersItem: 9, months: 60, shortTermMonths: 12 });
    expect(m.discounting.annualRate).toBe(0.03);
    expect(JSON.stringify(m.discounting.source)).toMatch(/Zorginstituut Nederland/);
    expect(m.currency).toMatchObject({ cheersItem: 15, currency: 'EUR', priceYear: 2024, priceList: null });
  });

  it('item 20: Monte Carlo, iterations, seed, and which inputs have which distribution', () => {
    expect(m.uncertainty).toMatchObject({
      cheersItem: 20,
      method: 'monte-carlo',
      iterations: 300,
      seed: 9,
      fromRun: false,
    });
    expect(m.uncertainty.distributions).toEqual({ pert: 2, beta: 1, gamma: 1 });
    expect(m.uncertainty.formulas).toBe(1);
    expect(m.uncertainty.mcseOfDifference).toBeNull();
  });

  it('takes the run’s numbers when there is a run', () => {
    const summary = run(s, 200, 4);
    const r = methodsSummary(s, summary);
    expect(r.uncertainty).toMatchObject({ iterations: 200, seed: 4, fromRun: true });
    expect(r.uncertainty.mcseOfDifference).toBe(summary.measures.horizon.difference.mcse);
  });

  it('a custom rate has no source', () => {
    const custom = {
      ...s,
      settings: { ...s.settings, discountPreset: 'custom' as const, discountRate: 0.045 },
    };
    expect(methodsSummary(custom, null).discounting.source).toBeNull();
  });
});

describe('methodsText', () => {
  it('says each item in plain English', () => {
    const text = methodsText(methodsSummary(s, run(s, 200, 4)), s.name, 'en');
    expect(text).toContain(
      'Comparators (CHEERS item 7): the pilot path, Integrated team, against the reference path, not named.',
    );
    expect(text).toContain(
      'the costs of these payers are counted: Municipality (Youth Act), Health insurer (Health Insurance Act)',
    );
    expect(text).toContain('Time horizon (item 9): 5 years; the short term is the first 1 year.');
    expect(text).toContain('Discount rate (item 10): costs 3% a year (Zorginstituut Nederland');
    expect(text).toContain('Currency and price date (item 15): EUR, in prices of 2024.');
    expect(text).toContain('Monte Carlo simulation of 200 possible futures of the family (seed 4)');
    expect(text).toContain('distributions: PERT 2×, beta 1×, gamma 1×.');
    expect(text).toContain('Monte Carlo standard error of the mean difference');
    expect(text).toContain('Not covered by the model: health effects and QALYs');
    expect(text).not.toContain('it has not been run');
  });

  it('says each item in plain Dutch', () => {
    const text = methodsText(methodsSummary(s, null), s.name, 'nl');
    expect(text).toContain(
      'Vergelijking (CHEERS-punt 7): het pilotpad, Integraal team, tegenover het referentiepad, zonder naam.',
    );
    expect(text).toContain('Tijdshorizon (punt 9): 5 jaar; de korte termijn is de eerste 1 jaar.');
    expect(text).toContain('Monte-Carlosimulatie van 300 mogelijke toekomsten');
    expect(text).toContain('bèta 1×');
    expect(text).toContain('het is er nog niet mee doorgerekend');
  });
});
