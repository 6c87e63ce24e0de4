import { describe, expect, it } from 'vitest';
import { DEFAULT_PAYERS } from '../../../src/lib/model/default-payers';
import { stepSites } from '../../../src/lib/model/quantity-fields';
import { loadAllExamples, readExampleText } from './example-files';

const examples = loadAllExamples();

describe('settings and payers of the example scenarios', () => {
  it('share the settings of the study examples (60 months, 12 short-term, ZIN 2024 3 %, 2024 euros, 10,000 iterations, a fixed seed)', () => {
    const seeds = new Set<number>();
    for (const { entry, scenario } of examples) {
      expect(scenario.settings, entry.id).toEqual({
        horizonMonths: 60,
        shortTermMonths: 12,
        discountRate: 0.03,
        discountPreset: 'zin-2024',
        priceYear: 2024,
        currency: 'EUR',
        iterations: 10000,
        seed: scenario.settings.seed,
      });
      seeds.add(scenario.settings.seed);
      // The seed is written in the file, not left to the default.
      expect(JSON.parse(readExampleText(entry.file)).settings.seed, entry.id).toBeTypeOf('number');
    }
    expect(seeds.size).toBe(1);
  });

  it('use the default Dutch payers', () => {
    const ids = DEFAULT_PAYERS.map((p) => p.id);
    for (const { entry, scenario } of examples)
      expect(
        scenario.payers.map((p) => p.id),
        entry.id,
      ).toEqual(ids);
  });

  it('charge the costs to several payers, so that the who-pays view has something to show', () => {
    for (const { entry, scenario } of examples) {
      const used = new Set<string>();
      for (const { step } of stepSites(scenario)) {
        if (typeof step.payer === 'string') used.add(step.payer);
        else for (const s of step.payer) used.add(s.payer);
      }
      expect(used.size, entry.id).toBeGreaterThanOrEqual(3);
      expect(used.has('municipality-youth'), entry.id).toBe(true);
      expect(used.has('health-insurer'), entry.id).toBe(true);
    }
  });

  it('name only family members the scenario declares, and the children as children', () => {
    for (const { entry, scenario } of examples) {
      const members = new Set(scenario.members.map((m) => m.id));
      for (const { step, path } of stepSites(scenario))
        for (const m of step.members ?? []) expect(members.has(m), `${entry.id}: ${path} ${m}`).toBe(true);
      expect(
        scenario.members.some((m) => m.role === 'child'),
        entry.id,
      ).toBe(true);
    }
  });
});
