import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioHash } from '../../../src/lib/model/scenario-hash';
import type { StepPrice } from '../../../src/lib/model/step-price';
import { validateScenario, validateScenarioJson } from '../../../src/lib/model/validate-scenario';
import { runDigest } from '../../../src/lib/sim/run-digest';
import { runInline } from '../../../src/lib/sim/run-inline';
import { run, scenario, step } from '../../helpers/scenario';
import { UNPRICED_SCENARIO } from './unpriced-fixture';

const hourly = (units: StepPrice['units'], unitPrice: StepPrice['unitPrice']): StepPrice => ({
  item: 'youth-care-ambulant-hour',
  list: '2024.1',
  units,
  unitPrice,
  basis: 'monthly',
  priceYear: 2024,
});

describe('the engine on steps priced from the price list', () => {
  it('charges 10 hours a month x EUR 78 for 6 months as EUR 4,680 undiscounted', () => {
    const s = scenario({ pilot: { steps: [step('team', { duration: 6, price: hourly(10, 78) })] } });
    const r = run(s, 200);
    expect(r.measures.horizon.pilot.mean).toBe(4680);
    expect(r.measures.horizonUndiscounted.pilot.mean).toBe(4680);
    expect(r.measures.horizon.pilot.sd).toBe(0);
    expect(r.payers.find((p) => p.id === 'municipality-youth')!.pilot.horizon).toBe(4680);
  });

  it('charges a one-off price once, in the start month, on the step payer', () => {
    const price: StepPrice = {
      item: 'raad-investigation',
      list: '2024.1',
      units: 1,
      unitPrice: 6000,
      basis: 'one-off',
    };
    const s = scenario(
      { reference: { steps: [step('raad', { start: 14, payer: 'justice', price })] } },
      { settings: { shortTermMonths: 12 } },
    );
    const r = run(s, 100);
    expect(r.measures.horizon.reference.mean).toBe(6000);
    expect(r.measures.shortTerm.reference.mean).toBe(0);
    expect(r.payers.find((p) => p.id === 'justice')!.reference.horizon).toBe(6000);
  });

  it('gives a priced step the same costs as the step with its monthly cost typed in', () => {
    const priced = scenario(
      { pilot: { steps: [step('team', { start: 2, duration: 9, price: hourly(10, 78) })] } },
      { settings: { discountRate: 0.03, discountPreset: 'zin-2024' } },
    );
    const typed = scenario(
      { pilot: { steps: [step('team', { start: 2, duration: 9, monthlyCost: 780 })] } },
      { settings: { discountRate: 0.03, discountPreset: 'zin-2024' } },
    );
    const a = run(priced, 50).measures;
    const b = run(typed, 50).measures;
    for (const m of ['horizon', 'horizonUndiscounted', 'shortTerm', 'shortTermUndiscounted'] as const) {
      expect(a[m].pilot.mean, m).toBeCloseTo(b[m].pilot.mean, 9);
    }
  });

  it("adds the price to the step's own monthly cost", () => {
    const s = scenario({
      pilot: { steps: [step('team', { duration: 6, monthlyCost: 100, price: hourly(10, 78) })] },
    });
    expect(run(s, 10).measures.horizon.pilot.mean).toBe(6 * (100 + 780));
  });

  it('gives the mean E[units] x E[unit price] when both are uncertain and independent', () => {
    // units ~ uniform(5, 15): mean 10; unit price ~ PERT(70, 78, 95): mean (70 + 4 * 78 + 95) / 6.
    const s = scenario({
      pilot: {
        steps: [
          step('team', {
            duration: 6,
            price: hourly({ dist: 'uniform', min: 5, max: 15 }, { dist: 'pert', min: 70, mode: 78, max: 95 }),
          }),
        ],
      },
    });
    const r = run(s, 20_000);
    const expected = 6 * 10 * ((70 + 4 * 78 + 95) / 6);
    const m = r.measures.horizon.pilot;
    expect(Math.abs(m.mean - expected)).toBeLessThanOrEqual(4 * m.mcse);
  });

  it('charges a consequence price for the months of its event state', () => {
    const s = scenario({
      reference: {
        events: [
          {
            id: 'uhp',
            label: 'UHP',
            kind: 'placement',
            probability: 1,
            onset: 3,
            duration: 4,
            consequences: [
              step('foster', {
                price: {
                  item: 'foster-care-day',
                  list: '2024.1',
                  units: 30,
                  unitPrice: 45,
                  basis: 'monthly',
                },
              }),
            ],
          },
        ],
      },
    });
    expect(run(s, 10).measures.horizon.reference.mean).toBe(4 * 30 * 45);
  });
});

describe('scenarios without a price', () => {
  it('give bit-identical results to the engine before prices existed', () => {
    const v = validateScenario(UNPRICED_SCENARIO);
    expect(v.ok && v.warnings).toEqual([]);
    if (!v.ok) return;
    // Recorded with the engine as it was before steps could take a price from the price list.
    expect(scenarioHash(v.scenario)).toBe('c9371ad4a8dfc62ca06036148e1cbb263c5d274a4fca8924ee27e6d1bc38d551');
    expect(runDigest(runInline(v.scenario))).toBe(
      '0adb44f8c5e128ad2764e9c2f6a8c3c0bc9729b9b36ca3584fcd305c8189c226',
    );
  });

  it('still validate as they are, without price or priceList keys after parsing', () => {
    const text = readFileSync(new URL('../../../static/scenarios/case-1.json', import.meta.url), 'utf8');
    const v = validateScenarioJson(text);
    expect(v.ok ? [] : v.problems).toEqual([]);
    if (!v.ok) return;
    expect('priceList' in v.scenario).toBe(false);
    const json = JSON.stringify(v.scenario);
    if (!text.includes('"price"')) expect(json).not.toContain('"price"');
  });
});
