import type { Scenario } from '../../../src/lib/model/scenario';
import { scenario, step } from '../../helpers/scenario';

/**
 * A small scenario with something of everything: steps on both paths, an event with a
 * consequence that ends a step, a dependent event, branches and parameters used in formulas.
 */
export function fixture(): Scenario {
  return scenario(
    {
      pilot: {
        steps: [
          step('team', { monthlyCost: { formula: 'p_ots * 100' }, duration: 12, members: ['mother'] }),
          step('intake', { oneOffCost: 500 }),
          step('coach', { hoursPerMonth: 4, hourlyRate: 78, duration: 6 }),
        ],
        events: [
          {
            id: 'ots',
            label: 'OTS',
            probability: { formula: 'p_ots' },
            onset: 6,
            consequences: [step('guardian', { monthlyCost: 900, duration: 12 })],
            ends: ['coach'],
          },
          { id: 'uhp', label: 'UHP', probability: 0.3, after: 'ots', onset: 3 },
        ],
      },
      reference: {
        steps: [step('regular', { oneOffCost: { formula: 'ref_cost' }, members: ['mother', 'child'] })],
        branches: [
          {
            id: 'likely',
            label: 'most likely',
            probability: 0.7,
            steps: [step('extra', { oneOffCost: 100 })],
          },
          { id: 'unlikely', label: 'less likely', probability: 0.3 },
        ],
      },
    },
    {
      members: [
        { id: 'mother', label: 'Mother', role: 'parent' },
        { id: 'child', label: 'Child', role: 'child', ageAtStart: 4 },
      ],
      parameters: [
        { id: 'p_ots', value: 0.4 },
        { id: 'p_ots2', value: { formula: 'p_ots * 2' } },
        { id: 'ref_cost', value: 3000, unit: 'EUR' },
      ],
    },
  );
}
