import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/lib/model/validate-scenario';
import {
  indexedUnitPrice,
  refreshScenarioPrices,
  refreshStepPrice,
  stepPriceFromItem,
} from '../../../src/lib/prices/apply-price';
import { indexPrice } from '../../../src/lib/prices/consumer-price-index';
import { findPriceItem, priceListSchema, type PriceList } from '../../../src/lib/prices/price-list';
import { scenario, step } from '../../helpers/scenario';

const list: PriceList = priceListSchema.parse(
  JSON.parse(readFileSync(new URL('../../../static/prices/nl-2024.json', import.meta.url), 'utf8')),
);
const get = (id: string) => findPriceItem(list, id)!;

describe('indexedUnitPrice(item, priceYear)', () => {
  it('indexes a 2022 reference price to 2024 euros with the CPI, in whole cents', () => {
    const p = indexedUnitPrice(get('psychiatric-nursing-day'), 2024);
    expect(p).toBe(Math.round(indexPrice(327, 2022, 2024) * 100) / 100);
    expect(p).toBeCloseTo(327 * 1.073, 0);
  });

  it("leaves a price of the scenario's own year as it is", () => {
    expect(indexedUnitPrice(get('youth-care-ambulant-hour'), 2024)).toBe(78);
  });

  it('turns a range into a uniform distribution, or a PERT when it has a most likely value', () => {
    expect(indexedUnitPrice(get('youth-care-residential-day'), 2024)).toEqual({
      dist: 'uniform',
      min: 95,
      max: 196,
    });
    expect(indexedUnitPrice(get('ots-year'), 2024)).toEqual({
      dist: 'pert',
      min: 7000,
      mode: 9000,
      max: 14000,
    });
    const contact = indexedUnitPrice(get('mental-health-contact'), 2024) as { min: number; max: number };
    expect(contact.min).toBeCloseTo(134 * 1.073, 0);
    expect(contact.max).toBeCloseTo(140 * 1.073, 0);
  });
});

describe('stepPriceFromItem and refreshStepPrice', () => {
  it('keep the link to the item and the list version, with the price year of the euros', () => {
    const p = stepPriceFromItem(list, get('youth-care-ambulant-hour'), 2024, { units: 10, basis: 'monthly' });
    expect(p).toEqual({
      item: 'youth-care-ambulant-hour',
      list: '2024.1',
      units: 10,
      unitPrice: 78,
      basis: 'monthly',
      priceYear: 2024,
    });
  });

  it('refresh a price to another price year and keep its units and basis', () => {
    const old = stepPriceFromItem(list, get('productivity-loss-hour'), 2022, {
      units: { dist: 'uniform', min: 20, max: 40 },
      basis: 'monthly',
    });
    expect(old.unitPrice).toBe(39.88);
    const r = refreshStepPrice(old, list, 2024);
    expect(r.ok && r.price).toMatchObject({ units: old.units, basis: 'monthly', priceYear: 2024 });
    expect(r.ok && r.price.unitPrice).toBeCloseTo(39.88 * 1.073, 1);
  });

  it('report an item the list does not have instead of dropping the price', () => {
    const r = refreshStepPrice(
      { item: 'gone', list: '2023.1', units: 1, unitPrice: 5, basis: 'one-off' },
      list,
      2024,
    );
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/no item "gone"/) });
  });
});

describe('refreshScenarioPrices(scenario, list)', () => {
  const s = scenario(
    {
      pilot: {
        steps: [
          step('team', {
            duration: 6,
            price: {
              item: 'youth-care-ambulant-hour',
              list: '2023.9',
              units: 10,
              unitPrice: 70,
              basis: 'monthly',
            },
          }),
        ],
      },
      reference: {
        events: [
          {
            id: 'ots',
            label: 'OTS',
            probability: 0.5,
            consequences: [
              step('raad', {
                payer: 'justice',
                price: {
                  item: 'raad-investigation',
                  list: '2023.9',
                  units: 1,
                  unitPrice: 1,
                  basis: 'one-off',
                },
              }),
              step('old', {
                price: { item: 'not-in-list', list: '2023.9', units: 1, unitPrice: 1, basis: 'one-off' },
              }),
            ],
          },
        ],
      },
    },
    { priceList: { id: 'nl-prices', version: '2023.9' } },
  );

  it('refreshes every priced step, records the list, and leaves the input unchanged', () => {
    const before = JSON.stringify(s);
    const { scenario: out, problems } = refreshScenarioPrices(s, list);
    expect(JSON.stringify(s)).toBe(before);
    expect(out.priceList).toEqual({ id: 'nl-prices', version: '2024.1' });
    expect(out.paths.pilot.steps[0]!.price).toMatchObject({ unitPrice: 78, list: '2024.1', units: 10 });
    expect(out.paths.reference.events[0]!.consequences[0]!.price).toMatchObject({
      unitPrice: { dist: 'pert', min: 3500, mode: 6000, max: 10000 },
      basis: 'one-off',
    });
    expect(problems).toEqual([
      { path: 'paths.reference.events[0].consequences[1].price.item', message: expect.any(String) },
    ]);
  });

  it('gives a scenario that validates, warning only about the step it could not refresh', () => {
    const v = validateScenario(refreshScenarioPrices(s, list).scenario);
    expect(v.ok).toBe(true);
    expect(v.warnings.map((w) => w.path)).toEqual(['paths.reference.events[0].consequences[1].price.list']);
  });
});
