import type { Scenario } from '../../../src/lib/model/scenario';
import { runInline } from '../../../src/lib/sim/run-inline';
import type { RunData } from '../../../src/lib/sim/run-accumulator';
import { summarizeRun, type RunSummary } from '../../../src/lib/sim/summarize';
import { scenario, step } from '../../helpers/scenario';

/**
 * The pilot costs 15,000 in month 0 in every future (municipality); the reference pays 500 a
 * month for 5 years in 70 % of futures (health insurer), and an OTS strikes in 40 % of futures
 * on the reference path and 10 % on the pilot path (justice pays 1,000 a month while it lasts).
 */
export function fixture(
  iterations = 2000,
  seed = 5,
): { scenario: Scenario; data: RunData; summary: RunSummary } {
  const ots = (probability: number) => ({
    id: 'ots',
    label: { en: 'Supervision order', nl: 'Ondertoezichtstelling' },
    kind: 'ots' as const,
    probability,
    onset: { dist: 'uniform' as const, min: 0, max: 24 },
    duration: 6,
    consequences: [step('guardian', { monthlyCost: 1000, payer: 'justice' })],
  });
  const s = scenario(
    {
      pilot: { steps: [step('pilot', { oneOffCost: 15_000 })], events: [ots(0.1)] },
      reference: {
        steps: [step('care', { monthlyCost: 500, duration: 60, probability: 0.7, payer: 'health-insurer' })],
        events: [ots(0.4)],
      },
    },
    { settings: { horizonMonths: 60, shortTermMonths: 12, iterations, seed } },
  );
  const data = runInline(s, { iterations, seed });
  return { scenario: s, data, summary: summarizeRun(s, data, seed) };
}
