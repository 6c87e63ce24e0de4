import type { Scenario } from '../../../../src/lib/model/scenario';
import { scenario, step } from '../../../helpers/scenario';

/**
 * A small case for the panels: the pilot costs `pilot_cost` once; on the reference path an
 * out-of-home placement (chance `p_placement`) costs 2,000 a month for a year.
 */
export function panelsScenario(
  id = 'case-x',
  name: Scenario['name'] = { nl: 'Casus X', en: 'Case X' },
): Scenario {
  return scenario(
    {
      pilot: { steps: [step('pilot', { oneOffCost: { formula: 'pilot_cost' } })] },
      reference: {
        events: [
          {
            id: 'placement',
            label: { nl: 'Uithuisplaatsing', en: 'Out-of-home placement' },
            kind: 'placement',
            probability: { formula: 'p_placement' },
            onset: 0,
            duration: 12,
            consequences: [step('foster', { monthlyCost: 2000 })],
          },
        ],
      },
    },
    {
      id,
      name,
      settings: {
        horizonMonths: 60,
        shortTermMonths: 12,
        seed: 4242,
        discountRate: 0.03,
        discountPreset: 'zin-2024',
      },
      parameters: [
        {
          id: 'pilot_cost',
          label: { nl: 'Kosten van de pilot', en: 'Cost of the pilot' },
          value: { dist: 'pert', min: 10000, mode: 15000, max: 25000 },
          unit: 'EUR per family',
          source: 'Report, case 1',
          year: 2023,
        },
        {
          id: 'p_placement',
          label: { nl: 'Kans uithuisplaatsing', en: 'Chance of an out-of-home placement' },
          value: { dist: 'beta', k: 3, n: 10 },
          unit: 'probability',
          assumption: true,
        },
      ],
    },
  );
}
