import type { ScenarioInput } from '../../../src/lib/model/scenario';

/**
 * A scenario without any `price` field that exercises the rest of the step arithmetic:
 * hours x rate, distributions, formulas, payer shares, consequences, `ends`, `after`,
 * branches and the Youth Act age limit. Its run digest was recorded with the engine as it was
 * before steps could take their price from the price list.
 */
export const UNPRICED_SCENARIO: ScenarioInput = {
  schemaVersion: 1,
  id: 'unpriced',
  name: 'unpriced',
  settings: { horizonMonths: 48, shortTermMonths: 12, iterations: 3000, seed: 424242 },
  members: [
    { id: 'mother', label: 'mother', role: 'parent' },
    { id: 'child', label: 'child', role: 'child', ageAtStart: 16.5 },
  ],
  parameters: [
    { id: 'rate', value: { dist: 'pert', min: 70, mode: 78, max: 95 } },
    { id: 'hours', value: { dist: 'gamma', mean: 10, sd: 3 } },
    { id: 'p_ots', value: { dist: 'beta', k: 3, n: 10 } },
    { id: 'placement_day', value: { dist: 'lognormal', mean: 150, sd: 30 } },
    { id: 'placement_month', value: { formula: 'placement_day * 30.4' } },
  ],
  paths: {
    pilot: {
      steps: [
        {
          id: 'team',
          label: 'team',
          payer: 'municipality-youth',
          members: ['child'],
          duration: 18,
          hoursPerMonth: { formula: 'hours' },
          hourlyRate: { formula: 'rate' },
        },
        {
          id: 'vggz',
          label: 'vggz',
          payer: [
            { payer: 'health-insurer', share: 0.7 },
            { payer: 'municipality-wmo', share: 0.3 },
          ],
          members: ['mother'],
          start: { dist: 'uniform', min: 0, max: 3 },
          duration: { dist: 'triangular', min: 6, mode: 9, max: 14 },
          monthlyCost: { dist: 'normal', mean: 900, sd: 150 },
          oneOffCost: 350,
        },
      ],
      events: [
        {
          id: 'burnout',
          label: 'burnout',
          kind: 'burnout',
          probability: 0.1,
          onset: { dist: 'uniform', min: 2, max: 20 },
          duration: { dist: 'gamma', mean: 6, sd: 2 },
          consequences: [{ id: 'sick', label: 'sick', payer: 'employer', monthlyCost: 4000 }],
        },
      ],
    },
    reference: {
      steps: [
        {
          id: 'ambulant',
          label: 'ambulant',
          payer: 'municipality-youth',
          members: ['child'],
          duration: 30,
          hoursPerMonth: 6,
          hourlyRate: { formula: 'rate' },
        },
      ],
      events: [
        {
          id: 'ots',
          label: 'OTS',
          kind: 'ots',
          probability: { formula: 'p_ots' },
          onset: { dist: 'pert', min: 3, mode: 9, max: 18 },
          duration: 12,
          consequences: [
            { id: 'guardian', label: 'guardian', payer: 'municipality-youth', monthlyCost: 1000 },
            { id: 'raad', label: 'raad', payer: 'justice', oneOffCost: 6000, probability: 0.8 },
          ],
        },
        {
          id: 'uhp',
          label: 'UHP',
          kind: 'placement',
          after: 'ots',
          probability: 0.4,
          onset: 3,
          duration: { dist: 'gamma', mean: 10, sd: 4 },
          consequences: [
            {
              id: 'placement',
              label: 'placement',
              payer: 'municipality-youth',
              members: ['child'],
              monthlyCost: { formula: 'placement_month' },
            },
          ],
          ends: ['ambulant'],
        },
      ],
      branches: [
        {
          id: 'mild',
          label: 'mild',
          probability: 0.6,
          steps: [{ id: 'coach', label: 'coach', payer: 'family', duration: 4, monthlyCost: 200 }],
        },
        {
          id: 'severe',
          label: 'severe',
          probability: 0.4,
          steps: [{ id: 'admission', label: 'admission', payer: 'health-insurer', oneOffCost: 9000 }],
        },
      ],
    },
  },
};
