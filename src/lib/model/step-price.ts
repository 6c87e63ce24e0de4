import { z } from 'zod';
import { idSchema } from './id';
import { quantitySchema } from './quantity';

/** A price-list version such as "2024.1". */
const listVersionSchema = z.string().min(1).max(32);

/**
 * A step's cost taken from the price list, with the link kept: `units` x `unitPrice` is added to
 * the step's monthly cost (`basis: "monthly"`, units per month) or to its one-off cost (`basis:
 * "one-off"`, units once, in the start month).
 *
 * `unitPrice` holds the list's price already indexed to the scenario's price year, so that a
 * scenario stays self-contained and gives the same results without the list; `item`, `list` and
 * `priceYear` say where it came from, so it can be refreshed when the list or the price year
 * changes (src/lib/prices/apply-price.ts).
 */
export const stepPriceSchema = z.strictObject({
  /** The price-list item's id, e.g. "youth-care-ambulant-hour". */
  item: idSchema,
  /** The version of the price list the unit price was taken from, e.g. "2024.1". */
  list: listVersionSchema,
  /** Units per month (monthly basis) or in all (one-off basis): hours, days, contacts, ... */
  units: quantitySchema,
  /** Euros per unit in the scenario's price year (the list's value indexed with the CPI). */
  unitPrice: quantitySchema,
  basis: z.enum(['monthly', 'one-off']),
  /** The year whose euros `unitPrice` is in; validation warns when it is not the scenario's. */
  priceYear: z.number().int().min(1990).max(2100).optional(),
});
export type StepPrice = z.infer<typeof stepPriceSchema>;

/** Which price list (and version) a scenario's priced steps were taken from; exported with it. */
export const priceListRefSchema = z.strictObject({
  id: idSchema,
  version: listVersionSchema,
});
export type PriceListRef = z.infer<typeof priceListRefSchema>;
