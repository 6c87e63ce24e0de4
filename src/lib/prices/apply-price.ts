import type { Quantity } from '../model/quantity';
import { stepSites } from '../model/quantity-fields';
import type { Scenario } from '../model/scenario';
import type { StepPrice } from '../model/step-price';
import { hasConsumerPriceIndex, indexPrice } from './consumer-price-index';
import type { PriceItem } from './price-item';
import { findPriceItem, type PriceList } from './price-list';

/** Indexed prices are stored in whole cents, as a person would write them in the file. */
const cents = (x: number): number => Math.round(x * 100) / 100;

/**
 * An item's price in `priceYear` euros (CPI-indexed, in cents): its value; a PERT over a range
 * with a most likely value (the three-point estimate of conventions §4); else uniform over it.
 */
export function indexedUnitPrice(item: PriceItem, priceYear: number): Quantity {
  const at = (v: number) => cents(indexPrice(v, item.priceYear, priceYear));
  if (item.value !== undefined) return at(item.value);
  const r = item.range!;
  if (r.mostLikely !== undefined) {
    return { dist: 'pert', min: at(r.low), mode: at(r.mostLikely), max: at(r.high) };
  }
  return { dist: 'uniform', min: at(r.low), max: at(r.high) };
}

/** What the user decides when pricing a step: how many units, per month or once. */
export interface PriceUse {
  units: Quantity;
  basis: StepPrice['basis'];
}

/** A step's price from a list item, indexed to the scenario's price year, with the link kept. */
export function stepPriceFromItem(
  list: PriceList,
  item: PriceItem,
  priceYear: number,
  use: PriceUse,
): StepPrice {
  return {
    item: item.id,
    list: list.version,
    units: use.units,
    unitPrice: indexedUnitPrice(item, priceYear),
    basis: use.basis,
    priceYear,
  };
}

export type PriceRefresh = { ok: true; price: StepPrice } | { ok: false; message: string };

/** A step's price re-read from (a version of) the list at `priceYear`; units and basis are kept. */
export function refreshStepPrice(price: StepPrice, list: PriceList, priceYear: number): PriceRefresh {
  const item = findPriceItem(list, price.item);
  if (!item)
    return { ok: false, message: `price list ${list.id} ${list.version} has no item "${price.item}"` };
  for (const year of [item.priceYear, priceYear]) {
    if (!hasConsumerPriceIndex(year)) {
      return {
        ok: false,
        message: `cannot index prices of ${year}: the consumer price index table lacks it`,
      };
    }
  }
  return { ok: true, price: stepPriceFromItem(list, item, priceYear, price) };
}

export interface ScenarioPriceRefresh {
  scenario: Scenario;
  /** Priced steps left as they were, with why. */
  problems: Array<{ path: string; message: string }>;
}

/**
 * A copy of the scenario with every priced step refreshed from the list at the scenario's price
 * year, and the list's id and version recorded. The input is not changed.
 */
export function refreshScenarioPrices(s: Scenario, list: PriceList): ScenarioPriceRefresh {
  const scenario = structuredClone(s);
  const problems: ScenarioPriceRefresh['problems'] = [];
  for (const { step, path } of stepSites(scenario)) {
    if (!step.price) continue;
    const r = refreshStepPrice(step.price, list, scenario.settings.priceYear);
    if (r.ok) step.price = r.price;
    else problems.push({ path: `${path}.price.item`, message: r.message });
  }
  scenario.priceList = { id: list.id, version: list.version };
  return { scenario, problems };
}
