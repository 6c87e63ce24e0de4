import type { Step } from '../model/step';

/**
 * How a step's running cost is given: none (one-off only), a monthly cost, hours per month x an
 * hourly rate, or a price-list item. A one-off cost may come on top of any of them.
 */
export type CostKind = 'one-off' | 'monthly' | 'hours' | 'price';
export const COST_KINDS: readonly CostKind[] = ['one-off', 'monthly', 'hours', 'price'];

export function costKindOf(step: Step): CostKind {
  if (step.price) return 'price';
  if (step.hoursPerMonth !== undefined || step.hourlyRate !== undefined) return 'hours';
  if (step.monthlyCost !== undefined) return 'monthly';
  return 'one-off';
}

function without(step: Step, keys: ReadonlyArray<keyof Step>): Step {
  const out = { ...step };
  for (const k of keys) delete out[k];
  return out;
}

/**
 * The step with its running cost given the other way. What can be carried over is (hours x rate
 * of plain numbers -> that monthly cost); the fields of the other ways are removed. A running
 * cost needs a duration: a step without one (or with 0) gets 1 month, except a consequence step,
 * which without a duration runs as long as its event's state. Switching to `price` needs an item
 * (see `priceStep`), so it only removes the other fields.
 */
export function setCostKind(step: Step, kind: CostKind, isConsequence = false): Step {
  if (kind === costKindOf(step)) return step;
  const { monthlyCost, hoursPerMonth: h, hourlyRate: r } = step;
  let out = without(step, ['monthlyCost', 'hoursPerMonth', 'hourlyRate', 'price']);
  if (kind === 'monthly') {
    const carried = typeof h === 'number' && typeof r === 'number' ? h * r : undefined;
    out = { ...out, monthlyCost: monthlyCost ?? carried ?? 0 };
  } else if (kind === 'hours') {
    out = { ...out, hoursPerMonth: h ?? 0, hourlyRate: r ?? 0 };
  }
  const running = kind === 'monthly' || kind === 'hours';
  if (running && (out.duration === 0 || (out.duration === undefined && !isConsequence))) {
    out = { ...out, duration: 1 };
  }
  return out;
}
