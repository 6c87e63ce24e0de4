import type { Branch, Path } from './path';
import type { Quantity } from './quantity';
import type { RiskEvent } from './risk-event';
import type { Scenario } from './scenario';
import type { Step } from './step';

/** What a number means, which decides its allowed range. `units`: a price's units (hours, days, ...). */
export type QuantityRole = 'cost' | 'probability' | 'month' | 'duration' | 'hours' | 'units' | 'parameter';

export interface QuantityField {
  quantity: Quantity;
  path: string;
  role: QuantityRole;
}

export interface StepSite {
  step: Step;
  path: string;
  pathId: 'pilot' | 'reference';
  /** The event whose consequence this step is, if any. */
  event?: RiskEvent;
}

export interface EventSite {
  event: RiskEvent;
  path: string;
  pathId: 'pilot' | 'reference';
  branch?: Branch;
}

/** Every step of a scenario (path steps, branch steps, consequences) with its document path. */
export function stepSites(s: Scenario): StepSite[] {
  const out: StepSite[] = [];
  for (const pathId of ['pilot', 'reference'] as const) {
    const path: Path = s.paths[pathId];
    const base = `paths.${pathId}`;
    const addEvents = (events: RiskEvent[], at: string) =>
      events.forEach((event, i) =>
        event.consequences.forEach((step, j) =>
          out.push({ step, path: `${at}.events[${i}].consequences[${j}]`, pathId, event }),
        ),
      );
    path.steps.forEach((step, i) => out.push({ step, path: `${base}.steps[${i}]`, pathId }));
    addEvents(path.events, base);
    path.branches.forEach((b, k) => {
      b.steps.forEach((step, i) => out.push({ step, path: `${base}.branches[${k}].steps[${i}]`, pathId }));
      addEvents(b.events, `${base}.branches[${k}]`);
    });
  }
  return out;
}

/** Every risk event of a scenario with its document path. */
export function eventSites(s: Scenario): EventSite[] {
  const out: EventSite[] = [];
  for (const pathId of ['pilot', 'reference'] as const) {
    const path = s.paths[pathId];
    path.events.forEach((event, i) => out.push({ event, path: `paths.${pathId}.events[${i}]`, pathId }));
    path.branches.forEach((branch, k) =>
      branch.events.forEach((event, i) =>
        out.push({ event, path: `paths.${pathId}.branches[${k}].events[${i}]`, pathId, branch }),
      ),
    );
  }
  return out;
}

/** Every number field of a scenario that may hold a distribution or formula, with its role. */
export function quantityFields(s: Scenario): QuantityField[] {
  const out: QuantityField[] = [];
  s.parameters.forEach((p, i) =>
    out.push({ quantity: p.value, path: `parameters[${i}].value`, role: 'parameter' }),
  );
  for (const { step, path } of stepSites(s)) {
    const add = (q: Quantity | undefined, field: keyof Step, role: QuantityField['role']) => {
      if (q !== undefined) out.push({ quantity: q, path: `${path}.${field}`, role });
    };
    add(step.start, 'start', 'month');
    add(step.duration, 'duration', 'duration');
    add(step.oneOffCost, 'oneOffCost', 'cost');
    add(step.monthlyCost, 'monthlyCost', 'cost');
    add(step.hoursPerMonth, 'hoursPerMonth', 'hours');
    add(step.hourlyRate, 'hourlyRate', 'cost');
    add(step.probability, 'probability', 'probability');
    if (step.price) {
      out.push({ quantity: step.price.units, path: `${path}.price.units`, role: 'units' });
      out.push({ quantity: step.price.unitPrice, path: `${path}.price.unitPrice`, role: 'cost' });
    }
  }
  for (const { event, path } of eventSites(s)) {
    out.push({ quantity: event.probability, path: `${path}.probability`, role: 'probability' });
    out.push({ quantity: event.onset, path: `${path}.onset`, role: 'month' });
    if (event.duration !== undefined)
      out.push({ quantity: event.duration, path: `${path}.duration`, role: 'duration' });
  }
  return out;
}
