import { describe, expect, it } from 'vitest';
import { costKindOf, setCostKind } from '../../../src/lib/edit/cost-kind';
import { priceStep, withPriceListRef } from '../../../src/lib/edit/price-step';
import type { Step } from '../../../src/lib/model/step';
import { validateScenario } from '../../../src/lib/model/validate-scenario';
import { priceListSchema } from '../../../src/lib/prices/price-list';
import { fixture } from './fixture';
import list from '../../../static/prices/nl-2024.json' with { type: 'json' };

const base: Step = { id: 's', label: { en: 'S' }, payer: 'family', start: 0, probability: 1 };

describe('a step’s cost kind', () => {
  it('is read from the fields the step has', () => {
    expect(costKindOf(base)).toBe('one-off');
    expect(costKindOf({ ...base, oneOffCost: 5 })).toBe('one-off');
    expect(costKindOf({ ...base, monthlyCost: 5 })).toBe('monthly');
    expect(costKindOf({ ...base, hoursPerMonth: 5, hourlyRate: 78 })).toBe('hours');
  });

  it('switching carries what it can, keeps the one-off cost, and gives a running cost a duration', () => {
    const hours = setCostKind({ ...base, oneOffCost: 100 }, 'hours');
    expect(hours).toEqual({ ...base, oneOffCost: 100, hoursPerMonth: 0, hourlyRate: 0, duration: 1 });
    const monthly = setCostKind({ ...base, hoursPerMonth: 4, hourlyRate: 78, duration: 6 }, 'monthly');
    expect(monthly).toEqual({ ...base, monthlyCost: 312, duration: 6 });
    const oneOff = setCostKind({ ...base, monthlyCost: 5, duration: 6 }, 'one-off');
    expect(oneOff).toEqual({ ...base, duration: 6 });
    const consequence = setCostKind(base, 'monthly', true);
    expect('duration' in consequence).toBe(false);
    expect(setCostKind(monthly, 'monthly')).toBe(monthly);
  });

  it('pricing from the list stores the indexed unit price and the link, and records the list', () => {
    const prices = priceListSchema.parse(list);
    const s = fixture();
    const item = prices.items.find((x) => x.id === 'youth-care-ambulant-hour')!;
    const step = priceStep(s, { ...base, label: { en: '' }, monthlyCost: 5 }, prices, item, { units: 6 });
    expect(step.price).toMatchObject({
      item: item.id,
      list: prices.version,
      units: 6,
      basis: 'monthly',
      priceYear: 2024,
    });
    expect('monthlyCost' in step).toBe(false);
    expect(step.payer).toBe(item.defaultPayer);
    expect(step.label).toEqual(item.label);
    expect(step.duration).toBe(1);
    const withRef = withPriceListRef(s, prices);
    expect(withRef.priceList).toEqual({ id: prices.id, version: prices.version });
    expect(withPriceListRef(withRef, prices)).toBe(withRef);
    const placed = {
      ...withRef,
      paths: {
        ...withRef.paths,
        pilot: { ...withRef.paths.pilot, steps: [...withRef.paths.pilot.steps, step] },
      },
    };
    expect(validateScenario(placed).ok).toBe(true);
  });
});
