import type { Quantity } from '../../../src/lib/model/quantity';
import type { ScenarioInput } from '../../../src/lib/model/scenario';
import { scenario, step } from '../../helpers/scenario';

type Settings = NonNullable<ScenarioInput['settings']>;

/**
 * The break-even case with an analytic answer: the pilot costs `pilotCost` once in month 0; on
 * the reference path a crisis happens with probability `p` (parameter `p_crisis`) and costs
 * `crisisCost` (parameter `crisis_cost`) once in month 0. Expected difference p x crisisCost -
 * pilotCost, so the break-even probability is pilotCost / crisisCost.
 */
export function crisisCase(
  o: {
    pilotCost?: number;
    p?: Quantity;
    crisisCost?: Quantity;
    settings?: Settings;
  } = {},
) {
  return scenario(
    {
      pilot: { steps: [step('coach', { oneOffCost: o.pilotCost ?? 3000, source: 'Pilot budget 2024' })] },
      reference: {
        events: [
          {
            id: 'crisis',
            label: { nl: 'Crisis', en: 'Crisis' },
            probability: { formula: 'p_crisis' },
            onset: 0,
            consequences: [
              step('crisis-care', { oneOffCost: { formula: 'crisis_cost' }, payer: 'health-insurer' }),
            ],
          },
        ],
      },
    },
    {
      parameters: [
        {
          id: 'p_crisis',
          label: { nl: 'Kans op crisis', en: 'Chance of a crisis' },
          value: o.p ?? 0.5,
          source: 'Study 2023',
          year: 2023,
        },
        { id: 'crisis_cost', value: o.crisisCost ?? 10_000, unit: 'EUR', assumption: true },
      ],
      settings: { horizonMonths: 12, shortTermMonths: 6, ...o.settings },
    },
  );
}

export { scenario, step };
