import { isFormula, type Quantity } from '../model/quantity';
import type { RiskEvent } from '../model/risk-event';
import type { Scenario } from '../model/scenario';
import type { Step } from '../model/step';
import { mapAllSteps, mapHolders } from './place';

const STEP_FIELDS = [
  'start',
  'duration',
  'oneOffCost',
  'monthlyCost',
  'hoursPerMonth',
  'hourlyRate',
  'probability',
] as const;
const EVENT_FIELDS = ['probability', 'onset', 'duration'] as const;

/**
 * The scenario with every formula's text replaced by `change(text)`: parameter values, step and
 * event numbers, price units and unit prices. Whatever `change` leaves alone stays shared.
 */
export function mapFormulas(s: Scenario, change: (formula: string) => string): Scenario {
  const q = <T extends Quantity | undefined>(x: T): T => {
    if (x === undefined || !isFormula(x)) return x;
    const formula = change(x.formula);
    return (formula === x.formula ? x : { formula }) as T;
  };
  const fields = <T extends object>(item: T, keys: readonly string[]): T => {
    let out = item;
    for (const k of keys) {
      const before = (item as Record<string, Quantity | undefined>)[k];
      const after = q(before);
      if (after !== before) out = { ...out, [k]: after };
    }
    return out;
  };
  const step = (x: Step): Step => {
    let out = fields(x, STEP_FIELDS);
    if (x.price) {
      const price = fields(x.price, ['units', 'unitPrice']);
      if (price !== x.price) out = { ...out, price };
    }
    return out;
  };
  const event = (e: RiskEvent): RiskEvent => fields(e, EVENT_FIELDS);

  let out = s;
  let anyParameter = false;
  const parameters = s.parameters.map((p) => {
    const value = q(p.value);
    if (value === p.value) return p;
    anyParameter = true;
    return { ...p, value };
  });
  if (anyParameter) out = { ...out, parameters };
  out = mapAllSteps(out, step);
  for (const path of ['pilot', 'reference'] as const) {
    out = mapHolders(out, path, (h) => {
      let any = false;
      const events = h.events.map((e) => {
        const n = event(e);
        if (n !== e) any = true;
        return n;
      });
      return any ? { ...h, events } : h;
    });
  }
  return out;
}
