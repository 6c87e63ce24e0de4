import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../../src/lib/model/json-schema';
import type { ScenarioInput } from '../../../src/lib/model/scenario';
import type { StepInput } from '../../../src/lib/model/step';
import type { StepPrice } from '../../../src/lib/model/step-price';
import { validateScenario } from '../../../src/lib/model/validate-scenario';

const price = (fields: Partial<StepPrice> = {}): StepPrice => ({
  item: 'youth-care-ambulant-hour',
  list: '2024.1',
  units: 10,
  unitPrice: 78,
  basis: 'monthly',
  ...fields,
});

function withStep(fields: Partial<StepInput>, extra: Partial<ScenarioInput> = {}) {
  const s: ScenarioInput = {
    schemaVersion: 1,
    id: 't',
    name: 't',
    ...extra,
    paths: {
      pilot: { steps: [{ id: 'team', label: 'team', payer: 'municipality-youth', duration: 6, ...fields }] },
      reference: {},
    },
  };
  return validateScenario(s);
}

const errors = (v: ReturnType<typeof validateScenario>) => (v.ok ? [] : v.problems.map((p) => p.path));
const warnings = (v: ReturnType<typeof validateScenario>) => v.warnings.map((p) => p.path);

describe('a step price in the scenario format', () => {
  it('validates with units, unit price, basis and the link to the list', () => {
    const v = withStep(
      { price: price({ priceYear: 2024 }) },
      { priceList: { id: 'nl-prices', version: '2024.1' } },
    );
    expect(errors(v)).toEqual([]);
    expect(warnings(v)).toEqual([]);
  });

  it('rejects negative units and a negative unit price, by their paths', () => {
    expect(errors(withStep({ price: price({ units: -1 }) }))).toEqual(['paths.pilot.steps[0].price.units']);
    expect(errors(withStep({ price: price({ unitPrice: -78 }) }))).toEqual([
      'paths.pilot.steps[0].price.unitPrice',
    ]);
    expect(errors(withStep({ price: price({ unitPrice: { dist: 'uniform', min: -5, max: 80 } }) }))).toEqual([
      'paths.pilot.steps[0].price.unitPrice',
    ]);
  });

  it('checks formulas in units and unit price against the parameters', () => {
    const v = withStep({ price: price({ units: { formula: 'hours_pm' } }) });
    expect(errors(v)).toEqual(['paths.pilot.steps[0].price.units.formula']);
    const ok = withStep(
      { price: price({ units: { formula: 'hours_pm' } }) },
      { parameters: [{ id: 'hours_pm', value: { dist: 'gamma', mean: 10, sd: 2 } }] },
    );
    expect(errors(ok)).toEqual([]);
    const negative = withStep(
      { price: price({ units: { formula: 'h - 20' } }) },
      { parameters: [{ id: 'h', value: { dist: 'uniform', min: 0, max: 30 } }] },
    );
    expect(errors(negative)).toEqual(['paths.pilot.steps[0].price.units.formula']);
  });

  it('rejects unknown keys and an unknown basis', () => {
    expect(errors(withStep({ price: { ...price(), extra: 1 } as StepPrice }))).toEqual([
      'paths.pilot.steps[0].price',
    ]);
    expect(errors(withStep({ price: price({ basis: 'weekly' as 'monthly' }) }))).toEqual([
      'paths.pilot.steps[0].price.basis',
    ]);
  });

  it('needs a duration of at least a month for a monthly price', () => {
    expect(errors(withStep({ duration: 0, price: price() }))).toEqual(['paths.pilot.steps[0].duration']);
    expect(errors(withStep({ duration: 0, price: price({ basis: 'one-off' }) }))).toEqual([]);
  });

  it('warns when the price adds to a cost the step already has', () => {
    expect(warnings(withStep({ monthlyCost: 500, price: price() }))).toEqual(['paths.pilot.steps[0].price']);
    expect(warnings(withStep({ oneOffCost: 500, price: price() }))).toEqual([]);
    expect(warnings(withStep({ oneOffCost: 500, price: price({ basis: 'one-off' }) }))).toEqual([
      'paths.pilot.steps[0].price',
    ]);
  });

  it('warns when the unit price is in other euros than the scenario, or from another list version', () => {
    const v = withStep(
      { price: price({ priceYear: 2022, list: '2023.1' }) },
      { priceList: { id: 'nl-prices', version: '2024.1' } },
    );
    expect(errors(v)).toEqual([]);
    expect(warnings(v)).toEqual(['paths.pilot.steps[0].price.priceYear', 'paths.pilot.steps[0].price.list']);
  });

  it('is optional, and parsing a scenario without it adds no price keys', () => {
    const v = withStep({ monthlyCost: 500 });
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect('price' in v.scenario.paths.pilot.steps[0]!).toBe(false);
    expect('priceList' in v.scenario).toBe(false);
  });

  it('is published in the JSON Schema, on steps and as the scenario priceList', () => {
    const schema = JSON.stringify(scenarioJsonSchema());
    const top = scenarioJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(top.properties).toHaveProperty('priceList');
    expect(top.required).not.toContain('priceList');
    expect(schema).toContain('"unitPrice"');
  });
});
