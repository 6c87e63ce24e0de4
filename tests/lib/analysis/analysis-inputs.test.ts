import { describe, expect, it } from 'vitest';
import { analysisInputs } from '../../../src/lib/analysis/analysis-inputs';
import { normalQuantile } from '../../../src/lib/quantity/special-functions';
import { scenario, step } from './fixtures';

const s = scenario(
  {
    pilot: {
      steps: [
        step('coach', {
          label: { nl: 'Coach', en: 'Coach' },
          monthlyCost: { dist: 'normal', mean: 1000, sd: 100 },
          duration: 12,
          source: 'Tariff list 2024',
        }),
      ],
    },
    reference: {
      events: [
        {
          id: 'ots',
          label: { nl: 'OTS', en: 'Supervision order' },
          probability: { dist: 'beta', k: 3, n: 10 },
          onset: { formula: 'delay' },
          source: 'Case files 2022',
          consequences: [step('guardian', { monthlyCost: { formula: 'ots_cost' } })],
        },
      ],
    },
  },
  {
    parameters: [
      {
        id: 'ots_cost',
        label: { nl: 'OTS per maand', en: 'OTS per month' },
        value: { dist: 'uniform', min: 1000, max: 3000 },
        unit: 'EUR/month',
        source: 'Region 2023',
        year: 2023,
      },
      { id: 'delay', value: 4 },
      { id: 'twice', value: { formula: 'delay * 2' } },
      { id: 'p_x', value: { dist: 'beta', alpha: 2, beta: 8 } },
    ],
  },
);

describe('analysisInputs', () => {
  const inputs = analysisInputs(s);
  const byRef = new Map(inputs.map((x) => [x.ref, x]));

  it('lists parameters with a number or distribution, not formulas', () => {
    const params = inputs.filter((x) => x.kind === 'parameter').map((x) => x.parameterId);
    expect(params).toEqual(['ots_cost', 'delay', 'p_x']);
  });

  it('gives a parameter its label, unit, source and year, and exact percentiles', () => {
    const x = byRef.get('parameters[0].value')!;
    expect(x.label).toEqual({ nl: 'OTS per maand', en: 'OTS per month' });
    expect(x).toMatchObject({
      unit: 'EUR/month',
      source: 'Region 2023',
      year: 2023,
      uncertain: true,
      role: 'parameter',
    });
    expect(x.mean).toBe(2000);
    expect(x.p10).toBeCloseTo(1200, 9);
    expect(x.p90).toBeCloseTo(2800, 9);
    expect(x.lower).toBe(0);
    expect(x.upper).toBeCloseTo(2 * 2980, 9);
  });

  it('marks a plain number as certain and falls back to the id as its label', () => {
    const x = byRef.get('parameters[1].value')!;
    expect(x).toMatchObject({
      uncertain: false,
      mean: 4,
      p10: 4,
      p90: 4,
      label: { nl: 'delay', en: 'delay' },
    });
    expect(x.upper).toBe(8);
  });

  it('gives a beta parameter on 0..1 the range of a probability', () => {
    const x = byRef.get('parameters[3].value')!;
    expect([x.lower, x.upper]).toEqual([0, 1]);
  });

  it('labels step and event fields by item, field and path, with the source', () => {
    const cost = byRef.get('paths.pilot.steps[0].monthlyCost')!;
    expect(cost.label).toEqual({
      nl: 'Coach: kosten per maand (pilotpad)',
      en: 'Coach: monthly cost (pilot path)',
    });
    expect(cost).toMatchObject({ kind: 'field', role: 'cost', source: 'Tariff list 2024', uncertain: true });
    expect(cost.p90).toBeCloseTo(1000 + 100 * normalQuantile(0.9), 9);
    const p = byRef.get('paths.reference.events[0].probability')!;
    expect(p.label.en).toBe('Supervision order: probability (reference path)');
    expect(p).toMatchObject({ source: 'Case files 2022', lower: 0, upper: 1, uncertain: true });
    expect(p.mean).toBeCloseTo(4 / 12, 12);
    expect(byRef.get('paths.pilot.steps[0].duration')).toMatchObject({ uncertain: false, mean: 12 });
  });

  it('leaves out fields that are formulas', () => {
    expect(byRef.has('paths.reference.events[0].onset')).toBe(false);
    expect(byRef.has('paths.reference.events[0].consequences[0].monthlyCost')).toBe(false);
  });
});

describe('analysisInputs ranges of parameters a probability is built from', () => {
  const t = scenario(
    {
      reference: {
        events: [
          {
            id: 'crisis',
            label: 'Crisis',
            probability: { formula: '1 - p_calm' },
            consequences: [step('care', { oneOffCost: 1000 })],
          },
          {
            id: 'ots',
            label: 'OTS',
            probability: { formula: 'p_uhp' },
            consequences: [step('guardian', { oneOffCost: 1000 })],
          },
          {
            id: 'scaled',
            label: 'Scaled',
            probability: { formula: 'min(1, cost / 10000)' },
            consequences: [step('x', { oneOffCost: 1 })],
          },
        ],
      },
    },
    {
      parameters: [
        { id: 'p_calm', value: 0.6 },
        { id: 'p_coop', value: { dist: 'uniform', min: 0.2, max: 0.5 } },
        { id: 'p_uhp', value: { formula: '1 - p_coop' } },
        { id: 'cost', value: { dist: 'uniform', min: 1000, max: 3000 } },
      ],
      settings: { horizonMonths: 12 },
    },
  );
  const byId = new Map(analysisInputs(t).map((x) => [x.parameterId, x]));

  it('keeps a parameter inside a probability formula within 0..1', () => {
    // Without this, 2 x 0.6 = 1.2 would make the event probability -0.2.
    expect([byId.get('p_calm')!.lower, byId.get('p_calm')!.upper]).toEqual([0, 1]);
  });

  it('follows formula parameters to the parameters they read', () => {
    expect([byId.get('p_coop')!.lower, byId.get('p_coop')!.upper]).toEqual([0, 1]);
  });

  it('leaves a parameter whose values lie outside 0..1 its own range', () => {
    expect(byId.get('cost')!.upper).toBeCloseTo(2 * 2980, 9);
  });
});
