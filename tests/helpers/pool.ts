import type { Scenario } from '../../src/lib/model/scenario';
import type { RunData } from '../../src/lib/sim/run-accumulator';
import { scenario, step } from './scenario';

/** Every array of a run as base64, to compare runs bit for bit. */
export const runBytes = (d: RunData): string[] =>
  [d.totals, d.payerTotals, d.breakEven, d.eventOnsets, d.branches, d.sums, d.eventSums, d.hist].map((a) =>
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64'),
  );

/** A small scenario with uncertain durations, costs and an event: the worker-pool tests' workload. */
export const poolScenario: Scenario = scenario(
  {
    pilot: {
      steps: [
        step('coach', {
          duration: { dist: 'pert', min: 3, mode: 6, max: 18 },
          monthlyCost: { dist: 'gamma', mean: 900, sd: 300 },
        }),
      ],
    },
    reference: {
      events: [
        {
          id: 'ots',
          label: 'OTS',
          probability: 0.3,
          onset: { dist: 'triangular', min: 0, mode: 6, max: 30 },
          duration: 12,
          consequences: [step('guardian', { monthlyCost: { dist: 'normal', mean: 800, sd: 100 } })],
        },
      ],
    },
  },
  { settings: { horizonMonths: 48 } },
);
