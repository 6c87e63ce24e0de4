import type { Scenario } from '../../../src/lib/model/scenario';
import type { StepInput } from '../../../src/lib/model/step';
import { scenario, step } from './fixtures';

/**
 * A 12-month scenario whose reference path has a branch A (share `shareA`, one step `care`), a
 * branch B without steps, and a crisis event (probability `crisis`, one consequence `cc`): the
 * places a field sits in a branch step or a consequence. The pilot path gets `pilot` if given.
 */
export function branchAndCrisis(o: {
  shareA: number;
  care: Partial<StepInput>;
  crisis: number;
  consequence: Partial<StepInput>;
  pilot?: StepInput[];
}): Scenario {
  return scenario(
    {
      ...(o.pilot ? { pilot: { steps: o.pilot } } : {}),
      reference: {
        branches: [
          { id: 'a', label: 'A', probability: o.shareA, steps: [step('care', o.care)] },
          { id: 'b', label: 'B', probability: 1 - o.shareA },
        ],
        events: [
          { id: 'crisis', label: 'Crisis', probability: o.crisis, consequences: [step('cc', o.consequence)] },
        ],
      },
    },
    { settings: { horizonMonths: 12 } },
  );
}
