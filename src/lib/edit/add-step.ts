import type { Scenario } from '../model/scenario';
import type { Step } from '../model/step';
import { mapSteps, type StepListRef } from './place';
import { slugId, uniqueId } from './unique-id';

/**
 * A new step labelled `label` (in `lang`), with a readable id unique in the whole scenario
 * (from the label, else `step-N`), paid by `payer` (default: the scenario's first payer),
 * starting in month 0 and happening for sure. It has no cost yet.
 */
export function newStep(s: Scenario, label: string, lang: 'nl' | 'en', payer?: string): Step {
  return {
    id: uniqueId(s, slugId(label), 'step'),
    label: { [lang]: label },
    payer: payer ?? s.payers[0]?.id ?? 'family',
    start: 0,
    probability: 1,
  };
}

/** The scenario with `step` added to the list `at` (at `index`, default at the end). */
export function addStep(s: Scenario, at: StepListRef, step: Step, index?: number): Scenario {
  return mapSteps(s, at, (steps) => {
    const i = index === undefined ? steps.length : Math.max(0, Math.min(steps.length, index));
    return [...steps.slice(0, i), step, ...steps.slice(i)];
  });
}
