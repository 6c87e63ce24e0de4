import { z } from 'zod';
import { idSchema } from '../model/id';
import { priceItemSchema, type PriceItem } from './price-item';

export const PRICE_LIST_SCHEMA_VERSION = 1;

/**
 * A versioned list of unit costs (static/prices/*.json). A scenario's priced steps name the list
 * version they were taken from, so a new version never silently changes an existing scenario.
 */
export const priceListSchema = z
  .strictObject({
    schemaVersion: z.literal(PRICE_LIST_SCHEMA_VERSION),
    id: idSchema,
    /** e.g. "2024.1": the price year the list was made for, then a revision number. */
    version: z.string().min(1).max(32),
    currency: z.literal('EUR'),
    note: z.string().max(4000).optional(),
    items: z.array(priceItemSchema).min(1).max(1000),
  })
  .superRefine((list, ctx) => {
    const seen = new Map<string, number>();
    list.items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'id'],
          message: `price item id "${item.id}" is already used at items[${first}]`,
        });
      } else seen.set(item.id, i);
    });
  });
export type PriceList = z.infer<typeof priceListSchema>;

/** The list's item with this id, if any. */
export function findPriceItem(list: PriceList, id: string): PriceItem | undefined {
  return list.items.find((item) => item.id === id);
}
